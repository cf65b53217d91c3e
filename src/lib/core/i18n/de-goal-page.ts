/** German texts of the goal page (map, changes, assessments) and the area profile section on goals and measures. Merged into the dictionary in de.ts. */
export const deGoalPage = {};
