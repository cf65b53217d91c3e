import { ranksDescending } from './statistics';

/** How a value is shown: as it is, incomplete (fewer source units than exist), missing or withheld. */
export type DisplayStatus = 'ok' | 'incomplete' | 'missing' | 'suppressed';

/** What the page gets per unit from the server (server/values/monitoring.ts `AreaValue`). */
export interface UnitValue {
	code: string;
	name: string;
	parentCode: string | null;
	value: number | null;
	numerator: number | null;
	status: DisplayStatus;
}

/** One line of the workspace's table, and what map and charts show for the unit. */
export interface ViewRow {
	code: string;
	name: string;
	parentCode: string | null;
	/** The value shown: the indicator at the date, or its change since the earlier date. */
	value: number | null;
	status: DisplayStatus;
	/** 1 = highest value shown. */
	rank: number | null;
	/** Change view: the values at both dates, and the change of the numerator (persons, not points). */
	before: number | null;
	after: number | null;
	numeratorChange: number | null;
}

function rowsWithRanks(rows: Omit<ViewRow, 'rank'>[]): ViewRow[] {
	const ranks = ranksDescending(rows.map((r) => r.value));
	return rows.map((row, i) => ({ ...row, rank: ranks[i] ?? null }));
}

/** The rows of the view at one date. */
export function stateRows(values: readonly UnitValue[]): ViewRow[] {
	return rowsWithRanks(
		values.map((v) => ({
			code: v.code,
			name: v.name,
			parentCode: v.parentCode,
			value: v.value,
			status: v.status,
			before: null,
			after: v.value,
			numeratorChange: null
		}))
	);
}

/**
 * The rows of the change view: the difference of the values (percentage points for a rate in %)
 * and of the numerators (how many more or fewer persons). A unit missing at either date has no
 * change; a withheld value at either date withholds the change.
 */
export function changeRows(now: readonly UnitValue[], before: readonly UnitValue[]): ViewRow[] {
	const earlier = new Map(before.map((v) => [v.code, v]));
	return rowsWithRanks(
		now.map((v) => {
			const then = earlier.get(v.code);
			const both = v.value !== null && then?.value != null;
			const withheld = v.status === 'suppressed' || then?.status === 'suppressed';
			const status: DisplayStatus = withheld
				? 'suppressed'
				: !both
					? 'missing'
					: v.status === 'incomplete' || then!.status === 'incomplete'
						? 'incomplete'
						: 'ok';
			return {
				code: v.code,
				name: v.name,
				parentCode: v.parentCode,
				value: both && !withheld ? v.value! - then!.value! : null,
				status,
				before: then?.value ?? null,
				after: v.value,
				numeratorChange:
					!withheld && v.numerator !== null && then?.numerator != null ? v.numerator - then.numerator : null
			};
		})
	);
}
