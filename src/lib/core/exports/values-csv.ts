import { suppressedSymbol } from '../disclosure/symbol';
import { germanCsv, germanDate, germanNumber, safeText } from './german-csv';
import { valueRows } from './value-rows';
import { statusLabels, type ExportValueSet, type ValueExportOptions } from './value-set';

/**
 * Indicator values as a CSV file for German Excel: one row per unit and date. The columns
 * Schlüssel, Stichtag and Wert are the ones our importer recognises in a long table, so the file
 * can be imported again as observations of one variable (`--variable <code>`); a missing value
 * is an empty cell, never 0; a value withheld for disclosure control is "." (with its counts).
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
	'Nenner',
	'Hinweis'
] as const;

export function valuesCsvRows(sets: readonly ExportValueSet[], options: ValueExportOptions = {}): string[][] {
	const rounded = options.rounded !== false;
	return valueRows(sets).map((row) => {
		const withheld = row.status === 'suppressed';
		const number = (value: number | null, decimals: number | null = null) =>
			withheld ? suppressedSymbol : germanNumber(value, decimals);
		return [
			row.indicator,
			row.code,
			safeText(row.name),
			germanDate(row.date),
			number(row.value, rounded ? row.decimals : null),
			safeText(row.unitLabel),
			statusLabels[row.status],
			germanNumber(row.coveragePercent, 1),
			String(row.covered),
			String(row.total),
			number(row.numerator),
			number(row.denominator),
			safeText(row.note)
		];
	});
}

/** The whole file (with byte order mark), for one or several dates of the same indicator and layer. */
export function valuesCsv(sets: readonly ExportValueSet[], options: ValueExportOptions = {}): string {
	return germanCsv(valuesCsvHeader, valuesCsvRows(sets, options));
}
