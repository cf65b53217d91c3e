/** German texts of the import and export of goals and measures. Merged into the dictionary in de.ts. */
export const dePlanExchange = {};
