import type { deGoalPage } from './de-goal-page';

/** English texts of the goal page (map, changes, assessments) and the area profile section on goals and measures. Merged into the dictionary in en.ts. */
export const enGoalPage: Record<keyof typeof deGoalPage, string> = {};
