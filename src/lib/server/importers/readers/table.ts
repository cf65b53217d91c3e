import { problem } from '../../../core/imports/problems';
import type { InputFile, ReadResult, Table } from '../types';
import { readCsv, type CsvOptions } from './csv';
import { extensionOf, notATable, sniff, tooLarge } from './sniff';
import { readXlsx, type XlsxOptions } from './xlsx';

export type TableOptions = CsvOptions & XlsxOptions;

/**
 * Reads a table from CSV or XLSX. The content decides (a zip is a workbook, whatever its name);
 * the name only tells a workbook that is not a zip (broken, or something else renamed) apart.
 */
export async function readTable(file: InputFile, options: TableOptions = {}): Promise<ReadResult<Table>> {
	const large = tooLarge(file, options.maxBytes);
	if (large) return { ok: false, problems: [large] };
	const kind = sniff(file.bytes);
	const foreign = notATable(file, kind);
	if (foreign) return { ok: false, problems: [foreign] };
	if (kind === 'zip') return readXlsx(file, options);
	const extension = extensionOf(file.name);
	if ((extension === 'xlsx' || extension === 'xlsm') && file.bytes.length > 0) {
		const message =
			'Die Datei heißt .xlsx, ist aber keine Excel-Arbeitsmappe (vermutlich umbenannt oder beschädigt). Bitte öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie als „Excel-Arbeitsmappe (.xlsx)“ oder als CSV.';
		return { ok: false, problems: [problem('import.unreadable', { file: file.name }, message)] };
	}
	// Text under an .xls name (some systems export so) is read as what it is: CSV.
	return readCsv(file, options);
}
