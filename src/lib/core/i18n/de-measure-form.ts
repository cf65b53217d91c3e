/** German texts of the measure form (create, edit, budget and milestones). Merged into the dictionary in de.ts. */
export const deMeasureForm = {};
