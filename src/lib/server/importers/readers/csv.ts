import { hasErrors, problem, type ImportProblem } from '../../../core/imports/problems';
import type { InputFile, ReadResult, Table } from '../types';
import { detectDelimiter, delimiterNames, scoreDelimiter, type Delimiter } from './csv-delimiter';
import { csvRecords } from './csv-records';
import { notATable, sniff, tooLarge } from './sniff';
import {
	dropEmptyTrailingColumns,
	emptyFile,
	findGarbledCells,
	garbledProblem,
	headerProblems
} from './table-checks';
import {
	bomOf,
	decodeText,
	findMojibake,
	firstInvalidUtf8,
	hasHighBytes,
	type TextEncodingOption
} from './text-encoding';

export interface CsvOptions {
	encoding?: TextEncodingOption;
	delimiter?: 'auto' | Delimiter;
	/** Default 100 MiB. */
	maxBytes?: number;
}

/** More than this many broken rows means a broken file: the rest are summed up in one problem. */
const maxRowProblems = 1000;

const encodingNames: Record<string, string> = {
	'utf-8': 'UTF-8',
	'windows-1252': 'Windows-1252',
	'iso-8859-1': 'ISO-8859-1 (Latin-1)'
};

function failure(problems: ImportProblem[]): ReadResult<Table> {
	return { ok: false, problems };
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
	return line;
}

/** Reads a CSV file as German offices write them; see csv.test.ts for what that means. */
export function readCsv(file: InputFile, options: CsvOptions = {}): ReadResult<Table> {
	const where = { file: file.name };
	const { bytes } = file;
	const large = tooLarge(file, options.maxBytes);
	if (large) return failure([large]);
	if (bytes.length === 0) return failure([emptyFile(file.name, false)]);
	const kind = sniff(bytes);
	const foreign =
		notATable(file, kind) ??
		(kind === 'zip'
			? problem(
					'import.unreadable',
					where,
					'Die Datei ist eine ZIP-Datei oder Excel-Arbeitsmappe, keine CSV-Datei. Bitte laden Sie sie als Excel-Datei (.xlsx) hoch oder speichern Sie sie als CSV.'
				)
			: null);
	if (foreign) return failure([foreign]);
	// UTF-16 is full of NUL bytes; in any other text file they mean binary data.
	const bom = bomOf(bytes);
	if ((!bom || bom.encoding === 'utf-8') && bytes.includes(0)) {
		const message =
			'Die Datei enthält Binärdaten (Nullbytes) und ist keine Textdatei. Bitte prüfen Sie, ob Sie die richtige Datei gewählt haben, und speichern Sie die Tabelle als CSV oder Excel-Datei (.xlsx).';
		return failure([problem('import.unreadable', where, message)]);
	}

	const choice = options.encoding ?? 'auto';
	const decoded = decodeText(bytes, choice);
	if (!decoded.ok) {
		const line = lineOfOffset(bytes, decoded.offset);
		const message = `Die Datei ist nicht gültig als UTF-8 kodiert (erstes ungültiges Zeichen in Zeile ${line}); sie ist vermutlich in Windows-1252 (ANSI) gespeichert. Bitte wählen Sie als Zeichenkodierung „automatisch erkennen“ oder „Windows-1252“.`;
		return failure([problem('import.encoding', { file: file.name, row: line }, message)]);
	}
	const text = decoded.text;
	if (text.trim() === '') return failure([emptyFile(file.name, false)]);

	const chosen = options.delimiter ?? 'auto';
	const guess = chosen === 'auto' ? detectDelimiter(text) : null;
	const delimiter: Delimiter = chosen === 'auto' ? (guess?.delimiter ?? ',') : chosen;
	if (chosen !== 'auto') {
		const wrong = wrongDelimiter(file.name, text, chosen);
		if (wrong) return failure([wrong]);
	}

	const parsed = csvRecords(text, delimiter);
	const rows: Table['rows'] = parsed.records;
	const headerRecord = rows.shift();
	if (!headerRecord) return failure([emptyFile(file.name, false)]);
	const header = headerRecord.cells.map((name, i) => (i === 0 ? name.replace(/^\uFEFF/, '') : name).trim());
	if (rows.length === 0) return failure([emptyFile(file.name, true)]);
	dropEmptyTrailingColumns(header, rows);

	const problems: ImportProblem[] = [];
	const label = (i: number) => `Spalte ${i + 1}`;
	problems.push(...headerProblems(file.name, headerRecord.line, header, label));
	if (parsed.unclosedQuote) {
		const { line, cell } = parsed.unclosedQuote;
		const column = header[cell] || label(cell);
		const message = `Zeile ${line}, Spalte „${column}“: Hier beginnt ein Wert mit einem Anführungszeichen, das nicht wieder geschlossen wird; dadurch wird der ganze Rest der Datei als ein Wert gelesen. Bitte schließen Sie das Anführungszeichen oder entfernen Sie es.`;
		problems.push(problem('import.unclosed_quote', { file: file.name, row: line, column }, message));
	}
	problems.push(...raggedRows(file.name, header, rows, delimiter, parsed.unclosedQuote?.line));

	// One search over the whole text first; only a hit needs the cell-by-cell search for the place.
	const garbled = findMojibake(text) ? findGarbledCells(header, headerRecord.line, rows) : null;
	if (garbled) {
		const forcedLatin = choice !== 'auto' && choice !== 'utf-8' && !decoded.bom;
		if (forcedLatin && hasHighBytes(bytes) && firstInvalidUtf8(bytes) === -1) {
			const message = `Die Datei ist in UTF-8 kodiert, gewählt wurde aber „${encodingNames[choice]}“; dadurch erscheinen Umlaute verfälscht („${garbled.found.sample}“ in Zeile ${garbled.line}). Bitte wählen Sie als Zeichenkodierung „automatisch erkennen“ oder „UTF-8“.`;
			// The whole file was misread, so no column name can be trusted; the line helps to look.
			problems.push(problem('import.encoding', { file: file.name, row: garbled.line }, message));
		} else {
			problems.push(garbledProblem(file.name, garbled));
		}
	}
	if (hasErrors(problems)) return failure(problems);
	const format: Table['format'] = { kind: 'csv', encoding: decoded.encoding, delimiter, bom: decoded.bom };
	return { ok: true, value: { file: file.name, header, rows, format }, warnings: problems };
}

/**
 * A chosen delimiter that leaves the header as one column while another one splits it cleanly:
 * typically a German `;` file read with `,`.
 */
function wrongDelimiter(file: string, text: string, chosen: Delimiter): ImportProblem | null {
	const own = scoreDelimiter(text, chosen);
	if (!own || own.columns > 1) return null;
	const better = detectDelimiter(text);
	if (!better || better.delimiter === chosen) return null;
	const message = `Mit dem Trennzeichen ${delimiterNames[chosen]} ergibt die Kopfzeile nur eine einzige Spalte. Die Datei verwendet offenbar ${delimiterNames[better.delimiter]} als Trennzeichen (${better.columns} Spalten). Bitte wählen Sie dieses Trennzeichen oder „automatisch erkennen“.`;
	return problem('import.delimiter', { file, row: 1 }, message);
}

function raggedRows(
	file: string,
	header: readonly string[],
	rows: Table['rows'],
	delimiter: Delimiter,
	skipLine: number | undefined
): ImportProblem[] {
	const problems: ImportProblem[] = [];
	let more = 0;
	for (const row of rows) {
		if (row.line === skipLine) continue;
		let count = row.cells.length;
		// Surplus cells that are empty lose nothing (a trailing delimiter); cut them off.
		while (count > header.length && row.cells[count - 1]!.trim() === '') count--;
		if (count === header.length) {
			row.cells.length = count;
			continue;
		}
		if (problems.length >= maxRowProblems) {
			more++;
			continue;
		}
		problems.push(
			problem(
				'import.ragged_row',
				{ file, row: row.line },
				raggedMessage(row.line, count, header.length, delimiter)
			)
		);
	}
	if (more > 0) {
		const message = `Weitere ${more} Zeilen haben ebenfalls nicht so viele Zellen wie die Kopfzeile. Bitte prüfen Sie Trennzeichen und Anführungszeichen der ganzen Datei.`;
		problems.push(problem('import.ragged_row', { file }, message));
	}
	return problems;
}

function raggedMessage(line: number, count: number, expected: number, delimiter: Delimiter): string {
	const start = `Zeile ${line} hat ${count} Zellen, die Kopfzeile aber ${expected}.`;
	if (count < expected) {
		return `${start} Bitte ergänzen Sie die fehlenden Zellen; leere Werte sind erlaubt, die Trennzeichen müssen aber stehen.`;
	}
	if (delimiter === ',') {
		return `${start} Enthält die Zeile Zahlen mit Dezimalkomma oder Text mit Kommas ohne Anführungszeichen? Bitte setzen Sie solche Werte in Anführungszeichen ("12,5") oder speichern Sie die Datei mit Semikolon als Trennzeichen.`;
	}
	return `${start} Enthält ein Wert das Trennzeichen ${delimiterNames[delimiter]}? Bitte setzen Sie solche Werte in Anführungszeichen.`;
}
