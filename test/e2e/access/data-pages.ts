import type { Case } from './matrix';

/** Authorization cases for the pages of the Daten area: layers, units, indicator catalogue and fact sheets. */
export const dataPageCases: Case[] = [];
