import ExcelJS from 'exceljs';
import { germanDate } from '../../core/exports/german-csv';
import { valueRows, type ValueRow } from '../../core/exports/value-rows';
import { statusLabels, type ExportValueSet } from '../../core/exports/value-set';
import { valuesCsvHeader } from '../../core/exports/values-csv';
import { suppressedSymbol } from '../../core/disclosure/symbol';
import { formatDateTime } from '../../core/i18n/format';

/**
 * Indicator values as an Excel workbook: the same columns and rows as the CSV (values-csv.ts), but
 * with typed cells, so that nothing depends on how Excel guesses: numbers are numbers stored at
 * full precision (the format only shows the indicator's decimals), Stichtage are dates, codes stay
 * text with their leading zeros, and a missing value is an empty cell, never 0. Like the CSV it
 * can be imported again as a long table (`--variable <code>`). A second sheet says what the
 * numbers are and where they come from, because a file travels without the application.
 */

/** What the file says about the numbers besides the values: the indicator's fact sheet in short. */
export interface ValuesProvenance {
	definition?: string | null;
	source?: string | null;
	licence?: string | null;
	interpretation?: string | null;
	disclosureRule?: string | null;
	/** Sources of the variables the indicator is computed from (used when it names none itself). */
	variableSources?: readonly string[];
}

export interface ValuesWorkbookInfo {
	/** Slug of the tenant, for the address of the same values in the API. */
	tenant: string;
	provenance: ValuesProvenance;
	downloadedAt: Date;
	/** The disclosure rules the values went through, in words; absent for an internal file. */
	disclosure?: string | null;
}

export const valuesSheetName = 'Werte';
export const notesSheetName = 'Hinweise';

/** Excel's number format for `decimals` places with thousands separators (German Excel: 1.234,56). */
export function decimalFormat(decimals: number): string {
	const places = Math.max(0, Math.min(10, Math.trunc(decimals)));
	return places === 0 ? '#,##0' : `#,##0.${'0'.repeat(places)}`;
}

const dateFormat = 'dd.mm.yyyy';

/** An ISO date as the Excel date of that calendar day (exceljs counts serial days in UTC). */
function excelDate(iso: string): Date | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

type Cell = { value: ExcelJS.CellValue; numFmt?: string; shown: string };

/** The row's cells in the order of `valuesCsvHeader`, with what a person sees (for the column widths). */
function cellsOf(row: ValueRow): Cell[] {
	const number = (value: number | null, numFmt: string, places: number): Cell => ({
		value,
		numFmt,
		// As the format shows it, with room for the thousands separators.
		shown:
			value === null
				? ''
				: value.toLocaleString('de-DE', { minimumFractionDigits: places, maximumFractionDigits: places })
	});
	const text = (value: string): Cell => ({ value, shown: value });
	// A withheld value is "." with its counts, as statistics offices print it, never an empty cell.
	const withheld = row.status === 'suppressed' ? text(suppressedSymbol) : null;
	return [
		text(row.indicator),
		text(row.code),
		text(row.name),
		{ value: excelDate(row.date), numFmt: dateFormat, shown: germanDate(row.date) },
		withheld ?? number(row.value, decimalFormat(row.decimals), row.decimals),
		text(row.unitLabel),
		text(statusLabels[row.status]),
		number(row.coveragePercent, '0.0', 1),
		number(row.covered, '0', 0),
		number(row.total, '0', 0),
		// Sums (of weights, too) can have places; Excel's standard format shows them as they are.
		withheld ?? {
			value: row.numerator,
			shown: row.numerator === null ? '' : String(row.numerator).slice(0, 12)
		},
		withheld ?? {
			value: row.denominator,
			shown: row.denominator === null ? '' : String(row.denominator).slice(0, 12)
		},
		text(row.note)
	];
}

const minWidth = 8;
const maxWidth = 60;

function widthOf(texts: readonly string[]): number {
	const longest = Math.max(0, ...texts.map((t) => t.length));
	return Math.max(minWidth, Math.min(maxWidth, longest + 2));
}

function addValuesSheet(book: ExcelJS.Workbook, rows: readonly ValueRow[]): void {
	const sheet = book.addWorksheet(valuesSheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
	const header = sheet.addRow([...valuesCsvHeader]);
	header.font = { bold: true };
	const shown: string[][] = valuesCsvHeader.map((h) => [h]);
	for (const row of rows) {
		const cells = cellsOf(row);
		const added = sheet.addRow(cells.map((c) => c.value));
		cells.forEach((c, i) => {
			if (c.numFmt) added.getCell(i + 1).numFmt = c.numFmt;
			shown[i]!.push(c.shown);
		});
	}
	shown.forEach((texts, i) => (sheet.getColumn(i + 1).width = widthOf(texts)));
	// The note is prose: room for a few words even when no row has one.
	const notes = sheet.getColumn(valuesCsvHeader.length);
	notes.width = Math.max(notes.width ?? 0, 16);
	// A filter button on every column: planners sort and filter the table in Excel right away.
	sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: valuesCsvHeader.length } };
}

function sourceNote(provenance: ValuesProvenance): string {
	if (provenance.source) return provenance.source;
	const sources = [...new Set(provenance.variableSources ?? [])];
	return sources.length > 0 ? sources.join('; ') : 'keine Angabe';
}

/** The lines of the notes sheet: label and text, empty entries left out. */
export function notesOf(sets: readonly ExportValueSet[], info: ValuesWorkbookInfo): [string, string][] {
	const first = sets[0];
	if (!first) return [];
	const { indicator, layer } = first;
	const dates = sets.filter((s) => s.date !== '');
	const api = (s: ExportValueSet) =>
		`/api/v1/tenants/${info.tenant}/indicators/${indicator.code}/values?layer=${layer.code}&date=${s.date}`;
	const p = info.provenance;
	const lines: [string, string | null | undefined][] = [
		['Indikator', `${indicator.name} (${indicator.code})`],
		['Definition', p.definition],
		['Maßeinheit', indicator.unitLabel],
		['Raumebene', `${layer.name} (${layer.code})`],
		[
			dates.length > 1 ? 'Stichtage' : 'Stichtag',
			dates.length > 0 ? dates.map((s) => germanDate(s.date)).join(', ') : 'noch keine Daten'
		],
		['Quelle', sourceNote(p)],
		['Lizenz', p.licence],
		['Hinweis zur Auslegung', p.interpretation],
		// The weight of an estimate (or why a layer has none), as the map's legend says it.
		['Schätzung', first.notice?.estimate?.text],
		['Ohne Werte', first.notice?.unavailable?.text],
		['Geheimhaltung', p.disclosureRule],
		[
			'Werte',
			`Ungerundet gespeichert, angezeigt mit ${indicator.decimals} Nachkommastellen; gleich den Werten der ` +
				`Schnittstelle ${dates.map(api).join(' und ') || '/api/v1'}. Eine leere Zelle heißt: kein Wert ` +
				'(nicht 0). „unvollständig“: nicht alle Teilgebiete hatten Daten, siehe Abdeckung. Zähler und ' +
				'Nenner sind die Summen, aus denen der Wert berechnet ist.'
		],
		[
			'Herkunft',
			info.disclosure
				? `Berechnet von Querschnitt aus den importierten Daten des Mandanten. Zur Veröffentlichung: ${info.disclosure}`
				: 'Berechnet von Querschnitt aus den importierten Daten des Mandanten. Die Datei enthält alle Werte ' +
					'ohne Geheimhaltungsfilter: nur für den internen Gebrauch, nicht zur Veröffentlichung.'
		],
		['Heruntergeladen am', formatDateTime(info.downloadedAt, 'de')]
	];
	return lines.filter((line): line is [string, string] => typeof line[1] === 'string' && line[1] !== '');
}

function addNotesSheet(book: ExcelJS.Workbook, lines: readonly [string, string][]): void {
	const sheet = book.addWorksheet(notesSheetName);
	sheet.getColumn(1).width = 24;
	sheet.getColumn(2).width = 100;
	for (const line of lines) {
		const row = sheet.addRow([...line]);
		row.getCell(1).font = { bold: true };
		row.getCell(1).alignment = { vertical: 'top' };
		row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
	}
}

/** The workbook as bytes: sheet „Werte“ with the values of every set (date), sheet „Hinweise“. */
export async function valuesXlsx(
	sets: readonly ExportValueSet[],
	info: ValuesWorkbookInfo
): Promise<Uint8Array<ArrayBuffer>> {
	const book = new ExcelJS.Workbook();
	book.creator = 'Querschnitt';
	book.created = info.downloadedAt;
	addValuesSheet(book, valueRows(sets));
	addNotesSheet(book, notesOf(sets, info));
	return new Uint8Array(await book.xlsx.writeBuffer());
}
