/**
 * RFC 4180 records: fields separated by one delimiter, records by CRLF, LF or a lone CR (old
 * Mac exports); a field in double quotes may hold delimiters, line breaks and doubled quotes.
 * Lenient where real files are sloppy: a quote inside an unquoted field is kept as a character,
 * text after a closing quote is appended.
 */

export interface CsvRecord {
	/** Row number as in Excel: a record with a line break inside quotes is still one row. */
	line: number;
	cells: string[];
}

export interface CsvRecords {
	/** Records with content; blank ones (empty lines, only delimiters) are counted but left out. */
	records: CsvRecord[];
	/** Where a quote was opened and never closed (the rest of the file became one cell). */
	unclosedQuote: { line: number; cell: number } | null;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** A record with nothing in it: an empty line, or only delimiters (";;;" from Excel). */
export function isBlank(cells: readonly string[]): boolean {
	if (cells.length === 1 && cells[0] === '') return true;
	return cells.every((cell) => cell.trim() === '');
}

/** Splits text into records; stops after `limit` records (for delimiter detection). */
export function csvRecords(text: string, delimiter: string, limit = Infinity): CsvRecords {
	const records: CsvRecord[] = [];
	const delim = delimiter.charCodeAt(0);
	const n = text.length;
	// In a file with LF line ends a stray CR is content; only files without any LF end lines with CR.
	const lfMode = text.includes('\n');
	let unclosedQuote: CsvRecords['unclosedQuote'] = null;
	let i = 0;
	let line = 1;

	const push = (cells: string[]) => {
		if (!isBlank(cells)) records.push({ line, cells });
		line++;
	};

	/** One field from i; leaves i on the delimiter, the line end or the end of the text. */
	const field = (cellIndex: number): string => {
		if (text.charCodeAt(i) !== QUOTE) {
			const start = i;
			while (i < n && !stops(text.charCodeAt(i))) i++;
			return text.slice(start, i);
		}
		let value = '';
		let j = i + 1;
		for (;;) {
			const close = text.indexOf('"', j);
			if (close === -1) {
				unclosedQuote = { line, cell: cellIndex };
				i = n;
				return value + text.slice(j);
			}
			value += text.slice(j, close);
			if (text.charCodeAt(close + 1) !== QUOTE) {
				i = close + 1;
				break;
			}
			value += '"';
			j = close + 2;
		}
		// Sloppy files: `"12,5" %` — keep what follows the closing quote up to the delimiter.
		const start = i;
		while (i < n && !stops(text.charCodeAt(i))) i++;
		return i > start ? value + text.slice(start, i) : value;
	};
	const stops = (c: number) =>
		c === delim || c === LF || (c === CR && (!lfMode || text.charCodeAt(i + 1) === LF));

	while (i < n && records.length < limit) {
		// Fast path: a whole line without quotes is split natively.
		if (lfMode) {
			const end = text.indexOf('\n', i);
			const stop = end === -1 ? n : end;
			const raw = text.slice(i, stop);
			if (!raw.includes('"')) {
				push((raw.endsWith('\r') ? raw.slice(0, -1) : raw).split(delimiter));
				i = stop + 1;
				continue;
			}
		}
		// Careful path: one record, character by character, across quoted line breaks.
		const cells: string[] = [];
		for (;;) {
			cells.push(field(cells.length));
			if (i >= n) break;
			if (text.charCodeAt(i) === delim) {
				i++;
				// A delimiter at the very end still opens one last, empty field.
				if (i === n) cells.push('');
				if (i < n) continue;
				break;
			}
			i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
			break;
		}
		push(cells);
	}
	return { records, unclosedQuote };
}
