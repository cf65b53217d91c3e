import type { Case } from './matrix';

/** Authorization cases for the REST API of the data basis (layers, units, variables, indicators, values). */
export const dataApiCases: Case[] = [];
