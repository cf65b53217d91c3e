import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../types';
import { readXlsx } from './xlsx';
import { fixture } from './test-files';

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<InputFile> {
	const book = new ExcelJS.Workbook();
	build(book);
	return { name: 'test.xlsx', bytes: new Uint8Array(await book.xlsx.writeBuffer()) };
}

describe('readXlsx', () => {
	it('reads the good long workbook as a person sees it', async () => {
		const result = await readXlsx(fixture('good/beobachtungen-lang.xlsx'));
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		expect(result.value.format).toEqual({ kind: 'xlsx', sheet: 'Kinder 2016' });
		expect(result.value.header).toEqual(['Schlüssel', 'Stichtag', 'Merkmal', 'Wert']);
		expect(result.value.rows).toEqual([
			{ line: 2, cells: ['01011101', '2016-12-31', 'einwohner', '3114'] },
			// A code stored as a number, shown with the format 00000000, keeps its leading zero.
			{ line: 3, cells: ['01011102', '2016-12-31', 'einwohner', '192'] },
			// Rich text as plain text.
			{ line: 4, cells: ['01011103', '2016-12-31', 'kinder_0_3', '146'] },
			// A formula as its cached result.
			{ line: 5, cells: ['01011101', '2016-12-31', 'kinder_0_3', '44'] },
			// 0.1 + 0.2 as Excel shows it, with 15 significant digits.
			{ line: 6, cells: ['01011102', '2016-12-31', 'anteil_kinder', '0.3'] }
		]);
	});

	it('reads a named sheet, keeps Excel row numbers and skips empty rows', async () => {
		const file = await workbook((book) => {
			book.addWorksheet('Hinweise').addRow(['Quelle: Amt für Statistik']);
			const sheet = book.addWorksheet('Daten');
			sheet.addRow(['Schlüssel', 'Wert', 'Bemerkung']);
			sheet.addRow(['01011101', 4.98, true]);
			sheet.addRow([]);
			sheet.addRow(['01011102', { formula: 'A1', result: { error: '#N/A' } }, '']);
			sheet.getCell('A7').value = '';
		});
		const result = await readXlsx(file, { sheet: 'Daten' });
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		expect(result.value.rows).toEqual([
			{ line: 2, cells: ['01011101', '4.98', 'WAHR'] },
			{ line: 4, cells: ['01011102', '#N/A', ''] }
		]);
	});

	it('names the sheets when the chosen one does not exist', async () => {
		const result = await readXlsx(fixture('bad/xlsx-unbekanntes-blatt.xlsx'), { sheet: 'Daten 2016' });
		expect(result.ok ? [] : result.problems.map((p) => [p.code, p.message])).toEqual([
			['import.unknown_sheet', expect.stringContaining('„Tabelle1“, „Erläuterungen“')]
		]);
	});

	it('reports an empty sheet, a header-only sheet and values beyond the header', async () => {
		const empty = await readXlsx(await workbook((book) => book.addWorksheet('Leer')));
		expect(empty.ok ? [] : empty.problems.map((p) => p.code)).toEqual(['import.empty_file']);
		const headerOnly = await readXlsx(
			await workbook((book) => book.addWorksheet('A').addRow(['Schlüssel', 'Wert']))
		);
		expect(headerOnly.ok ? [] : headerOnly.problems.map((p) => [p.code, p.row])).toEqual([
			['import.empty_file', 1]
		]);
		const beyond = await readXlsx(
			await workbook((book) => {
				const sheet = book.addWorksheet('A');
				sheet.addRow(['Schlüssel', 'Wert']);
				sheet.addRow(['01011101', 1, null, 'Notiz']);
			})
		);
		expect(beyond.ok ? [] : beyond.problems.map((p) => [p.code, p.row, p.column])).toEqual([
			['import.ragged_row', 2, 'D']
		]);
	});

	it('reports duplicate and empty header names with column letters', async () => {
		const result = await readXlsx(
			await workbook((book) => {
				const sheet = book.addWorksheet('A');
				sheet.addRow(['Schlüssel', 'Wert', null, 'Wert']);
				sheet.addRow(['01011101', 1, 2, 3]);
			})
		);
		expect(result.ok ? [] : result.problems.map((p) => [p.code, p.row, p.column])).toEqual([
			['import.duplicate_column', 1, 'Spalte C'],
			['import.duplicate_column', 1, 'Wert']
		]);
	});

	it('rejects what is not a workbook: old .xls, HTML, another zip, a broken zip', async () => {
		for (const name of ['bad/altes-excel-umbenannt.xlsx', 'bad/html-als-xls.xls']) {
			const result = await readXlsx(fixture(name));
			expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['import.unreadable']);
		}
		const docx = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
		const notExcel = await readXlsx({ name: 'brief.xlsx', bytes: docx });
		expect(notExcel.ok ? [] : notExcel.problems.map((p) => p.code)).toEqual(['import.unreadable']);
		const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
		const result = await readXlsx({ name: 'kaputt.xlsx', bytes: broken });
		expect(result.ok ? [] : result.problems.map((p) => [p.code, p.message])).toEqual([
			['import.unreadable', expect.stringMatching(/keine gültige Excel-Arbeitsmappe/)]
		]);
	});
});
