import type { deMap } from './de-map';

/** English texts of the thematic map and its legend. */
export const enMap: Record<keyof typeof deMap, string> = {};
