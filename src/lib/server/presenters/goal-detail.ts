import type { Locale } from '../../core/i18n/locale';
import { goalChanges } from '../../core/planning/goal-changes';
import type { GoalCheck, Rating } from '../../core/planning/goal-check';
import { goalChartMarks, goalTree } from '../../core/planning/goal-view';
import { ratingReasonText, type ValueUnit } from '../../core/planning/rating-reason';
import type { GoalAssessmentRow } from '../repositories/goal-assessment.repository';
import type { GoalListItem } from '../repositories/goal.repository';
import type { GoalRatingRow } from '../repositories/goal-rating.repository';
import type { GoalCheckResult } from '../values/goal-check';
import type { GoalScopeNames } from '../values/goal-facts';
import type { GoalChangeSources, GoalMapLayer } from '../values/goal-page';

export interface GoalDetailSources {
	check: GoalCheckResult;
	history: GoalRatingRow[];
	scope: GoalScopeNames;
	/** Every goal of the tenant: parent and children by code. */
	goals: GoalListItem[];
	/** The goal's indicator as values are written (unit label, decimals); null for a qualitative goal. */
	unit: ValueUnit | null;
	/** The goal's audit entries and the names of the ids in them. */
	changes: GoalChangeSources;
	/** The dated assessments of a qualitative goal, oldest first (empty for an indicator goal). */
	assessments: GoalAssessmentRow[];
	/** The layer the units are drawn on; null for a qualitative goal. */
	map: GoalMapLayer | null;
}

/** A check as the page shows it: rating, reason in words, and the figures behind them. */
function checkView(check: GoalCheck, unit: ValueUnit, locale: Locale) {
	return {
		rating: check.rating,
		reason: ratingReasonText(locale, check.reason, unit),
		current: check.current,
		progress: check.progress,
		projected: check.projected,
		trendPerYear: check.trend?.perYear ?? null
	};
}

/**
 * The goal page's view: every fact of the goal, its check (the whole scope and each unit), the
 * series with baseline, target and projection for the chart, the rating history per data version,
 * the goals above and below it, its units' layer for the map, its assessments (a qualitative goal)
 * and its changes from the audit log in words.
 */
export function goalDetailPage(sources: GoalDetailSources, locale: Locale) {
	const { check, history, scope, goals } = sources;
	const goal = check.goal;
	const unit = sources.unit ?? { label: '', decimals: 2 };
	const collator = new Intl.Collator(locale, { numeric: true });
	const children = goalTree(
		goals.filter((g) => g.parentCode === goal.code),
		collator
	).map((g) => ({ code: g.code, title: g.title, level: g.level }));
	const parent = goals.find((g) => g.code === goal.parentCode);
	const smart =
		check.scope && goal.baselineValue !== null && goal.targetValue !== null
			? {
					check: checkView(check.scope, unit, locale),
					series: check.series,
					marks: goalChartMarks(
						{
							baselineDate: goal.baselineDate!,
							baselineValue: goal.baselineValue,
							targetDate: goal.targetDate!,
							targetValue: goal.targetValue
						},
						check.scope
					),
					units: check.units.map(({ unit: u, check: c }) => ({
						code: u.code,
						name: u.name,
						...checkView(c, unit, locale)
					}))
				}
			: null;
	return {
		goal: {
			code: goal.code,
			title: goal.title,
			level: goal.level,
			rationale: goal.rationale,
			origin: goal.origin,
			status: goal.status,
			topicName: goal.topicName,
			ownerDepartmentId: goal.ownerDepartmentId,
			ownerDepartmentName: goal.ownerDepartmentName,
			ownerName: goal.ownerName,
			indicatorCode: goal.indicatorCode,
			indicatorName: goal.indicatorName,
			direction: goal.direction,
			scopeKind: goal.scopeKind,
			scopeClassKind: goal.scopeClassKind,
			scopeClass: goal.scopeClass,
			scopeDate: goal.scopeDate,
			baselineValue: goal.baselineValue,
			baselineDate: goal.baselineDate,
			baselineReason: goal.baselineReason,
			targetValue: goal.targetValue,
			targetDate: goal.targetDate,
			updatedAt: goal.updatedAt.toISOString()
		},
		scope,
		unit,
		smart,
		history: history.map((h) => ({
			checkedAt: h.checkedAt.toISOString(),
			dataVersion: h.dataVersion,
			rating: h.rating as Rating,
			currentValue: h.currentValue,
			valueDate: h.valueDate,
			progress: h.progress,
			reason: ratingReasonText(locale, h.reason as GoalCheck['reason'], unit)
		})),
		parent: parent ? { code: parent.code, title: parent.title } : null,
		children,
		map:
			smart && sources.map ? { layerCode: sources.map.code, withGeometry: sources.map.withGeometry } : null,
		assessments: sources.assessments.map((a) => ({
			id: a.id,
			assessedOn: a.assessedOn,
			rating: a.rating as Rating,
			text: a.text,
			author: a.author
		})),
		changes: goalChanges(sources.changes.entries, locale, sources.changes.names)
	};
}
export type GoalDetailPage = ReturnType<typeof goalDetailPage>;
