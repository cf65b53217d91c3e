import { problem, type ImportProblem } from '../../../core/imports/problems';
import type { Table } from '../types';
import { findMojibake, mojibakeAdvice, type Mojibake } from './text-encoding';

/** Checks shared by the CSV and XLSX readers, on a table as a person sees it. */

type Row = Table['rows'][number];

export function emptyFile(file: string, headerOnly: boolean): ImportProblem {
	const message = headerOnly
		? 'Die Datei enthält nur die Kopfzeile und keine Daten. Bitte prüfen Sie, ob der Export vollständig war, und wählen Sie die Datei mit den Datenzeilen.'
		: 'Die Datei ist leer. Bitte prüfen Sie, ob Sie die richtige Datei gewählt haben und ob der Export vollständig war.';
	return problem('import.empty_file', { file, row: headerOnly ? 1 : null }, message);
}

/**
 * Header columns at the end without a name and without any value below them (a trailing `;` in
 * every line, or a formatted but empty Excel column) carry nothing and are dropped.
 */
export function dropEmptyTrailingColumns(header: string[], rows: Row[]): void {
	while (header.length > 0 && header.at(-1) === '') {
		const index = header.length - 1;
		if (rows.some((row) => (row.cells[index] ?? '').trim() !== '')) return;
		header.pop();
		for (const row of rows) if (row.cells.length > index) row.cells.length = index;
	}
}

/** Duplicate and empty column names: every column must be addressable by its name. */
export function headerProblems(
	file: string,
	line: number,
	header: readonly string[],
	label: (index: number) => string
): ImportProblem[] {
	const problems: ImportProblem[] = [];
	const seen = new Map<string, number>();
	header.forEach((name, index) => {
		if (name === '') {
			problems.push(
				problem(
					'import.duplicate_column',
					{ file, row: line, column: label(index) },
					`${label(index)} hat keine Überschrift. Bitte tragen Sie in der Kopfzeile einen Namen ein oder löschen Sie die Spalte, wenn sie nicht gebraucht wird.`
				)
			);
			return;
		}
		const first = seen.get(name);
		if (first === undefined) {
			seen.set(name, index);
			return;
		}
		problems.push(
			problem(
				'import.duplicate_column',
				{ file, row: line, column: name },
				`Die Spalte „${name}“ kommt in der Kopfzeile mehrfach vor (${label(first)} und ${label(index)}). Bitte benennen Sie eine der Spalten um oder löschen Sie die doppelte.`
			)
		);
	});
	return problems;
}

/** The first garbled cell (row and column named) and how many there are; null when all is well. */
export function findGarbledCells(
	header: readonly string[],
	headerLine: number,
	rows: readonly Row[]
): { line: number; column: string; found: Mojibake; count: number } | null {
	let first: { line: number; column: string; found: Mojibake } | null = null;
	let count = 0;
	for (const { line, cells } of [{ line: headerLine, cells: header }, ...rows]) {
		for (let index = 0; index < cells.length; index++) {
			const found = findMojibake(cells[index]!);
			if (!found) continue;
			count++;
			first ??= { line, column: header[index] || `Spalte ${index + 1}`, found };
		}
	}
	return first ? { ...first, count } : null;
}

export function garbledProblem(
	file: string,
	garbled: NonNullable<ReturnType<typeof findGarbledCells>>
): ImportProblem {
	const where = { file, row: garbled.line, column: garbled.column };
	return problem(
		'import.encoding',
		where,
		`Zeile ${garbled.line}, Spalte „${garbled.column}“: ${mojibakeAdvice(garbled.found, garbled.count)}`
	);
}

/** Spreadsheet column letters as Excel shows them: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
	let n = column;
	let letters = '';
	while (n > 0) {
		const rest = (n - 1) % 26;
		letters = String.fromCharCode(65 + rest) + letters;
		n = Math.floor((n - 1) / 26);
	}
	return letters;
}
