import ExcelJS from 'exceljs';
import { normalizeColumnName } from '../../core/imports/column-names';
import { problem, type ImportProblem } from '../../core/imports/problems';
import {
	matchColumns,
	planColumns,
	planSheetAliases,
	planSheetNames,
	type PlanSheet
} from '../../core/planning/plan-layout';
import type { InputFile, Table } from './types';
import { baseNameOf, sniff } from './readers/sniff';
import { readTable } from './readers/table';
import { readXlsx } from './readers/xlsx';

/**
 * Reads the files of a plan import: a workbook with the sheets „Ziele“, „Maßnahmen“, „Haushalt“,
 * „Meilensteine“ (others, such as the export's „Hinweise“, are left alone), or CSV files, one per
 * kind, named after it (ziele.csv, massnahmen-2026.csv …) or recognised by their columns. Every
 * table is read by the readers of every other import (encodings, delimiters, Excel's dates).
 */

export interface PlanTable {
	sheet: PlanSheet;
	/** Where its problems are: the file, and in a workbook the sheet („plan.xlsx, Blatt „Ziele““). */
	label: string;
	table: Table;
	/** Field → column index in `table.header`. */
	columns: Map<string, number>;
}

export interface PlanFiles {
	tables: PlanTable[];
	/** The kinds present as a sheet or file, also without rows (a present sheet replaces, see plan-import). */
	present: Set<PlanSheet>;
	problems: ImportProblem[];
}

const sheetList = Object.values(planSheetNames)
	.map((n) => `„${n}“`)
	.join(', ');

function kindOfName(name: string): PlanSheet | null {
	const bare = normalizeColumnName(name.replace(/\.[a-z0-9]+$/i, ''));
	for (const [kind, aliases] of Object.entries(planSheetAliases) as [PlanSheet, readonly string[]][]) {
		if (aliases.includes(bare)) return kind;
	}
	// File names carry more: „massnahmen-2026“, „plan_ziele“; the longer names are tested first.
	const candidates = (Object.entries(planSheetAliases) as [PlanSheet, readonly string[]][])
		.flatMap(([kind, aliases]) => aliases.map((a) => [kind, a] as const))
		.filter(([, alias]) => alias.length >= 5)
		.sort((a, b) => b[1].length - a[1].length);
	return candidates.find(([, alias]) => bare.includes(alias))?.[0] ?? null;
}

/** The kind whose required columns are all there, with the most columns recognised. */
function kindOfHeader(header: readonly string[]): PlanSheet | null {
	let best: { kind: PlanSheet; score: number } | null = null;
	for (const kind of Object.keys(planColumns) as PlanSheet[]) {
		const { index } = matchColumns(kind, header);
		const complete = planColumns[kind].filter((c) => c.required).every((c) => index.has(c.key));
		if (complete && (!best || index.size > best.score)) best = { kind, score: index.size };
	}
	return best?.kind ?? null;
}

function relabel(problems: readonly ImportProblem[], label: string): ImportProblem[] {
	return problems.map((p) => ({ ...p, file: label }));
}

/** Checks the header of one table: required columns there, no column the layout does not know. */
function columnsOf(sheet: PlanSheet, label: string, table: Table, problems: ImportProblem[]) {
	const { index, unknown } = matchColumns(sheet, table.header);
	const headerRow = (table.rows[0]?.line ?? 2) - 1;
	const known = planColumns[sheet].map((c) => `„${c.header}“`).join(', ');
	for (const name of unknown) {
		const message = `Die Spalte „${name}“ ist unbekannt. Bitte benennen Sie sie wie in der Vorlage (bekannt sind ${known}) oder löschen Sie sie, damit keine Angabe verloren geht.`;
		problems.push(problem('import.unknown_column', { file: label, row: headerRow, column: name }, message));
	}
	for (const column of planColumns[sheet].filter((c) => c.required && !index.has(c.key))) {
		const message = `Die Pflichtspalte „${column.header}“ fehlt. Bitte ergänzen Sie sie in der Kopfzeile (Vorlage: Seite „Import und Export“).`;
		problems.push(
			problem('import.missing_column', { file: label, row: headerRow, column: column.header }, message)
		);
	}
	return index;
}

async function sheetNames(file: InputFile): Promise<string[] | null> {
	const book = new ExcelJS.Workbook();
	try {
		await book.xlsx.load(
			Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength) as never
		);
		return book.worksheets.map((s) => s.name);
	} catch {
		return null;
	}
}

async function readWorkbook(file: InputFile, into: PlanFiles): Promise<void> {
	const names = await sheetNames(file);
	if (!names || names.length === 0) {
		const read = await readXlsx(file);
		if (!read.ok) into.problems.push(...read.problems);
		return;
	}
	const sheets = names
		.map((name) => ({ name, kind: kindOfName(name) }))
		.filter((s): s is { name: string; kind: PlanSheet } => s.kind !== null);
	if (sheets.length === 0) {
		const message = `Die Arbeitsmappe hat keines der Blätter ${sheetList} (vorhanden: ${names.map((n) => `„${n}“`).join(', ')}). Bitte benennen Sie die Blätter wie in der Vorlage.`;
		into.problems.push(problem('import.unknown_sheet', { file: file.name }, message));
		return;
	}
	for (const { name, kind } of sheets) {
		const label = `${file.name}, Blatt „${name}“`;
		if (into.present.has(kind)) {
			const message = `Die Arbeitsmappe hat mehr als ein Blatt für ${planSheetNames[kind]}. Bitte führen Sie sie in einem Blatt zusammen.`;
			into.problems.push(problem('import.unknown_sheet', { file: label }, message));
			continue;
		}
		into.present.add(kind);
		const read = await readXlsx(file, { sheet: name });
		addTable(kind, label, read, into);
	}
}

function addTable(
	kind: PlanSheet,
	label: string,
	read: Awaited<ReturnType<typeof readTable>>,
	into: PlanFiles
): void {
	if (!read.ok) {
		// A sheet with its headings only (no budgets yet) is a sheet without rows, not an error.
		const headerOnly = read.problems.every((p) => p.code === 'import.empty_file' && p.row !== null);
		if (!headerOnly) into.problems.push(...relabel(read.problems, label));
		return;
	}
	const table = read.value;
	into.problems.push(...relabel(read.warnings, label));
	const columns = columnsOf(kind, label, table, into.problems);
	into.tables.push({ sheet: kind, label, table, columns });
}

/** Reads every file; problems of every file and sheet are collected, none stops the others. */
export async function readPlanFiles(files: readonly InputFile[]): Promise<PlanFiles> {
	const result: PlanFiles = { tables: [], present: new Set(), problems: [] };
	for (const file of files) {
		if (sniff(file.bytes) === 'zip') {
			await readWorkbook(file, result);
			continue;
		}
		const read = await readTable(file);
		if (!read.ok) {
			result.problems.push(...read.problems);
			continue;
		}
		const kind = kindOfName(baseNameOf(file.name)) ?? kindOfHeader(read.value.header);
		if (!kind) {
			const message = `Es ist nicht zu erkennen, ob die Datei Ziele, Maßnahmen, Haushalt oder Meilensteine enthält. Bitte nennen Sie die Datei danach (z. B. „ziele.csv“) oder verwenden Sie die Spaltenüberschriften der Vorlage.`;
			result.problems.push(problem('import.unknown_sheet', { file: file.name }, message));
			continue;
		}
		if (result.present.has(kind)) {
			const message = `Es gibt mehr als eine Datei für ${planSheetNames[kind]}. Bitte führen Sie sie in einer Datei zusammen.`;
			result.problems.push(problem('import.unknown_sheet', { file: file.name }, message));
			continue;
		}
		result.present.add(kind);
		addTable(kind, file.name, read, result);
	}
	if (result.problems.length === 0 && !result.present.has('goals') && !result.present.has('measures')) {
		const file = files.map((f) => f.name).join(', ') || '–';
		const message = `Die Dateien enthalten weder Ziele noch Maßnahmen. Bitte laden Sie eine Arbeitsmappe mit den Blättern ${sheetList} hoch (Vorlage: Seite „Import und Export“).`;
		result.problems.push(problem('import.unknown_sheet', { file }, message));
	}
	return result;
}
