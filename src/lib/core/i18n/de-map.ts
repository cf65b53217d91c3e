/** German texts of the thematic map and its legend. Merged into the dictionary in de.ts. */
export const deMap = {} as const;
