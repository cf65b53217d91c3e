import { germanCsv, germanDate, germanNumber, safeText } from './german-csv';
import { exportedDecimals, statusLabels, type ExportValueSet, type ValueExportOptions } from './value-set';

/**
 * Indicator values as a CSV file for German Excel: one row per unit and date. The columns
 * Schlüssel, Stichtag and Wert are the ones our importer recognises in a long table, so the file
 * can be imported again as observations of one variable (`--variable <code>`); a missing value
 * is an empty cell, never 0.
 */
export const valuesCsvHeader = [
	'Indikator',
	'Schlüssel',
	'Name',
	'Stichtag',
	'Wert',
	'Maßeinheit',
	'Status',
	'Abdeckung (%)',
	'Einheiten mit Daten',
	'Einheiten insgesamt',
	'Zähler',
	'Nenner'
] as const;

export function valuesCsvRows(sets: readonly ExportValueSet[], options: ValueExportOptions = {}): string[][] {
	return sets.flatMap((set) => {
		const decimals = exportedDecimals(set, options);
		return set.values.map((v) => [
			set.indicator.code,
			v.code,
			safeText(v.name),
			germanDate(set.date),
			germanNumber(v.value, decimals),
			safeText(set.indicator.unitLabel),
			statusLabels[v.status],
			germanNumber(v.coverage === null ? null : v.coverage * 100, 1),
			String(v.covered),
			String(v.total),
			germanNumber(v.numerator),
			germanNumber(v.denominator)
		]);
	});
}

/** The whole file (with byte order mark), for one or several dates of the same indicator and layer. */
export function valuesCsv(sets: readonly ExportValueSet[], options: ValueExportOptions = {}): string {
	return germanCsv(valuesCsvHeader, valuesCsvRows(sets, options));
}
