import type { dePlanExchange } from './de-plan-exchange';

/** English texts of the import and export of goals and measures. Merged into the dictionary in en.ts. */
export const enPlanExchange: Record<keyof typeof dePlanExchange, string> = {};
