import type { ValueStatus } from '../indicator/cell';
import type { ExportValueSet } from './value-set';

/**
 * One row of a value table as every file format writes it (CSV, XLSX): one unit at one date,
 * with the numbers as they were computed. Each format only decides how a cell is written
 * (German text for CSV, typed cells for Excel), so the files cannot drift apart.
 */
export interface ValueRow {
	indicator: string;
	code: string;
	name: string;
	/** ISO date (2016-12-31); empty when the indicator has no data yet. */
	date: string;
	/** Unrounded; null where there is no value (never 0). */
	value: number | null;
	/** Places the application shows the value with (the indicator's decimals). */
	decimals: number;
	unitLabel: string;
	status: ValueStatus;
	/** Share of source units with data, in percent; null when the source layer is not known. */
	coveragePercent: number | null;
	covered: number;
	total: number;
	numerator: number | null;
	denominator: number | null;
	/** An estimate's weight (and stand-in), or why the value is missing; empty otherwise. */
	note: string;
}

/** The notice that applies to one value: the reason on a missing one, the estimate on a computed one. */
export function noteOf(
	set: ExportValueSet,
	value: { value: number | null; numerator: number | null }
): string {
	const notice = set.notice;
	if (!notice) return '';
	if (value.value === null) return notice.unavailable?.text ?? '';
	// A value imported at the unit itself (no sum behind it) is not an estimate.
	return notice.estimate && value.numerator !== null ? notice.estimate.text : '';
}

/** The rows of several sets (dates) one after the other, units in the order of each set. */
export function valueRows(sets: readonly ExportValueSet[]): ValueRow[] {
	return sets.flatMap((set) =>
		set.values.map((v) => ({
			indicator: set.indicator.code,
			code: v.code,
			name: v.name,
			date: set.date,
			value: v.value,
			decimals: set.indicator.decimals,
			unitLabel: set.indicator.unitLabel,
			status: v.status,
			coveragePercent: v.coverage === null ? null : v.coverage * 100,
			covered: v.covered,
			total: v.total,
			numerator: v.numerator,
			denominator: v.denominator,
			note: noteOf(set, v)
		}))
	);
}
