import { describe, expect, it } from 'vitest';
import { readTable } from './table';
import { fixture, textFile } from './test-files';

describe('readTable', () => {
	it('chooses XLSX by content, whatever the name', async () => {
		const xlsx = fixture('good/beobachtungen-lang.xlsx');
		const renamed = await readTable({ name: 'export.csv', bytes: xlsx.bytes });
		expect(renamed.ok && renamed.value.format.kind).toBe('xlsx');
	});

	it('reads CSV, also text exported under an .xls name', async () => {
		const csv = await readTable(fixture('good/beobachtungen-lang-1252.csv'));
		if (!csv.ok) throw new Error(JSON.stringify(csv.problems));
		expect(csv.value.format).toEqual({ kind: 'csv', encoding: 'windows-1252', delimiter: ';', bom: false });
		expect(csv.value.header[0]).toBe('Schlüssel');
		expect(csv.value.rows[0]!.cells).toEqual([
			'01011101',
			'31.12.2016',
			'einwohner',
			'3.114',
			'Stülerstraße'
		]);
		const tsv = await readTable(textFile('export.xls', 'Schlüssel\tWert\n01011101\t3114\n'));
		expect(tsv.ok && tsv.value.format).toMatchObject({ kind: 'csv', delimiter: '\t' });
	});

	it('reads the wide good CSV', async () => {
		const wide = await readTable(fixture('good/einwohner-kinder-breit.csv'));
		expect(wide.ok && [wide.value.header.length, wide.value.rows.length]).toEqual([13, 3]);
	});

	it('rejects old binary Excel with advice to save as .xlsx or CSV', async () => {
		const result = await readTable(fixture('bad/altes-excel-umbenannt.xlsx'));
		expect(result.ok ? '' : result.problems[0]!.message).toMatch(
			/\.xls.*„Excel-Arbeitsmappe \(\.xlsx\)“.*CSV/
		);
	});

	it('rejects text that claims to be .xlsx, and PDFs', async () => {
		const fake = await readTable(textFile('daten.xlsx', 'Schlüssel;Wert\n1;2\n'));
		expect(fake.ok ? [] : fake.problems.map((p) => p.code)).toEqual(['import.unreadable']);
		const pdf = await readTable(textFile('daten.csv', '%PDF-1.4\n%%EOF\n'));
		expect(pdf.ok ? '' : pdf.problems[0]!.message).toMatch(/PDF/);
	});

	it('checks the size before anything else', async () => {
		const result = await readTable(fixture('good/beobachtungen-lang.xlsx'), { maxBytes: 1024 });
		expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['import.too_large']);
	});
});
