import ExcelJS from 'exceljs';
import { hasErrors, problem, type ImportProblem } from '../../../core/imports/problems';
import type { InputFile, ReadResult, Table } from '../types';
import { notATable, sniff, tooLarge } from './sniff';
import {
	columnLetter,
	dropEmptyTrailingColumns,
	emptyFile,
	findGarbledCells,
	garbledProblem,
	headerProblems
} from './table-checks';
import { cellText } from './xlsx-cells';

export interface XlsxOptions {
	/** Name of the sheet to read; default the first. */
	sheet?: string;
	/** Default 100 MiB. */
	maxBytes?: number;
}

function failure(problems: ImportProblem[]): ReadResult<Table> {
	return { ok: false, problems };
}

const unreadable =
	'Die Datei ist keine gültige Excel-Arbeitsmappe (.xlsx) oder sie ist beschädigt. Bitte öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie erneut als „Excel-Arbeitsmappe (.xlsx)“ oder als CSV.';

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook | null> {
	const workbook = new ExcelJS.Workbook();
	try {
		// exceljs' types ask for a Node Buffer; a view on the same memory costs no copy.
		await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
		return workbook;
	} catch {
		return null;
	}
}

/** Reads one sheet of an .xlsx workbook: header in the first row that has content, Excel's row numbers. */
export async function readXlsx(file: InputFile, options: XlsxOptions = {}): Promise<ReadResult<Table>> {
	const where = { file: file.name };
	const large = tooLarge(file, options.maxBytes);
	if (large) return failure([large]);
	if (file.bytes.length === 0) return failure([emptyFile(file.name, false)]);
	const kind = sniff(file.bytes);
	const foreign = notATable(file, kind);
	if (foreign) return failure([foreign]);
	const workbook = kind === 'zip' ? await loadWorkbook(file.bytes) : null;
	if (!workbook) return failure([problem('import.unreadable', where, unreadable)]);

	const sheets = workbook.worksheets;
	// A zip without sheets is another Office document (or any zip) under an .xlsx name.
	if (sheets.length === 0) return failure([problem('import.unreadable', where, unreadable)]);
	const names = sheets.map((s) => `„${s.name}“`).join(', ');
	const sheet = options.sheet === undefined ? sheets[0]! : sheets.find((s) => s.name === options.sheet);
	if (!sheet) {
		const message = `Die Arbeitsmappe hat kein Tabellenblatt „${options.sheet}“. Vorhanden ${sheets.length === 1 ? 'ist' : 'sind'}: ${names}. Bitte wählen Sie eines davon.`;
		return failure([problem('import.unknown_sheet', where, message)]);
	}
	const date1904 = workbook.properties.date1904 ?? false;

	// Collect the non-empty rows with their cells by column number, as Excel counts them.
	const filled: { line: number; cells: Map<number, string> }[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, line) => {
		const cells = new Map<number, string>();
		row.eachCell({ includeEmpty: false }, (cell, column) => {
			const text = cellText(cell.value, cell.numFmt, date1904);
			if (text.trim() !== '') cells.set(column, text);
		});
		if (cells.size > 0) filled.push({ line, cells });
	});
	const headerRow = filled.shift();
	if (!headerRow) {
		const message = `Das Tabellenblatt „${sheet.name}“ ist leer. Bitte wählen Sie das Blatt mit den Daten (vorhanden: ${names}).`;
		return failure([problem('import.empty_file', where, message)]);
	}
	const width = Math.max(...headerRow.cells.keys());
	const header = Array.from({ length: width }, (_, i) => (headerRow.cells.get(i + 1) ?? '').trim());
	const problems: ImportProblem[] = [];
	const rows: Table['rows'] = [];
	for (const { line, cells } of filled) {
		rows.push({ line, cells: Array.from({ length: width }, (_, i) => cells.get(i + 1) ?? '') });
		const beyond = [...cells.keys()].filter((column) => column > width);
		if (beyond.length > 0) {
			const letter = columnLetter(beyond[0]!);
			const message = `Zeile ${line} hat einen Wert in Spalte ${letter}, die in der Kopfzeile keine Überschrift hat. Bitte tragen Sie in Zeile ${headerRow.line} eine Überschrift ein oder löschen Sie den Wert.`;
			problems.push(problem('import.ragged_row', { file: file.name, row: line, column: letter }, message));
		}
	}
	if (rows.length === 0) return failure([emptyFile(file.name, true)]);
	dropEmptyTrailingColumns(header, rows);
	problems.unshift(
		...headerProblems(file.name, headerRow.line, header, (i) => `Spalte ${columnLetter(i + 1)}`)
	);
	const garbled = findGarbledCells(header, headerRow.line, rows);
	if (garbled) problems.push(garbledProblem(file.name, garbled));
	if (hasErrors(problems)) return failure(problems);
	return {
		ok: true,
		value: { file: file.name, header, rows, format: { kind: 'xlsx', sheet: sheet.name } },
		warnings: problems
	};
}
