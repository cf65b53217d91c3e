/** German texts of the plan check page. Merged into the dictionary in de.ts. */
export const dePlanCheck = {};
