/** German texts of the Daten area: import wizard and import history. Merged into the dictionary in de.ts. */
export const deImport = {} satisfies Record<string, string>;
