import { formatNumber } from './format';
import type { Locale } from './locale';
import { plural } from './plural';

/**
 * An age band as official statistics word it, the upper age exclusive: "unter 1 Jahr",
 * "1 bis unter 2 Jahre", "65 Jahre und älter" (never "0–<1 Jahren"). Null means open on that
 * side; with both open there is no band (null).
 */
export function formatAgeRange(from: number | null, to: number | null, locale: Locale): string | null {
	const n = (value: number) => formatNumber(value, locale);
	const de = locale === 'de';
	const years = (value: number) => (de ? plural(value, 'Jahr', 'Jahre') : plural(value, 'year', 'years'));
	const lower = from === null || from <= 0 ? null : from;
	if (lower === null && to === null) return from === 0 ? (de ? 'jedes Alter' : 'any age') : null;
	if (to === null)
		return de ? `${n(lower!)} ${years(lower!)} und älter` : `${n(lower!)} ${years(lower!)} and over`;
	if (lower === null) return de ? `unter ${n(to)} ${years(to)}` : `under ${n(to)} ${years(to)}`;
	return de ? `${n(lower)} bis unter ${n(to)} ${years(to)}` : `${n(lower)} to under ${n(to)} ${years(to)}`;
}
