import type { Locale } from './locale';

/** Times are shown as they are on the clocks in the town hall. */
export const displayTimeZone = 'Europe/Berlin';

const tags: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

export function formatDateTime(value: Date | string, locale: Locale): string {
	const date = typeof value === 'string' ? new Date(value) : value;
	if (Number.isNaN(date.getTime())) return String(value);
	return new Intl.DateTimeFormat(tags[locale], {
		dateStyle: 'medium',
		timeStyle: 'medium',
		timeZone: displayTimeZone
	}).format(date);
}

export function formatNumber(value: number, locale: Locale): string {
	return new Intl.NumberFormat(tags[locale]).format(value);
}

/** ISO timestamps as written into JSON (audit before/after), e.g. 2026-11-21T19:56:18.123Z. */
export function isIsoTimestamp(value: unknown): value is string {
	return (
		typeof value === 'string' &&
		/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)
	);
}

/** A value with a fixed number of decimals, as an indicator states them (12,50 in German). */
export function formatDecimal(value: number, locale: Locale, decimals: number): string {
	return new Intl.NumberFormat(tags[locale], {
		minimumFractionDigits: decimals,
		maximumFractionDigits: decimals
	}).format(value);
}

/** A calendar date given as YYYY-MM-DD (a Stichtag), without any time zone shift: 31.12.2016. */
export function formatIsoDate(value: string, locale: Locale): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return value;
	const [, year, month, day] = match;
	return locale === 'de' ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}
