import type { dePlanAreas } from './de-plan-areas';

/** English texts of the measures by area: who does what where, map, need against activity. Merged into the dictionary in en.ts. */
export const enPlanAreas: Record<keyof typeof dePlanAreas, string> = {};
