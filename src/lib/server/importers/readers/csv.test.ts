import { describe, expect, it } from 'vitest';
import type { ReadResult, Table } from '../types';
import { readCsv } from './csv';
import { fixture, textFile } from './test-files';

function table(result: ReadResult<Table>): Table {
	if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
	return result.value;
}

function codes(result: ReadResult<Table>) {
	return result.ok ? [] : result.problems.map((p) => [p.code, p.row, p.column]);
}

describe('readCsv on the Berlin files', () => {
	it('reads mss-2017.csv: comma, quoted codes, NA kept as text', () => {
		const mss = table(readCsv(fixture('berlin/mss-2017.csv')));
		expect(mss.format).toEqual({ kind: 'csv', encoding: 'utf-8', delimiter: ',', bom: false });
		expect(mss.header).toEqual([
			'SCHLUESSEL',
			'PLANNAME',
			'EW2016',
			'STATUS1',
			'STATUS2',
			'STATUS3',
			'STATUS4',
			'DYNAMO1',
			'DYNAMO2',
			'DYNAMO3',
			'DYNAMO4'
		]);
		expect(mss.rows).toHaveLength(447);
		expect(mss.rows[0]).toEqual({
			line: 2,
			cells: [
				'01011101',
				'Stülerstraße',
				'3114',
				'4.98',
				'1.52',
				'8.16',
				'20.51',
				'-0.19',
				'0.14',
				'-0.42',
				'-0.75'
			]
		});
		expect(mss.rows[1]!.cells.slice(2, 5)).toEqual(['192', 'NA', 'NA']);
		expect(mss.rows.at(-1)!.line).toBe(448);
	});

	it('reads the wide einwohner-kinder file: 447 rows × 97 columns', () => {
		const wide = table(readCsv(fixture('berlin/einwohner-kinder-2001-2016.csv')));
		expect(wide.header).toHaveLength(97);
		expect(wide.header.slice(0, 3)).toEqual(['PLR', '2001_E_E00_01', '2001_E_E01_02']);
		expect(wide.rows).toHaveLength(447);
		expect(wide.rows.every((r) => r.cells.length === 97)).toBe(true);
		expect(wide.rows[0]!.cells.slice(0, 2)).toEqual(['01011101', '19']);
	});

	it('reads the Kita directory with its quoted addresses', () => {
		const kitas = table(readCsv(fixture('berlin/kitas-2017.csv')));
		expect(kitas.rows).toHaveLength(2552);
		expect(kitas.header).toContain('alat');
	});
});

describe('readCsv encodings', () => {
	const text = 'Schlüssel;Name;Einwohner\n01011101;Stülerstraße;3114\n01011102;Großer Tiergarten;192\n';

	it('reads UTF-8 with BOM and records the BOM', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
		const result = table(readCsv({ name: 'a.csv', bytes }));
		expect(result.header[0]).toBe('Schlüssel');
		expect(result.format).toMatchObject({ encoding: 'utf-8', bom: true, delimiter: ';' });
	});

	it('detects Windows-1252 (Latin-1) and decodes umlauts', () => {
		const result = table(readCsv(textFile('a.csv', text, 'latin1')));
		expect(result.format.encoding).toBe('windows-1252');
		expect(result.rows[1]!.cells[1]).toBe('Großer Tiergarten');
	});

	it('reads UTF-16 from Excel’s “Unicode-Text” (tab separated)', () => {
		const utf16 = Buffer.from('\ufeff' + text.replaceAll(';', '\t'), 'utf16le');
		const result = table(readCsv({ name: 'a.txt', bytes: new Uint8Array(utf16) }));
		expect(result.format).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
		expect(result.rows[0]!.cells[1]).toBe('Stülerstraße');
	});

	it('reports mojibake (UTF-8 once read as Latin-1) with row, column and advice', () => {
		const result = readCsv(
			textFile('a.csv', 'Schluessel;Name\n01011101;StÃ¼lerstraÃŸe\n01011102;Tiergarten\n')
		);
		expect(codes(result)).toEqual([['import.encoding', 2, 'Name']]);
		expect(result.ok ? '' : result.problems[0]!.message).toMatch(/„Ã¼“ statt „ü“.*exportieren/);
	});

	it('reports lost umlauts (U+FFFD) as an encoding problem', () => {
		const result = readCsv(textFile('a.csv', 'Schluessel;Name\n01011101;St\ufffdlerstra\ufffde\n'));
		expect(codes(result)).toEqual([['import.encoding', 2, 'Name']]);
	});

	it('rejects a Latin-1 file forced as UTF-8, naming the line', () => {
		const result = readCsv(textFile('a.csv', text, 'latin1'), { encoding: 'utf-8' });
		expect(codes(result)).toEqual([['import.encoding', 1, null]]);
	});

	it('explains a UTF-8 file forced as Windows-1252', () => {
		const result = readCsv(textFile('a.csv', text), { encoding: 'windows-1252' });
		expect(codes(result)).toEqual([['import.encoding', 1, null]]);
		expect(result.ok ? '' : result.problems[0]!.message).toMatch(/UTF-8 kodiert.*„automatisch erkennen“/);
	});
});

describe('readCsv delimiters and quoting', () => {
	it('detects ; , tab and |', () => {
		for (const d of [';', ',', '\t', '|'] as const) {
			const result = table(readCsv(textFile('a.csv', `A${d}B${d}C\n1${d}2${d}3\n4${d}5${d}6\n`)));
			expect(result.format.delimiter).toBe(d);
			expect(result.rows[1]!.cells).toEqual(['4', '5', '6']);
		}
	});

	it('prefers ; over the decimal commas inside a German file', () => {
		const result = table(readCsv(textFile('a.csv', 'Schluessel;Anteil\n01011101;12,5\n01011102;3,25\n')));
		expect(result.format.delimiter).toBe(';');
		expect(result.rows[0]!.cells).toEqual(['01011101', '12,5']);
	});

	it('handles RFC 4180 quoting: doubled quotes, delimiters and line breaks inside quotes, CRLF', () => {
		const csv =
			'Name,Bemerkung,Wert\r\n"Kita ""Sonnenschein""","Hof, Garten\r\nund Keller","12,5"\r\nB,,3\r\n';
		const result = table(readCsv(textFile('a.csv', csv)));
		expect(result.rows).toEqual([
			{ line: 2, cells: ['Kita "Sonnenschein"', 'Hof, Garten\r\nund Keller', '12,5'] },
			{ line: 3, cells: ['B', '', '3'] }
		]);
	});

	it('reads old Mac line ends (CR only)', () => {
		expect(table(readCsv(textFile('a.csv', 'A;B\r1;2\r3;4'))).rows).toHaveLength(2);
	});

	it('reports a ; file read with a forced comma as a delimiter problem', () => {
		const result = readCsv(textFile('a.csv', 'Schluessel;Jahr;Wert\n01011101;2016;12,5\n'), {
			delimiter: ','
		});
		expect(codes(result)).toEqual([['import.delimiter', 1, null]]);
		expect(result.ok ? '' : result.problems[0]!.message).toMatch(/Semikolon/);
	});

	it('reports an unclosed quote where it begins', () => {
		const result = readCsv(textFile('a.csv', 'Code;Name\n01011101;"Stülerstraße\n01011102;Tiergarten\n'));
		expect(codes(result)).toEqual([['import.unclosed_quote', 2, 'Name']]);
	});

	it('ignores blank lines, lines of bare delimiters and trailing empty columns', () => {
		const result = table(readCsv(textFile('a.csv', 'A;B;\n1;2;\n\n;;\n3;4;\n\n\n')));
		expect(result.header).toEqual(['A', 'B']);
		expect(result.rows).toEqual([
			{ line: 2, cells: ['1', '2'] },
			{ line: 5, cells: ['3', '4'] }
		]);
	});
});

describe('readCsv errors', () => {
	it('reports an empty file and a header-only file', () => {
		expect(codes(readCsv(textFile('a.csv', '')))).toEqual([['import.empty_file', null, null]]);
		expect(codes(readCsv(textFile('a.csv', '\n\n  \n')))).toEqual([['import.empty_file', null, null]]);
		expect(codes(readCsv(textFile('a.csv', 'A;B;C\n\n')))).toEqual([['import.empty_file', 1, null]]);
	});

	it('reports a file over the limit with the limit in MB', () => {
		const result = readCsv(textFile('a.csv', 'A;B\n1;2\n'), { maxBytes: 4 });
		expect(codes(result)).toEqual([['import.too_large', null, null]]);
		const big = readCsv(
			{ name: 'b.csv', bytes: new Uint8Array(3 * 1024 * 1024) },
			{ maxBytes: 2 * 1024 * 1024 }
		);
		expect(big.ok ? '' : big.problems[0]!.message).toMatch(/3 MB groß; erlaubt sind höchstens 2 MB/);
	});

	it('reports duplicate and empty header names', () => {
		const result = readCsv(textFile('a.csv', 'Code;Jahr;Jahr;;Wert\n1;2;3;4;5\n'));
		expect(codes(result)).toEqual([
			['import.duplicate_column', 1, 'Jahr'],
			['import.duplicate_column', 1, 'Spalte 4']
		]);
	});

	it('reports each ragged row with its number, with advice on decimal commas', () => {
		const result = readCsv(
			textFile('a.csv', 'Code,Jahr,Anteil\n01011101,2016,"12,5"\n01011102,2016,13,2\n01011103,2016\n')
		);
		expect(codes(result)).toEqual([
			['import.ragged_row', 3, null],
			['import.ragged_row', 4, null]
		]);
		expect(result.ok ? '' : result.problems[0]!.message).toMatch(/Dezimalkomma/);
	});

	it('rejects binary data with NUL bytes and binary formats by their magic', () => {
		expect(codes(readCsv({ name: 'a.csv', bytes: new Uint8Array([65, 59, 66, 10, 0, 1, 2]) }))).toEqual([
			['import.unreadable', null, null]
		]);
		const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
		const result = readCsv({ name: 'daten.csv', bytes: xls });
		expect(result.ok ? '' : result.problems[0]!.message).toMatch(/\.xls.*\.xlsx/);
	});
});
