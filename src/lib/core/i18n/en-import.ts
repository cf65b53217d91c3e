import type { deImport } from './de-import';

/** English texts of the Daten area: import wizard and import history. */
export const enImport: Record<keyof typeof deImport, string> = {};
