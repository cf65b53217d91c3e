import { parseDate } from '../data/dates';
import { detectNumberStyle, type NumberStyle } from '../data/numbers';
import { CellReader, type FlagOptions } from './observation-cells';
import { optionNames } from './observation-layout';
import { germanDate, type ObservationLayout } from './observation-mapping';
import {
	MissingCodeTable,
	missingReasons,
	type MissingCodeOptions,
	type MissingCount
} from './observation-missing-codes';
import { ProblemList } from './problem-list';
import { problem } from './problems';

/** A table as the readers give it: cells as text, rows numbered as a person sees them. */
export interface TableCells {
	file: string;
	header: readonly string[];
	rows: readonly { line: number; cells: readonly string[] }[];
	/** XLSX numbers come as plain "4.98" whatever the locale; CSV is detected per column. */
	kind: 'csv' | 'xlsx';
}

/**
 * The values of a file, column-wise (a million rows stay small): indices into the distinct
 * unit codes, variable codes and dates, the value, and where it came from. Missing cells are
 * only counted.
 */
export interface ParsedObservations {
	file: string;
	unitCodes: string[];
	variableCodes: string[];
	dates: string[];
	count: number;
	unit: Int32Array;
	variable: Int32Array;
	date: Int32Array;
	value: Float64Array;
	line: Int32Array;
	column: Int32Array;
	/** Cells without a value: empty, or a code for a missing value. */
	missing: number;
	/** Cells with a code that says why the value is missing: stored as missing, with the reason. */
	coded: CodedMissing;
	/** Per code met (missing, zero, limited, empty): how many cells. */
	codeCounts: MissingCount[];
	/** Per unit code: the first row where it occurs, and how many rows name it. */
	unitRows: { first: number; rows: number }[];
	/** Per variable code: the first row and column where it occurs. */
	variableAt: { row: number; column: number }[];
}

/** Missing values with a reason, column-wise like the values; `reason` indexes `missingReasons`. */
export interface CodedMissing {
	count: number;
	unit: number[];
	variable: number[];
	date: number[];
	reason: number[];
	/** Index into `codes`: the code as written in the file. */
	code: number[];
	codes: string[];
}

/** Interns strings as indices. */
class Index {
	readonly values: string[] = [];
	readonly #ids = new Map<string, number>();
	id(value: string): number {
		let id = this.#ids.get(value);
		if (id === undefined) {
			id = this.values.length;
			this.values.push(value);
			this.#ids.set(value, id);
		}
		return id;
	}
}

function columnStyle(table: TableCells, column: number, choice: 'auto' | NumberStyle): NumberStyle {
	if (choice !== 'auto') return choice;
	if (table.kind === 'xlsx') return 'en';
	// Only cells with a separator tell the style; skipping the others keeps this fast.
	const telling: string[] = [];
	for (const row of table.rows) {
		const cell = row.cells[column] ?? '';
		if (cell.includes(',') || cell.includes('.')) telling.push(cell);
	}
	return detectNumberStyle(telling);
}

function capacity(table: TableCells, layout: ObservationLayout): number {
	return table.rows.length * (layout.format === 'long' ? 1 : layout.targets.length);
}

/** Reads every value cell of a table; problems for empty codes, invalid dates and numbers, duplicates. */
export function parseObservations(
	table: TableCells,
	layout: ObservationLayout,
	options: {
		numberStyle?: 'auto' | NumberStyle;
		onRow?: (done: number) => void;
		missingCodes?: MissingCodeOptions;
		flags?: FlagOptions;
	} = {}
): { parsed: ParsedObservations; problems: ProblemList } {
	const { file, header } = table;
	const problems = new ProblemList();
	const units = new Index();
	const variables = new Index();
	const dates = new Index();
	const size = capacity(table, layout);
	const out = {
		unit: new Int32Array(size),
		variable: new Int32Array(size),
		date: new Int32Array(size),
		value: new Float64Array(size),
		line: new Int32Array(size),
		column: new Int32Array(size)
	};
	const unitRows: { first: number; rows: number }[] = [];
	const variableAt: { row: number; column: number }[] = [];
	const seen = new Map<number, number>();
	const dateCache = new Map<string, number>();
	let count = 0;
	let missing = 0;
	const coded: CodedMissing = { count: 0, unit: [], variable: [], date: [], reason: [], code: [], codes: [] };
	const codeIds = new Index();
	const reader = new CellReader(new MissingCodeTable(options.missingCodes), options.flags);
	const isFlag = (variable: number) => variable >= 0 && reader.flagVariables.has(variables.values[variable]!);

	const cells =
		layout.format === 'long'
			? [{ column: layout.value, variable: -1, date: -1 }]
			: layout.targets.map((t) => ({
					column: t.column,
					variable: variables.id(t.variable),
					date: t.date === null ? -1 : dates.id(t.date)
				}));
	if (layout.format === 'wide')
		layout.targets.forEach((t, i) => (variableAt[cells[i]!.variable] ??= { row: 1, column: t.column }));
	const styles = cells.map((c) => columnStyle(table, c.column, options.numberStyle ?? 'auto'));
	// "x / leer": an empty cell of a flag column means "no" where the column marks only with x.
	const emptyIsNo = cells.map((c) =>
		reader.flagVariables.size > 0
			? reader.emptyMeansNo(table.rows.map((r) => r.cells[c.column] ?? ''))
			: false
	);
	const fixedVariable =
		layout.format === 'long' && layout.fixedVariable !== null ? variables.id(layout.fixedVariable) : -1;
	if (fixedVariable >= 0) variableAt[fixedVariable] = { row: 1, column: -1 };
	const fixedDate = layout.format === 'long' && layout.fixedDate !== null ? dates.id(layout.fixedDate) : -1;

	const dateOf = (raw: string, line: number, column: number): number => {
		const text = raw.trim();
		let id = dateCache.get(text);
		if (id === undefined) {
			const parsed = parseDate(text);
			id = parsed.kind === 'date' ? dates.id(parsed.iso) : -1;
			dateCache.set(text, id);
		}
		if (id < 0) {
			const message = text
				? `Zeile ${line}: „${text}“ in der Spalte „${header[column]}“ ist kein gültiges Datum. Bitte schreiben Sie den Stichtag als TT.MM.JJJJ (z. B. 31.12.2016), JJJJ-MM-TT oder als Jahr.`
				: `Zeile ${line}: In der Spalte „${header[column]}“ fehlt der Stichtag. Bitte tragen Sie ihn nach.`;
			problems.add(problem('import.invalid_date', { file, row: line, column: header[column] }, message));
		}
		return id;
	};

	const rows = table.rows;
	for (let r = 0; r < rows.length; r++) {
		const { line, cells: row } = rows[r]!;
		if (options.onRow && (r & 4095) === 0) options.onRow(r);
		const code = (row[layout.unit] ?? '').trim();
		let unit = -1;
		if (!code) {
			const message = `Zeile ${line}: In der Spalte „${header[layout.unit]}“ fehlt der Schlüssel der Gebietseinheit. Bitte tragen Sie ihn nach oder entfernen Sie die Zeile.`;
			problems.add(problem('import.missing_code', { file, row: line, column: header[layout.unit] }, message));
		} else {
			unit = units.id(code);
			const seenUnit = unitRows[unit];
			if (seenUnit) seenUnit.rows++;
			else unitRows[unit] = { first: line, rows: 1 };
		}
		let rowDate = fixedDate;
		let rowVariable = fixedVariable;
		if (layout.format === 'wide' && layout.date !== null) {
			rowDate = dateOf(row[layout.date] ?? '', line, layout.date);
		}
		if (layout.format === 'long') {
			if (layout.date !== null) rowDate = dateOf(row[layout.date] ?? '', line, layout.date);
			if (layout.variable !== null) {
				const name = (row[layout.variable] ?? '').trim();
				if (!name) {
					const message = `Zeile ${line}: In der Spalte „${header[layout.variable]}“ fehlt der Merkmalscode. Bitte tragen Sie ihn nach oder entfernen Sie die Zeile.`;
					problems.add(
						problem('import.missing_code', { file, row: line, column: header[layout.variable] }, message)
					);
					rowVariable = -1;
				} else {
					rowVariable = variables.id(name);
					variableAt[rowVariable] ??= { row: line, column: layout.variable };
				}
			}
		}
		let duplicateReported = false;
		for (let c = 0; c < cells.length; c++) {
			const target = cells[c]!;
			const variable = layout.format === 'long' ? rowVariable : target.variable;
			const date = layout.format === 'long' || target.date < 0 ? rowDate : target.date;
			const raw = row[target.column] ?? '';
			if (unit >= 0 && variable >= 0 && date >= 0) {
				// One number per key (a Map of numbers is far lighter than one of strings); exact while a
				// file has fewer than 65,536 variables and dates and 2^21 units.
				const key = unit * 4294967296 + variable * 65536 + date;
				const earlier = seen.get(key);
				if (earlier === undefined) seen.set(key, line);
				else if (!duplicateReported) {
					duplicateReported = true;
					const message = `Zeile ${line} wiederholt Zeile ${earlier}: gleiche Gebietseinheit „${code}“, gleiches Merkmal „${variables.values[variable]}“ und gleicher Stichtag ${germanDate(dates.values[date]!)}. Jeder Wert darf nur einmal vorkommen. Bitte entfernen Sie eine der beiden Zeilen.`;
					problems.add(problem('import.duplicate_row', { file, row: line }, message));
				}
			}
			const flag = isFlag(variable);
			const cell = flag ? reader.flag(raw, emptyIsNo[c]!) : reader.number(raw, styles[c]!);
			if (cell.kind === 'missing') {
				missing++;
				if (cell.reason !== null && unit >= 0 && variable >= 0 && date >= 0) {
					coded.unit.push(unit);
					coded.variable.push(variable);
					coded.date.push(date);
					coded.reason.push(missingReasons.indexOf(cell.reason));
					coded.code.push(codeIds.id(cell.code));
					coded.count++;
				}
				continue;
			}
			if (cell.kind === 'invalid') {
				const where = { file, row: line, column: header[target.column] };
				const text = raw.trim();
				if (flag) {
					const { yes, no } = reader.flagWords;
					const message = `Zeile ${line}, Spalte „${header[target.column]}“: „${text}“ ist kein Kennzeichen. „${variables.values[variable]}“ ist ein Kennzeichen-Merkmal; erlaubt sind ${yes.map((w) => `„${w}“`).join(', ')} (= 1) und ${no.map((w) => `„${w}“`).join(', ')} (= 0). Bitte korrigieren Sie den Wert oder geben Sie die Wörter Ihrer Datei an (${optionNames.flags}).`;
					problems.add(problem('import.invalid_flag', where, message));
					continue;
				}
				const example = styles[c] === 'de' ? '1.234,5' : '1234.5';
				const message = `Zeile ${line}, Spalte „${header[target.column]}“: „${text}“ ist keine Zahl. Bitte tragen Sie eine Zahl ein (wie in dieser Spalte üblich z. B. ${example}; ${optionNames.numberStyle}), lassen Sie die Zelle leer, wenn der Wert fehlt, oder geben Sie den Code Ihrer Datei für fehlende Werte an (${optionNames.missingCodes}; erkannt werden schon NA, „.“, „x“, „/“, „...“ und „-“).`;
				problems.add(problem('import.invalid_number', where, message));
				continue;
			}
			const value = cell.value;
			out.unit[count] = unit;
			out.variable[count] = variable;
			out.date[count] = date;
			out.value[count] = value;
			out.line[count] = line;
			out.column[count] = target.column;
			count++;
		}
	}
	options.onRow?.(rows.length);
	const parsed: ParsedObservations = {
		file,
		unitCodes: units.values,
		variableCodes: variables.values,
		dates: dates.values,
		count,
		unit: out.unit.subarray(0, count),
		variable: out.variable.subarray(0, count),
		date: out.date.subarray(0, count),
		value: out.value.subarray(0, count),
		line: out.line.subarray(0, count),
		column: out.column.subarray(0, count),
		missing,
		coded: { ...coded, codes: codeIds.values },
		codeCounts: reader.counts(),
		unitRows,
		variableAt
	};
	return { parsed, problems };
}
