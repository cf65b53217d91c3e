import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sample } from '../../core/exports/test-values';
import type { ExportValueSet } from '../../core/exports/value-set';
import { valuesCsvHeader } from '../../core/exports/values-csv';
import { prepareObservations } from '../importers/observation-import';
import { readXlsx } from '../importers/readers/xlsx';
import { decimalFormat, notesOf, valuesXlsx, type ValuesWorkbookInfo } from './values-xlsx';

/** The sample a year earlier, with other numbers, for the two-date file of the change view. */
const earlier: ExportValueSet = {
	...sample,
	date: '2015-12-31',
	values: sample.values.map((v, i) => ({ ...v, value: v.value === null ? null : v.value / (i + 2) }))
};
const info: ValuesWorkbookInfo = {
	tenant: 'stadt',
	provenance: { source: 'Amt für Statistik', licence: 'dl-de/by-2.0', variableSources: ['nicht diese'] },
	downloadedAt: new Date('2026-11-22T13:04:05Z')
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(Buffer.from(bytes) as never);
	return book;
}

function rowValues(sheet: ExcelJS.Worksheet, line: number): unknown[] {
	const values = sheet.getRow(line).values as unknown[];
	// exceljs puts column 1 at index 1; fill to the full width so that empty cells show as undefined.
	return Array.from({ length: valuesCsvHeader.length }, (_, i) => values[i + 1]);
}

describe('valuesXlsx', () => {
	it('writes the CSV header, bold and frozen, with a filter', async () => {
		const sheet = (await load(await valuesXlsx([sample], info))).getWorksheet('Werte')!;
		expect(rowValues(sheet, 1)).toEqual([...valuesCsvHeader]);
		expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(sheet.autoFilter).toBeTruthy();
		for (let c = 1; c <= valuesCsvHeader.length; c++) {
			const width = sheet.getColumn(c).width!;
			expect(width).toBeGreaterThanOrEqual(8);
			expect(width).toBeLessThanOrEqual(60);
		}
		// The name column is wide enough for „Nord; Süd“ and the header „Name“.
		expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual('Nord; Süd'.length);
	});

	it('stores the numbers unrounded as numbers, dates as dates, a missing value as an empty cell', async () => {
		const sheet = (await load(await valuesXlsx([earlier, sample], info))).getWorksheet('Werte')!;
		expect(sheet.rowCount).toBe(1 + 6);
		// Earlier date first, as the sets were given; every value equal to the set's number exactly.
		const sets = [earlier, sample];
		let line = 2;
		for (const set of sets) {
			for (const v of set.values) {
				const cells = rowValues(sheet, line);
				expect(cells[0]).toBe('anteil_u1');
				expect(cells[1]).toBe(v.code);
				expect(cells[3]).toEqual(new Date(`${set.date}T00:00:00Z`));
				expect(cells[4]).toBe(v.value === null ? undefined : v.value);
				expect(cells[8]).toBe(v.covered);
				expect(cells[9]).toBe(v.total);
				expect(cells[10]).toBe(v.numerator ?? undefined);
				expect(cells[11]).toBe(v.denominator ?? undefined);
				const row = sheet.getRow(line);
				expect(row.getCell(4).numFmt).toBe('dd.mm.yyyy');
				expect(row.getCell(5).numFmt).toBe('#,##0.00');
				line++;
			}
		}
		const mitte = rowValues(sheet, 5);
		expect(mitte[4]).toBe((3899 / 371407) * 100);
		expect(mitte.slice(5, 8)).toEqual(['%', 'vollständig', 100]);
		// Not 0, not text: nothing at all, with the status saying why.
		const missing = sheet.getRow(7);
		expect(missing.getCell(5).value).toBeNull();
		expect(missing.getCell(5).type).toBe(ExcelJS.ValueType.Null);
		expect(missing.getCell(7).value).toBe('fehlt');
		// No CSV-style apostrophe: a string cell is never a formula in a workbook.
		expect(missing.getCell(3).value).toBe('=Formel');
		expect(missing.getCell(3).type).toBe(ExcelJS.ValueType.String);
		// Coverage in percent with one place.
		expect(sheet.getRow(6).getCell(8).value).toBeCloseTo(66.6667, 3);
		expect(sheet.getRow(6).getCell(8).numFmt).toBe('0.0');
	});

	it('re-imports as a long table: same units, dates and values, missing ones skipped', async () => {
		const bytes = await valuesXlsx([earlier, sample], info);
		const read = await readXlsx({ name: 'werte.xlsx', bytes });
		if (!read.ok) throw new Error(JSON.stringify(read.problems));
		expect(read.value.format).toEqual({ kind: 'xlsx', sheet: 'Werte' });
		// Codes stay text, leading zeros kept.
		expect(read.value.rows.map((r) => r.cells[1])).toEqual(['01', '02', '03', '01', '02', '03']);
		const { parsed, problems } = await prepareObservations({
			layer: 'bezirk',
			files: [{ name: 'werte.xlsx', bytes }],
			format: 'long',
			options: { variable: 'anteil_u1' }
		});
		expect(problems.list()).toEqual([]);
		expect(parsed.count).toBe(4);
		expect(parsed.missing).toBe(2);
		expect(parsed.variableCodes).toEqual(['anteil_u1']);
		const imported = Array.from({ length: parsed.count }, (_, i) => [
			parsed.unitCodes[parsed.unit[i]!],
			parsed.dates[parsed.date[i]!],
			parsed.value[i]
		]);
		const expected = [earlier, sample].flatMap((set) =>
			set.values.filter((v) => v.value !== null).map((v) => [v.code, set.date, v.value!])
		);
		expect(imported.map(([u, d]) => [u, d])).toEqual(expected.map(([u, d]) => [u, d]));
		// The reader reads numbers as Excel shows them, with 15 significant digits.
		imported.forEach(([, , value], i) => expect(value).toBeCloseTo(expected[i]![2] as number, 12));
	});

	it('explains the numbers on a second sheet', async () => {
		const book = await load(await valuesXlsx([earlier, sample], info));
		expect(book.worksheets.map((s) => s.name)).toEqual(['Werte', 'Hinweise']);
		const notes = new Map<string, string>();
		book.getWorksheet('Hinweise')!.eachRow((row) => {
			notes.set(String(row.getCell(1).value), String(row.getCell(2).value));
		});
		expect(notes.get('Indikator')).toBe('Anteil unter 1 Jahr (anteil_u1)');
		expect(notes.get('Maßeinheit')).toBe('%');
		expect(notes.get('Raumebene')).toBe('Bezirk (bezirk)');
		expect(notes.get('Stichtage')).toBe('31.12.2015, 31.12.2016');
		// The indicator's own source wins over its variables' sources.
		expect(notes.get('Quelle')).toBe('Amt für Statistik');
		expect(notes.get('Lizenz')).toBe('dl-de/by-2.0');
		expect(notes.get('Werte')).toContain(
			'/api/v1/tenants/stadt/indicators/anteil_u1/values?layer=bezirk&date=2015-12-31'
		);
		expect(notes.get('Werte')).toContain('2 Nachkommastellen');
		// In the town hall's time zone: 13:04 UTC is 14:04 in Berlin in November.
		expect(notes.get('Heruntergeladen am')).toBe('22.11.2026, 14:04:05');
		expect(notes.has('Definition')).toBe(false);
	});

	it('names the variables’ sources when the indicator has none, and says when there is no data', () => {
		const lines = new Map(
			notesOf([{ ...sample, date: '' }], { ...info, provenance: { variableSources: ['A', 'B', 'A'] } })
		);
		expect(lines.get('Quelle')).toBe('A; B');
		expect(lines.get('Stichtag')).toBe('noch keine Daten');
		expect(notesOf([], info)).toEqual([]);
	});

	it('formats values with the indicator’s decimals', () => {
		expect(decimalFormat(0)).toBe('#,##0');
		expect(decimalFormat(1)).toBe('#,##0.0');
		expect(decimalFormat(3)).toBe('#,##0.000');
	});
});
