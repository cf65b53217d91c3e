import { changeBetween, rateFromSums, weightedMean } from './arithmetic';
import type { TermKind } from './source-choice';

/** 'suppressed' only on paths that leave the internal area (disclosure control, core/disclosure). */
export type ValueStatus = 'ok' | 'missing' | 'incomplete' | 'suppressed';

/** One indicator value at one unit and date, with what it was computed from. */
export interface IndicatorCell {
	value: number | null;
	/** Σ numerator (rate), Σ value × weight (weighted mean); null where nothing was summed. */
	numerator: number | null;
	/** Σ denominator (rate), Σ weight (weighted mean). */
	denominator: number | null;
	/** Source units that had the data, of all source units under the unit. */
	covered: number;
	total: number;
	/** covered / total; null when the source layer is not known (nothing found). */
	coverage: number | null;
	status: ValueStatus;
	/**
	 * Set on a value imported at the unit itself that carries its weight (numerator and denominator
	 * for weighing several such units together): taken as imported, not summed, so not an estimate.
	 */
	own?: true;
}

/** What was found for a unit: nothing, a value of its own, or sums over paired source units. */
export type Evidence =
	| { kind: 'none'; total: number }
	/** A value of the unit itself; with its weight where the indicator has one (a weighted mean). */
	| { kind: 'value'; value: number; weight?: number }
	| { kind: 'sums'; sumX: number; sumY: number; covered: number; total: number };

function statusOf(value: number | null, covered: number, total: number): ValueStatus {
	if (value === null) return 'missing';
	return covered < total ? 'incomplete' : 'ok';
}

function cell(
	value: number | null,
	numerator: number | null,
	denominator: number | null,
	covered: number,
	total: number
): IndicatorCell {
	const finite = value !== null && Number.isFinite(value) ? value : null;
	return {
		value: finite,
		numerator,
		denominator,
		covered,
		total,
		coverage: total > 0 ? covered / total : null,
		status: statusOf(finite, covered, total)
	};
}

/** The value of a rate or a directly imported indicator from what was found. */
export function cellFromEvidence(kind: TermKind, factor: number, evidence: Evidence): IndicatorCell {
	if (evidence.kind === 'none') return cell(null, null, null, 0, evidence.total);
	if (evidence.kind === 'value') {
		// The value stays as imported (not Σ(value × weight) / Σ weight, which may differ in the last
		// bit); its weight lets areas made of such units be weighed (a goal's chosen units).
		const weight = evidence.weight;
		return weight === undefined
			? cell(evidence.value, null, null, 1, 1)
			: { ...cell(evidence.value, evidence.value * weight, weight, 1, 1), own: true };
	}
	const { sumX, sumY, covered, total } = evidence;
	if (covered === 0) return cell(null, null, null, 0, total);
	const value = kind === 'rate' ? rateFromSums(sumX, sumY, factor) : weightedMean(sumX, sumY);
	return cell(value, sumX, sumY, covered, total);
}

/**
 * A change indicator's value from its base at the date and n years earlier. Its coverage is the
 * weaker of the two, and it is incomplete when either is.
 */
export function changeCell(
	current: IndicatorCell,
	previous: IndicatorCell,
	mode: 'points' | 'percent'
): IndicatorCell {
	const value = changeBetween(current.value, previous.value, mode);
	const weaker = (previous.coverage ?? 0) < (current.coverage ?? 0) ? previous : current;
	const result = cell(value, null, null, weaker.covered, weaker.total);
	const incomplete = current.status === 'incomplete' || previous.status === 'incomplete';
	return result.value !== null && incomplete ? { ...result, status: 'incomplete' } : result;
}

/** A unit without any row from the database. */
export const emptyCell: IndicatorCell = cell(null, null, null, 0, 0);
