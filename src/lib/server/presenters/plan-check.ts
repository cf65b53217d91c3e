import { formatDecimal, formatIsoDate, formatNumber } from '../../core/i18n/format';
import type { Locale } from '../../core/i18n/locale';
import { t } from '../../core/i18n/translate';
import type { Rating } from '../../core/planning/goal-check';
import type { PlanCheck } from '../../core/planning/plan-check';
import { ratingReasonText, type ValueUnit } from '../../core/planning/rating-reason';
import type { GoalCheckResult } from '../values/goal-check';

/**
 * The plan check page (`/steuerung/pruefung`): the checks of `values/plan-check.ts` at a Stichtag
 * and the goals that the overview rates at risk or off track, each section ready to show as a
 * table with its count; amounts, shares and overruns in words.
 */

/** The ratings the page names: the worst first. */
const alarming: readonly Rating[] = ['off_track', 'at_risk'];

/** The Stichtag of the GET form: empty is today; anything but a real calendar date is refused. */
export function stichtagOf(
	raw: string | null,
	today: string,
	locale: Locale
): { date: string; value: string; error: string | null; isToday: boolean } {
	const value = (raw ?? '').trim();
	if (value === '') return { date: today, value: today, error: null, isToday: true };
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	const valid =
		match !== null &&
		new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
			.toISOString()
			.slice(0, 10) === value;
	if (!valid)
		return { date: today, value, error: t(locale, 'planCheck.form.invalid', { value }), isToday: false };
	return { date: value, value, error: null, isToday: value === today };
}

const euro = (amount: number, locale: Locale) => `${formatDecimal(amount, locale, 2)} €`;
const percent = (share: number | null, locale: Locale) =>
	share === null ? '–' : `${formatDecimal(share * 100, locale, 1)} %`;

export interface PlanCheckSources {
	check: PlanCheck;
	goals: GoalCheckResult[];
	/** The indicators' units and decimals, by code, for the reasons in words. */
	units: Map<string, ValueUnit>;
	/** Whether any social index has a computed date (without one, units of greatest need are unknown). */
	needKnown: boolean;
}

export function planCheckPage(sources: PlanCheckSources, date: string, locale: Locale) {
	const collator = new Intl.Collator(locale, { numeric: true });
	const { check } = sources;

	const goals = sources.goals
		.filter((g) => g.scope !== null && alarming.includes(g.scope.rating))
		.map(({ goal, scope }) => ({
			code: goal.code,
			title: goal.title,
			rating: scope!.rating,
			reason: ratingReasonText(
				locale,
				scope!.reason,
				sources.units.get(goal.indicatorCode ?? '') ?? { label: '', decimals: 2 }
			),
			indicatorName: goal.indicatorName,
			ownerDepartmentName: goal.ownerDepartmentName
		}))
		.sort(
			(a, b) => alarming.indexOf(a.rating) - alarming.indexOf(b.rating) || collator.compare(a.code, b.code)
		);

	const milestones = check.overdueMilestones.map((m) => ({
		measureCode: m.measure.code,
		measureTitle: m.measure.title,
		title: m.title,
		dueOn: m.dueOn,
		due: formatIsoDate(m.dueOn, locale),
		daysOverdue: m.daysOverdue,
		daysOverdueText: formatNumber(m.daysOverdue, locale)
	}));

	// Per year (oldest first), the measures of the year by number, then the year's total.
	const years = [...new Set(check.budget.map((b) => b.year))].sort((a, b) => a - b);
	const budgetYears = years.map((year) => {
		const lines = check.budget
			.filter((b) => b.year === year)
			.sort((a, b) => collator.compare(a.measure.code, b.measure.code))
			.map((b) => {
				const limit = b.approved > 0 ? b.approved : b.planned;
				return {
					measureCode: b.measure.code,
					measureTitle: b.measure.title,
					planned: euro(b.planned, locale),
					approved: euro(b.approved, locale),
					spent: euro(b.spent, locale),
					spentShare: percent(b.spentShare, locale),
					overrun: b.overrun,
					overrunText: b.overrun
						? t(locale, b.approved > 0 ? 'planCheck.budget.overApproved' : 'planCheck.budget.overPlanned', {
								amount: euro(b.spent - limit, locale)
							})
						: t(locale, 'planCheck.budget.noOverrun')
				};
			});
		const of = (pick: (b: PlanCheck['budget'][number]) => number) =>
			check.budget.filter((b) => b.year === year).reduce((sum, b) => sum + pick(b), 0);
		const planned = of((b) => b.planned);
		const spent = of((b) => b.spent);
		const overruns = lines.filter((l) => l.overrun).length;
		return {
			year,
			lines,
			total: {
				planned: euro(planned, locale),
				approved: euro(
					of((b) => b.approved),
					locale
				),
				spent: euro(spent, locale),
				spentShare: percent(planned > 0 ? spent / planned : null, locale),
				overruns: t(locale, 'planCheck.budget.yearOverruns', { count: formatNumber(overruns, locale) })
			}
		};
	});

	return {
		date,
		dateText: formatIsoDate(date, locale),
		goals,
		milestones,
		budget: {
			years: budgetYears,
			lineCount: check.budget.length,
			overrunCount: check.budget.filter((b) => b.overrun).length
		},
		measuresWithoutGoal: [...check.measuresWithoutGoal]
			.sort((a, b) => collator.compare(a.code, b.code))
			.map((m) => ({ code: m.code, title: m.title, status: m.status })),
		goalsWithoutMeasure: [...check.goalsWithoutMeasure]
			.sort((a, b) => collator.compare(a.code, b.code))
			.map((g) => ({ code: g.code, title: g.title, level: g.level, status: g.status })),
		needKnown: sources.needKnown,
		unservedNeedUnits: [...check.unservedNeedUnits]
			.sort((a, b) => collator.compare(a.code, b.code))
			.map((u) => ({
				code: u.code,
				name: u.name,
				indexName: u.indexName,
				classLabel: u.classLabel,
				date: formatIsoDate(u.date, locale)
			}))
	};
}
export type PlanCheckPage = ReturnType<typeof planCheckPage>;
