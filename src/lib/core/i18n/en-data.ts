import type { deData } from './de-data';

/** English texts of the Daten area: layers, units, map, indicator catalogue, fact sheets. */
export const enData: Record<keyof typeof deData, string> = {};
