import { formatDecimal, formatIsoDate } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/translate';
import type { RatingReason } from './goal-check';

/** How the indicator's values are written: its unit label ("%", "Plätze je 100 Kinder") and decimals. */
export interface ValueUnit {
	label: string;
	decimals: number;
}

/** A difference of the indicator's values in words: a difference of percentages is in percentage points. */
export function differenceText(locale: Locale, gap: number, unit: ValueUnit): string {
	const count = formatDecimal(Math.abs(gap), locale, unit.decimals);
	if (unit.label.trim() === '%') return t(locale, 'planning.unit.percentagePoints', { count });
	return unit.label ? `${count} ${unit.label}` : count;
}

/** The reason of a rating as one sentence ("Bei gleichbleibendem Trend wird der Zielwert 2028 um 3,1 Prozentpunkte verfehlt."). */
export function ratingReasonText(locale: Locale, reason: RatingReason, unit: ValueUnit): string {
	switch (reason.code) {
		case 'no_values':
			return t(locale, 'planning.reason.no_values');
		case 'reached':
			return t(locale, 'planning.reason.reached', { date: formatIsoDate(reason.date, locale) });
		case 'single_value':
			return t(locale, 'planning.reason.single_value', { date: formatIsoDate(reason.date, locale) });
		case 'deadline_missed':
			return t(locale, 'planning.reason.deadline_missed', { gap: differenceText(locale, reason.gap, unit) });
		case 'projected': {
			const year = reason.targetDate.slice(0, 4);
			// A miss too small to show at the indicator's decimals is no miss in words either.
			const shown = Number(Math.abs(reason.gap).toFixed(unit.decimals));
			if (reason.gap <= 0 || shown === 0) return t(locale, 'planning.reason.projected_reach', { year });
			return t(locale, 'planning.reason.projected_miss', {
				year,
				gap: differenceText(locale, reason.gap, unit)
			});
		}
	}
}
