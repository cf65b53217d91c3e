import { z } from 'zod';
import { germanCsv } from '../../core/exports/german-csv';
import { indexResultTable } from '../../core/index/result-table';
import { computeCompositeIndex, indexInputDates } from '../values/composite-index';
import { parseInput } from '../services/validation';
import type { DownloadFile } from './monitoring-download';
import type { TenantContext } from '../services/tenant-context';

/**
 * The Sozialindex table of one date as a CSV file for German Excel: the same columns as
 * `querschnitt index compute` (core/index/result-table.ts), class codes with their labels beside
 * them, numbers unrounded. Computed like the CLI does it, from the observations at that date.
 */
export const indexDownloadRequest = z.object({
	index: z.string({ error: 'Bitte geben Sie den Index an.' }).trim().min(1).max(100),
	/** Default: the latest date at which every status indicator has values. */
	datum: z.iso.date({ error: 'Datum im Format JJJJ-MM-TT' }).optional()
});

export async function indexDownload(tc: TenantContext, query: URLSearchParams): Promise<DownloadFile> {
	const input: Record<string, string> = {};
	for (const name of ['index', 'datum']) {
		const value = query.get(name)?.trim();
		if (value) input[name] = value;
	}
	const request = parseInput(indexDownloadRequest, input);
	const date = request.datum ?? (await indexInputDates(tc, request.index)).at(-1);
	const filename = `${request.index}_${date ?? 'ohne-daten'}.csv`.replace(/[^\w.-]/g, '-');
	if (!date) return { filename, contentType: 'text/csv; charset=utf-8', body: germanCsv(['Schlüssel'], []) };
	const computed = await computeCompositeIndex(tc, request.index, { date });
	const { header, rows } = indexResultTable(computed.definition, computed.units, computed.result);
	return { filename, contentType: 'text/csv; charset=utf-8', body: germanCsv(header, rows) };
}
