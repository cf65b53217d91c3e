/** German texts of the measures by area: who does what where, map, need against activity. Merged into the dictionary in de.ts. */
export const dePlanAreas = {};
