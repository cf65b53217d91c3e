import type { Case } from './matrix';

/** Authorization cases for the import wizard and import history of the Daten area. */
export const dataImportCases: Case[] = [];
