import { ratings, type Rating } from './goal-check';
import { goalStatuses, type GoalStatus } from './goal';

/**
 * The Steuerung overview's pure part: the goal hierarchy in reading order (each goal after its
 * parent, siblings by their plan number), the filters of its GET form and the counts per rating.
 */

/** A goal without an indicator (a Leitziel or a qualitative goal) has no rating of the data. */
export const ratingFilters = [...ratings, 'none'] as const;
export type RatingFilter = (typeof ratingFilters)[number];

export interface TreeGoal {
	code: string;
	parentCode: string | null;
}

/**
 * The goals in the order of the hierarchy with their depth (0 for a goal without a parent). A goal
 * whose parent is not in the list stands at the top; plan numbers compare numerically ("Z 2" before
 * "Z 10"). Circles cannot be stored, but a broken list still ends: every goal appears once.
 */
export function goalTree<G extends TreeGoal>(
	goals: readonly G[],
	collator: Intl.Collator
): (G & { depth: number })[] {
	const byCode = new Map(goals.map((g) => [g.code, g]));
	const children = new Map<string | null, G[]>();
	for (const g of goals) {
		const parent = g.parentCode !== null && byCode.has(g.parentCode) ? g.parentCode : null;
		children.set(parent, [...(children.get(parent) ?? []), g]);
	}
	for (const list of children.values()) list.sort((a, b) => collator.compare(a.code, b.code));
	const out: (G & { depth: number })[] = [];
	const seen = new Set<string>();
	const visit = (g: G, depth: number) => {
		if (seen.has(g.code)) return;
		seen.add(g.code);
		out.push({ ...g, depth });
		for (const child of children.get(g.code) ?? []) visit(child, depth + 1);
	};
	for (const root of children.get(null) ?? []) visit(root, 0);
	for (const g of goals) visit(g, 0);
	return out;
}

/** The overview's filters as the URL carries them (German parameter names, empty: all). */
export interface GoalListQuery {
	topic: string;
	status: GoalStatus | '';
	rating: RatingFilter | '';
	department: string;
}

export function goalListQuery(params: URLSearchParams): GoalListQuery {
	const status = params.get('status') ?? '';
	const rating = params.get('bewertung') ?? '';
	return {
		topic: params.get('handlungsfeld') ?? '',
		status: (goalStatuses as readonly string[]).includes(status) ? (status as GoalStatus) : '',
		rating: (ratingFilters as readonly string[]).includes(rating) ? (rating as RatingFilter) : '',
		department: params.get('fachbereich') ?? ''
	};
}

export interface FilterableGoal {
	topicCode: string | null;
	status: string;
	rating: Rating | null;
	ownerDepartmentId: string | null;
}

export function goalMatches(goal: FilterableGoal, query: GoalListQuery): boolean {
	if (query.topic && goal.topicCode !== query.topic) return false;
	if (query.status && goal.status !== query.status) return false;
	if (query.rating && (goal.rating ?? 'none') !== query.rating) return false;
	if (query.department && goal.ownerDepartmentId !== query.department) return false;
	return true;
}

/** How many goals have each rating ('none': goals without an indicator); every rating is named, also with 0. */
export function ratingCounts(goals: readonly { rating: Rating | null }[]): Record<RatingFilter, number> {
	const counts = Object.fromEntries(ratingFilters.map((r) => [r, 0])) as Record<RatingFilter, number>;
	for (const g of goals) counts[g.rating ?? 'none']++;
	return counts;
}

export const isFiltered = (query: GoalListQuery) =>
	!!(query.topic || query.status || query.rating || query.department);

/** What the goal's chart draws besides the series: the baseline, the target and where the trend leads. */
export interface GoalChartMarks {
	baseline: { date: string; value: number };
	target: { date: string; value: number };
	/** From the current value to the projected value at the target date; null without a projection. */
	projection: [{ date: string; value: number }, { date: string; value: number }] | null;
}

export function goalChartMarks(
	goal: { baselineDate: string; baselineValue: number; targetDate: string; targetValue: number },
	check: { current: { date: string; value: number } | null; projected: number | null }
): GoalChartMarks {
	return {
		baseline: { date: goal.baselineDate, value: goal.baselineValue },
		target: { date: goal.targetDate, value: goal.targetValue },
		projection:
			check.current && check.projected !== null
				? [check.current, { date: goal.targetDate, value: check.projected }]
				: null
	};
}
