import type { dePlanCheck } from './de-plan-check';

/** English texts of the plan check page. Merged into the dictionary in en.ts. */
export const enPlanCheck: Record<keyof typeof dePlanCheck, string> = {};
