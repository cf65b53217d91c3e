import { formatIsoDate } from '../../core/i18n/format';
import type { Locale } from '../../core/i18n/locale';
import type { MeasureDetail } from '../services/measure.service';
import { periodText } from './measure-overview';

type Amount = number | null;

/** Adds amounts where any is known; null when none is. */
function sum(values: Amount[]): Amount {
	const known = values.filter((v): v is number => v !== null);
	return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

export interface BudgetYear {
	year: number;
	lines: {
		source: string;
		programme: string;
		planned: Amount;
		approved: Amount;
		spent: Amount;
		note: string | null;
	}[];
	total: { planned: Amount; approved: Amount; spent: Amount };
}

/** The budget lines grouped by year with a total per year and over all years. */
export function budgetByYear(lines: MeasureDetail['budget']) {
	const years = new Map<number, BudgetYear>();
	for (const l of lines) {
		let y = years.get(l.year);
		if (!y) {
			y = { year: l.year, lines: [], total: { planned: null, approved: null, spent: null } };
			years.set(l.year, y);
		}
		y.lines.push({
			source: l.source,
			programme: l.programme,
			planned: l.planned,
			approved: l.approved,
			spent: l.spent,
			note: l.note
		});
	}
	const list = [...years.values()].sort((a, b) => a.year - b.year);
	for (const y of list) {
		y.total = {
			planned: sum(y.lines.map((l) => l.planned)),
			approved: sum(y.lines.map((l) => l.approved)),
			spent: sum(y.lines.map((l) => l.spent))
		};
	}
	const total = {
		planned: sum(lines.map((l) => l.planned)),
		approved: sum(lines.map((l) => l.approved)),
		spent: sum(lines.map((l) => l.spent))
	};
	return { years: list, total };
}

/**
 * A measure's page: its facts, links, budget per year with totals, milestones (overdue ones named as
 * such: due before `today` and not reached) and the output figures reported.
 */
export function measureDetailPage(detail: MeasureDetail, today: string, locale: Locale) {
	const { measure: m, links } = detail;
	return {
		measure: {
			code: m.code,
			title: m.title,
			description: m.description,
			status: m.status,
			period: periodText(m.periodStart, m.periodEnd, locale),
			leadDepartmentName: m.leadDepartmentName,
			lifePhases: m.lifePhases,
			targetGroups: m.targetGroups
		},
		goals: links.goals.map((g) => ({ code: g.code, title: g.title })),
		units: links.units.map((u) => ({ code: u.code, name: u.name, layerName: u.layerName })),
		partners: links.partners.map((p) => p.name),
		providers: links.providers.map((p) => p.name),
		facilities: links.facilities.map((f) => ({ code: f.code, name: f.name })),
		budget: budgetByYear(detail.budget),
		milestones: detail.milestones
			.map((s) => ({
				id: s.id,
				title: s.title,
				dueOn: s.dueOn,
				due: formatIsoDate(s.dueOn, locale),
				done: s.doneOn ? formatIsoDate(s.doneOn, locale) : null,
				overdue: !s.doneOn && s.dueOn < today
			}))
			.sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
		outputs: detail.outputs
			.map((o) => ({
				figure: o.figure,
				periodStart: o.periodStart,
				period: periodText(o.periodStart, o.periodEnd, locale) ?? '',
				value: o.value,
				reportedBy: o.reportedBy
			}))
			.sort((a, b) => a.figure.localeCompare(b.figure, locale) || a.periodStart.localeCompare(b.periodStart))
	};
}
export type MeasureDetailPage = ReturnType<typeof measureDetailPage>;
