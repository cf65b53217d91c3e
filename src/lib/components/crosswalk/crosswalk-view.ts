import { parseDate } from '../../core/data/dates';
import { formatDecimal } from '../../core/i18n/format';
import type { Locale } from '../../core/i18n/locale';

/** Small pure helpers of the crosswalk pages: date fields, the searched and paged weight list, shares. */

/**
 * A date field as typed by a planner (31.12.2016 or 2016-12-31): ISO when it is a date, null
 * when empty, `invalid` otherwise, so the page can say so next to the field.
 */
export function dateField(raw: string | null | undefined): { iso: string | null; invalid: boolean } {
	const text = (raw ?? '').trim();
	if (text === '') return { iso: null, invalid: false };
	const parsed = parseDate(text);
	return parsed.kind === 'date' ? { iso: parsed.iso, invalid: false } : { iso: null, invalid: true };
}

export interface WeightRow {
	source: string;
	sourceName: string;
	target: string;
	targetName: string;
	weight: number;
}

export interface WeightPage {
	rows: WeightRow[];
	/** Rows matching the search, over all pages. */
	matching: number;
	page: number;
	pages: number;
}

/** The weights whose source or target code or name contains the search (any case), one page of them. */
export function weightPage(
	weights: readonly WeightRow[],
	search: string,
	page: number,
	pageSize: number
): WeightPage {
	const needle = search.trim().toLocaleLowerCase('de');
	const matching = needle
		? weights.filter((w) =>
				[w.source, w.sourceName, w.target, w.targetName].some((text) =>
					text.toLocaleLowerCase('de').includes(needle)
				)
			)
		: weights;
	const pages = Math.max(1, Math.ceil(matching.length / pageSize));
	const current = Math.min(Math.max(1, Number.isSafeInteger(page) ? page : 1), pages);
	return {
		rows: matching.slice((current - 1) * pageSize, current * pageSize),
		matching: matching.length,
		page: current,
		pages
	};
}

/** A share (0…1) as a German percentage with a fixed number of decimals: 0.375 → "37,50". */
export function percent(share: number, locale: Locale, decimals = 2): string {
	return formatDecimal(share * 100, locale, decimals);
}

/** A stored crosswalk as the list shows it. */
export interface CrosswalkItem {
	id: string;
	fromName: string;
	toName: string;
	method: 'areal' | 'population';
	weightVariable: string | null;
	weightLayer: string | null;
	date: string;
	computedAt: string;
	computedBy: string;
	sourceUnits: number;
	sourcesCovered: number;
	targetsNotCovered: number;
}
