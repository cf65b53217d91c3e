/** German texts of the Daten area: layers, units, map, indicator catalogue, fact sheets. Merged into the dictionary in de.ts. */
export const deData = {} satisfies Record<string, string>;
