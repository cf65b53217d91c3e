import type { Locale } from '../../core/i18n/locale';
import type { Rating } from '../../core/planning/goal-check';
import {
	goalMatches,
	goalTree,
	isFiltered,
	ratingCounts,
	type GoalListQuery
} from '../../core/planning/goal-view';
import { ratingReasonText, type ValueUnit } from '../../core/planning/rating-reason';
import type { GoalCheckResult } from '../values/goal-check';

/** One goal of the Steuerung overview: its facts, its place in the hierarchy and its rating in words. */
export interface GoalOverviewRow {
	code: string;
	title: string;
	level: string;
	depth: number;
	parentCode: string | null;
	topicCode: string | null;
	topicName: string | null;
	ownerDepartmentId: string | null;
	ownerDepartmentName: string | null;
	status: string;
	indicatorName: string | null;
	/** Null for a goal without an indicator (it is not checked against data). */
	rating: Rating | null;
	reason: string | null;
}

export interface GoalOverviewSources {
	checks: GoalCheckResult[];
	/** The indicators' units and decimals, by code, for the reasons in words. */
	units: Map<string, ValueUnit>;
	topics: { code: string; name: string }[];
	departments: { id: string; name: string }[];
}

/**
 * The overview page's view: all goals in the order of the hierarchy (filtered rows keep their
 * depth, so that a shown goal stays where it belongs), the counts per rating of the rows shown and
 * of all goals, and the filters' choices.
 */
export function goalOverviewPage(sources: GoalOverviewSources, query: GoalListQuery, locale: Locale) {
	const collator = new Intl.Collator(locale, { numeric: true });
	const rows: GoalOverviewRow[] = sources.checks.map(({ goal, scope }) => ({
		code: goal.code,
		title: goal.title,
		level: goal.level,
		parentCode: goal.parentCode,
		topicCode: goal.topicCode,
		topicName: goal.topicName,
		ownerDepartmentId: goal.ownerDepartmentId,
		ownerDepartmentName: goal.ownerDepartmentName,
		status: goal.status,
		indicatorName: goal.indicatorName,
		rating: scope?.rating ?? null,
		reason: scope
			? ratingReasonText(
					locale,
					scope.reason,
					sources.units.get(goal.indicatorCode ?? '') ?? { label: '', decimals: 2 }
				)
			: null,
		depth: 0
	}));
	const tree = goalTree(rows, collator);
	const shown = tree.filter((row) => goalMatches(row, query));
	return {
		goals: shown,
		total: rows.length,
		counts: ratingCounts(shown),
		filtered: isFiltered(query),
		query,
		topics: sources.topics.map((t) => ({ code: t.code, name: t.name })),
		departments: sources.departments.map((d) => ({ id: d.id, name: d.name }))
	};
}
export type GoalOverviewPage = ReturnType<typeof goalOverviewPage>;
