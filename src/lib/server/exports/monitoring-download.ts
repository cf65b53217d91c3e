import { z } from 'zod';
import { valuesCsv } from '../../core/exports/values-csv';
import { getIndicator } from '../services/indicator.service';
import { cachedIndicatorValues } from '../values/value-cache';
import type { IndicatorValueSet } from '../values/indicator-values';
import { parseInput } from '../services/validation';
import { getDisclosureSettings, type DisclosureSettings } from '../services/disclosure.service';
import { disclosedIndicatorValues } from '../values/public-values';
import { valuesXlsx } from './values-xlsx';
import type { TenantContext } from '../services/tenant-context';

/**
 * The table of the monitoring workspace as a file: the values of one indicator on one layer at
 * one date, or at two dates for the change view. The numbers are the API's own (the same cached
 * sets as /api/v1/…/values) and unrounded, so that a file and the API never disagree.
 * Authorization is the value services' (data.read of the tenant). With `oeffentlich=ja` the file is
 * for publication: the values go through the tenant's disclosure rules, as on every public path.
 */

const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT' });
const code = (missing: string) =>
	z.string({ error: missing }).trim().min(1, missing).max(100, 'höchstens 100 Zeichen');

/** The query as the monitoring page's URL names it (state params of view-state.ts). */
export const downloadRequest = z.object({
	indikator: code('Bitte geben Sie den Indikator an.'),
	ebene: code('Bitte geben Sie die Raumebene an.'),
	/** Default: the latest date with data. */
	datum: isoDate.optional(),
	/** The earlier date of the change view: the file then holds both dates, the earlier first. */
	seit: isoDate.optional(),
	format: z.enum(['csv', 'xlsx'], { error: 'Dateiformat csv oder xlsx' }).default('csv'),
	/** "ja": for publication, through the tenant's disclosure rules (values/public-values.ts). */
	oeffentlich: z.enum(['ja'], { error: 'oeffentlich=ja oder nichts' }).optional()
});

export interface DownloadFile {
	filename: string;
	contentType: string;
	// Backed by an ArrayBuffer, as a Response body must be.
	body: string | Uint8Array<ArrayBuffer>;
}

const contentTypes = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
} as const;

/** Query parameters as an object; an empty field (`datum=` from a form) counts as not given. */
function paramsOf(query: URLSearchParams): Record<string, string> {
	const input: Record<string, string> = {};
	for (const name of ['indikator', 'ebene', 'datum', 'seit', 'format', 'oeffentlich']) {
		const value = query.get(name)?.trim();
		if (value) input[name] = value;
	}
	return input;
}

/** `<indikator>_<ebene>_<datum>[_<datum>]`, in characters every file system and browser accepts. */
export function downloadName(sets: readonly IndicatorValueSet[], extension: string): string {
	const first = sets[0]!;
	const dates = sets.map((s) => s.date).filter((d) => d !== '');
	const parts = [first.indicator.code, first.layer.code, ...(dates.length > 0 ? dates : ['ohne-daten'])];
	return `${parts.join('_').replace(/[^\w.-]/g, '-')}.${extension}`;
}

/** The values the query asks for, earlier date first; the same date twice is written once. */
async function valueSets(
	tc: TenantContext,
	request: z.output<typeof downloadRequest>
): Promise<IndicatorValueSet[]> {
	const ask = (date: string | undefined) =>
		cachedIndicatorValues(tc, { indicator: request.indikator, layer: request.ebene, date });
	const main = await ask(request.datum);
	const sets =
		!request.seit || request.seit === main.date
			? [main]
			: [await ask(request.seit), main].sort((a, b) => a.date.localeCompare(b.date));
	if (!request.oeffentlich) return sets;
	const disclosed: IndicatorValueSet[] = [];
	for (const set of sets)
		disclosed.push(
			set.date === ''
				? set
				: await disclosedIndicatorValues(tc, {
						indicator: request.indikator,
						layer: request.ebene,
						date: set.date
					})
		);
	return disclosed;
}

/** The rules a file for publication went through, in words for its notes. */
function disclosureNote(rules: DisclosureSettings): string {
	return rules.method === 'round'
		? `alle Zählwerte auf Vielfache von ${rules.roundingBase} gerundet, Quoten aus den gerundeten Zahlen.`
		: `Fallzahlen unter ${rules.minimumCount} und die Werte, aus denen sie sich errechnen ließen, sind gesperrt („.“).`;
}

export async function monitoringDownload(tc: TenantContext, query: URLSearchParams): Promise<DownloadFile> {
	const request = parseInput(downloadRequest, paramsOf(query));
	const sets = await valueSets(tc, request);
	const filename = downloadName(sets, request.format).replace(
		/(\.\w+)$/,
		request.oeffentlich ? '_oeffentlich$1' : '$1'
	);
	if (request.format === 'csv') {
		return { filename, contentType: contentTypes.csv, body: valuesCsv(sets, { rounded: false }) };
	}
	const sheet = await getIndicator(tc, request.indikator);
	const metadata = sheet.definition.metadata;
	const body = await valuesXlsx(sets, {
		tenant: tc.tenant.slug,
		provenance: {
			definition: metadata.definition,
			source: metadata.source,
			licence: metadata.licence,
			interpretation: metadata.interpretation,
			disclosureRule: metadata.disclosureRule,
			variableSources: sheet.variables.flatMap((v) => (v.source ? [v.source] : []))
		},
		downloadedAt: tc.now,
		disclosure: request.oeffentlich ? disclosureNote(await getDisclosureSettings(tc)) : null
	});
	return { filename, contentType: contentTypes.xlsx, body };
}
