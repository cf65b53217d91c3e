/**
 * The check of a SMART goal against the data (DOMAIN.md §7): how far the goal has come from its
 * baseline, where the trend of the last (up to) five years leads by the target date, and the rating
 * that follows from how far that projection misses the target. Pure: the series comes in, the
 * rating and its reason go out; words are the i18n's business (rating-reason.ts).
 */

/** Whether a higher or a lower value of the indicator is the better one. */
export type GoalDirection = 'higher' | 'lower';

export const ratings = ['reached', 'on_track', 'at_risk', 'off_track', 'no_data'] as const;
export type Rating = (typeof ratings)[number];

export interface DatedValue {
	/** ISO date (YYYY-MM-DD), the Stichtag of the value. */
	date: string;
	value: number;
}

export interface GoalTarget {
	direction: GoalDirection;
	baseline: DatedValue;
	target: DatedValue;
}

/** Why the rating is what it is, with the figures a sentence needs. */
export type RatingReason =
	| { code: 'no_values' }
	| { code: 'reached'; date: string }
	| { code: 'single_value'; date: string }
	| { code: 'deadline_missed'; targetDate: string; gap: number }
	| { code: 'projected'; targetDate: string; projected: number; gap: number };

export interface GoalCheck {
	rating: Rating;
	/** The latest value known, the one the goal is measured by. */
	current: DatedValue | null;
	/**
	 * (baseline − current) / (baseline − target): 0 at the baseline, 1 at the target, negative when
	 * the value moved away from the target, above 1 beyond it. Null when baseline and target are equal.
	 */
	progress: number | null;
	/** The average annual change of the last (up to) five years: from the first value of that window to the current one. */
	trend: { perYear: number; from: DatedValue; to: DatedValue } | null;
	/** The trend extended to the target date (null without a trend or once the target date has passed). */
	projected: number | null;
	/**
	 * How far the projection (or, after the target date, the current value) misses the target, in the
	 * goal's direction and the indicator's unit: positive misses, zero or negative reaches it.
	 */
	shortfall: number | null;
	reason: RatingReason;
}

/** The rating's limits: the share of the remaining distance that the projection may miss. */
export const onTrackWithin = 0.05;
export const atRiskWithin = 0.2;
/** The trend looks back this many years from the current value. */
export const trendYears = 5;

const dayMs = 86_400_000;
const tropicalYearDays = 365.2425;

// A check of many goals asks for the same few Stichtage and target dates hundreds of thousands of times.
const dayNumbers = new Map<string, number>();

function dayNumber(iso: string): number {
	let day = dayNumbers.get(iso);
	if (day === undefined) {
		if (dayNumbers.size > 10_000) dayNumbers.clear();
		dayNumbers.set(iso, (day = Date.parse(`${iso}T00:00:00Z`) / dayMs));
	}
	return day;
}

/** Years between two ISO dates, as a fraction (leap years counted). */
export function yearsBetween(from: string, to: string): number {
	return (dayNumber(to) - dayNumber(from)) / tropicalYearDays;
}

const earlierDays = new Map<string, string>();

/** The same day `years` years earlier (29 February falls back to 28 February). */
function yearsEarlier(iso: string, years: number): string {
	const key = `${years}|${iso}`;
	let earlier = earlierDays.get(key);
	if (earlier === undefined) {
		const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
		const date = new Date(Date.UTC(y - years, m - 1, d));
		if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
		if (earlierDays.size > 10_000) earlierDays.clear();
		earlierDays.set(key, (earlier = date.toISOString().slice(0, 10)));
	}
	return earlier;
}

/** How much `value` is better than `reference` in the goal's direction (negative: worse). */
function better(direction: GoalDirection, value: number, reference: number): number {
	return direction === 'higher' ? value - reference : reference - value;
}

// Values are stored with more decimals than they are shown; a target met within rounding noise is met.
const tolerance = 1e-9;

function meets(direction: GoalDirection, value: number, target: number): boolean {
	return better(direction, value, target) >= -tolerance * Math.max(1, Math.abs(target));
}

export function progressOf(goal: GoalTarget, current: number): number | null {
	const span = goal.baseline.value - goal.target.value;
	if (Math.abs(span) <= tolerance * Math.max(1, Math.abs(goal.target.value))) return null;
	return (goal.baseline.value - current) / span;
}

/** The average annual change from the first value of the last `trendYears` years to the latest. */
export function fiveYearTrend(known: readonly DatedValue[]): GoalCheck['trend'] {
	const to = known.at(-1);
	if (!to) return null;
	const start = yearsEarlier(to.date, trendYears);
	const from = known.find((p) => p.date >= start && p.date < to.date);
	if (!from) return null;
	return { perYear: (to.value - from.value) / yearsBetween(from.date, to.date), from, to };
}

export function ratingOf(shortfall: number, remaining: number): Exclude<Rating, 'reached' | 'no_data'> {
	const missed = shortfall / remaining;
	if (missed <= onTrackWithin + tolerance) return 'on_track';
	if (missed <= atRiskWithin + tolerance) return 'at_risk';
	return 'off_track';
}

/**
 * What a series says whatever the goal: its known values in date order, the latest, and the trend
 * of the last five years. Worked out once per series when many goals share it (every goal on the
 * same indicator and layer shares each unit's series).
 */
export interface SeriesFacts {
	known: DatedValue[];
	current: DatedValue | null;
	trend: GoalCheck['trend'];
}

/** The facts of a series that may have gaps (null) and need not be sorted; values after `asOf` are left out. */
export function seriesFacts(
	series: readonly { date: string; value: number | null }[],
	asOf?: string
): SeriesFacts {
	const known = series
		.filter((p): p is DatedValue => p.value !== null && Number.isFinite(p.value) && (!asOf || p.date <= asOf))
		.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	return { known, current: known.at(-1) ?? null, trend: fiveYearTrend(known) };
}

/**
 * Checks one goal (for one unit or the whole scope) against its series of values. `series` may have
 * gaps (null) and need not be sorted; values after `asOf` (the date of the check) are not used.
 */
export function checkGoal(
	goal: GoalTarget,
	series: readonly { date: string; value: number | null }[],
	asOf?: string
): GoalCheck {
	return checkFacts(goal, seriesFacts(series, asOf));
}

/** How far `value` falls short of the target in the goal's direction (negative: beyond it). */
function shortfallOf(goal: GoalTarget, value: number): number {
	return -better(goal.direction, value, goal.target.value);
}

/**
 * Checks one goal against the facts of its series (see `seriesFacts`). Called once per goal and unit
 * (a quarter of a million times for a large plan), so it allocates only what it returns.
 */
export function checkFacts(goal: GoalTarget, facts: SeriesFacts): GoalCheck {
	const { known, current, trend } = facts;
	if (!current) {
		const reason = { code: 'no_values' } as const;
		return {
			rating: 'no_data',
			current,
			progress: null,
			trend: null,
			projected: null,
			shortfall: null,
			reason
		};
	}
	const progress = progressOf(goal, current.value);
	const { direction, target } = goal;
	if (meets(direction, current.value, target.value)) {
		// Since when the target has been met without a break.
		let since = known.length - 1;
		while (since > 0 && meets(direction, known[since - 1]!.value, target.value)) since--;
		return {
			rating: 'reached',
			current,
			progress,
			trend,
			projected: null,
			shortfall: shortfallOf(goal, current.value),
			reason: { code: 'reached', date: known[since]!.date }
		};
	}
	if (current.date >= target.date) {
		const gap = shortfallOf(goal, current.value);
		return {
			rating: 'off_track',
			current,
			progress,
			trend,
			projected: null,
			shortfall: gap,
			reason: { code: 'deadline_missed', targetDate: target.date, gap }
		};
	}
	if (!trend) {
		const reason = { code: 'single_value', date: current.date } as const;
		return { rating: 'no_data', current, progress, trend: null, projected: null, shortfall: null, reason };
	}
	const projected = current.value + trend.perYear * yearsBetween(current.date, target.date);
	const shortfall = shortfallOf(goal, projected);
	const remaining = shortfallOf(goal, current.value);
	return {
		rating: ratingOf(shortfall, remaining),
		current,
		progress,
		trend,
		projected,
		shortfall,
		reason: { code: 'projected', targetDate: target.date, projected, gap: shortfall }
	};
}
