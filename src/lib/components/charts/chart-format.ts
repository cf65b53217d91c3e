import { formatDecimal, formatIsoDate } from '../../core/i18n/format';
import type { Locale } from '../../core/i18n/locale';

/**
 * Formatting shared by the charts: coefficients, signed deviations, dates of time series, and the
 * number format for axes. German numbers everywhere, also inside Plot (whose own format is English).
 */

const tags: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

/** A correlation coefficient with two decimals: 0,82 / −0,35. */
export function formatCorrelation(value: number, locale: Locale): string {
	return formatDecimal(value, locale, 2);
}

/** A regression coefficient with three significant digits (0,00345 / 12,3 / 1.230). */
export function formatCoefficient(value: number, locale: Locale): string {
	return new Intl.NumberFormat(tags[locale], { maximumSignificantDigits: 3 }).format(value);
}

/** A standard score with sign and two decimals: +1,25 / −0,40. */
export function formatZ(value: number, locale: Locale): string {
	return new Intl.NumberFormat(tags[locale], {
		minimumFractionDigits: 2,
		maximumFractionDigits: 2,
		signDisplay: 'exceptZero'
	}).format(value);
}

/** Axis ticks: plain German numbers, up to two decimals. */
export function axisNumber(locale: Locale): (value: number) => string {
	const format = new Intl.NumberFormat(tags[locale], { maximumFractionDigits: 2 });
	return (value) => format.format(value);
}

/** A Stichtag YYYY-MM-DD as a date at UTC midnight (for Plot's time scale), or null. */
export function isoDateToUtc(value: string): Date | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return null;
	return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** Back from UTC midnight to YYYY-MM-DD. */
export function utcToIsoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Time axis ticks: a year at 1 January, month and year on the first of a month, the full date otherwise. */
export function axisDate(locale: Locale): (date: Date) => string {
	const month = new Intl.DateTimeFormat(tags[locale], { month: 'short', year: 'numeric', timeZone: 'UTC' });
	return (date) => {
		if (date.getUTCDate() !== 1) return formatIsoDate(utcToIsoDate(date), locale);
		if (date.getUTCMonth() === 0) return String(date.getUTCFullYear());
		return month.format(date);
	};
}

/** The year of a Stichtag, for spoken summaries ("2010–2020"). */
export function yearOf(isoDate: string): string {
	return isoDate.slice(0, 4);
}

/** Plot's text settings: the page's font and a readable size. */
export const plotStyle = { fontFamily: 'inherit', fontSize: '12px', overflow: 'visible' } as const;

/**
 * The width to draw a chart with: the container's, but never less than its margins plus a minimum
 * plot area. A container that is still narrow (first layout, a small column) would otherwise give
 * Plot a negative range, and every bar a negative width (which the browser refuses, logging an error
 * per bar). The SVG scales down to its container (max-width: 100%).
 */
export function plotWidth(width: number, marginLeft: number, marginRight: number, minimum = 120): number {
	return Math.max(width, Math.ceil(marginLeft + marginRight + minimum));
}
