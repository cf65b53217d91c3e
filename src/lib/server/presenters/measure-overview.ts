import { formatIsoDate } from '../../core/i18n/format';
import type { Locale } from '../../core/i18n/locale';
import { isMeasureFiltered, measureMatches, type MeasureListQuery } from '../../core/planning/measure-view';
import type { MeasureListItem } from '../repositories/measure.repository';

/** One row of the measures list: number, title, status, lead department, goals, period, areas. */
export interface MeasureOverviewRow {
	code: string;
	title: string;
	status: string;
	leadDepartmentName: string | null;
	goalCodes: string[];
	/** The period in words of the locale ("01.01.2025 – 31.12.2027"); null without dates. */
	period: string | null;
	unitCount: number;
}

/** A measure's period as one text; an open end or start is shown as a dash. */
export function periodText(start: string | null, end: string | null, locale: Locale): string | null {
	if (!start && !end) return null;
	return `${start ? formatIsoDate(start, locale) : '…'} – ${end ? formatIsoDate(end, locale) : '…'}`;
}

/**
 * The measures list's view: the measures the user may see (the service already left out what a
 * Träger does not run), filtered by the GET form, in the order of their numbers.
 */
export function measureOverviewPage(
	measures: MeasureListItem[],
	departments: { id: string; name: string }[],
	query: MeasureListQuery,
	locale: Locale
) {
	const collator = new Intl.Collator(locale, { numeric: true });
	const rows: MeasureOverviewRow[] = measures
		.filter((m) => measureMatches(m, query))
		.sort((a, b) => collator.compare(a.code, b.code))
		.map((m) => ({
			code: m.code,
			title: m.title,
			status: m.status,
			leadDepartmentName: m.leadDepartmentName,
			goalCodes: m.goalCodes,
			period: periodText(m.periodStart, m.periodEnd, locale),
			unitCount: m.unitCount
		}));
	return {
		measures: rows,
		total: measures.length,
		filtered: isMeasureFiltered(query),
		query,
		departments: departments.map((d) => ({ id: d.id, name: d.name }))
	};
}
export type MeasureOverviewPage = ReturnType<typeof measureOverviewPage>;
