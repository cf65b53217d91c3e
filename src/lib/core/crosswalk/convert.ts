/**
 * Counts from one area system to another: y_t = Σ_s w_st · x_s (DOMAIN.md §5).
 *
 * Only counts and amounts (inhabitants, recipients, places, euros) are converted. Rates are NOT:
 * a rate on the target layer is the converted numerator divided by the converted denominator,
 * each a count that went through this function — never Σ_s w_st · rate_s, which would weigh a
 * rate by area instead of by its denominator. Directly imported rates need their weight variable.
 *
 * Totals: every source unit passes on x_s · coverage_s, so Σ_t y_t = Σ_s x_s · coverage_s; where
 * a unit's coverage is not 1 (it leaves the target layer, slivers dropped, overlapping targets)
 * the result names the unit and what it lost. A missing source value is never taken as 0: the
 * target values it would feed are missing too, with the part that is known.
 */
import type { Crosswalk } from './crosswalk';

/** Why a source unit's count does not arrive in full. */
export type LossReason =
	/** The unit is not in the crosswalk (another layer's code, or a unit newer than the crosswalk). */
	| 'unknown'
	/** Nothing of the unit lies in the target layer (or it had no area or population to share out). */
	| 'outside'
	/** Part of the unit lies outside the target layer, or slivers were dropped. */
	| 'partial'
	/** The weights sum to more than 1: target units overlap. */
	| 'overlap';

export interface SourceLoss {
	source: string;
	value: number;
	coverage: number;
	/** x_s · (1 − coverage_s); negative where overlapping targets count the unit more than once. */
	lost: number;
	reason: LossReason;
}

export interface ConvertedValue {
	target: string;
	/** Σ_s w_st · x_s; null when a source feeding the target has no value, or no source reaches the target. */
	value: number | null;
	/** Σ over the feeding sources that have a value: the known part of a missing value. */
	knownPart: number;
	/**
	 * Share of what flows into the target (in the crosswalk's basis: area or inhabitants) that
	 * comes from sources with a value; 1 when nothing is missing, null when no source reaches it.
	 */
	knownShare: number | null;
	/** Feeding sources without a value, in crosswalk order. */
	missingSources: string[];
	/** Share of the target inside the source layer, from the crosswalk (null when not computed). */
	inside: number | null;
}

export interface ConversionTotals {
	/** Σ x_s over the source units with a value. */
	source: number;
	/** Σ_t Σ_s w_st · x_s over the sources with a value: what reached the target layer (also into targets shown as missing). */
	arrived: number;
	/** source − arrived = Σ x_s · (1 − coverage_s). */
	lost: number;
	/** Σ of the target values that are not missing: the total a reader of the target table sees. */
	shown: number;
	/** |lost| within the tolerance relative to the source total. */
	preserved: boolean;
}

export interface Conversion {
	/** In the crosswalk's target order. */
	targets: ConvertedValue[];
	totals: ConversionTotals;
	/** Source units whose count does not arrive in full, largest |lost| first. */
	losses: SourceLoss[];
	/** Source units of the crosswalk without a value (null or absent), in crosswalk order. */
	missingSources: string[];
}

/** Relative tolerance of the totals check: far above rounding error (≈ 1e-15 per addition), far below any real loss. */
export const defaultTotalsTolerance = 1e-9;

/** Coverage within this of 1 counts as full: shares of PostGIS areas carry rounding error; dropped slivers (≥ 1e-6 by default) still show. */
const fullCoverage = 1e-9;

interface PreparedCrosswalk {
	sourceIndex: Map<string, number>;
	/** Per target the indexes of its feeding sources and their weights. */
	feeds: { sources: Int32Array; weights: Float64Array }[];
	/** Per source its basis total, to weigh which share of a target is known. */
	mass: Float64Array;
}

const prepared = new WeakMap<Crosswalk, PreparedCrosswalk>();

/** Indexes built once per crosswalk, so that converting many variables and dates costs little. */
function prepare(crosswalk: Crosswalk): PreparedCrosswalk {
	const cached = prepared.get(crosswalk);
	if (cached) return cached;
	const sourceIndex = new Map(crosswalk.sources.map((c, s) => [c.source, s]));
	const targetIndex = new Map(crosswalk.targets.map((c, t) => [c.target, t]));
	const lists = crosswalk.targets.map(() => ({ sources: [] as number[], weights: [] as number[] }));
	for (const w of crosswalk.weights) {
		const list = lists[targetIndex.get(w.target)!]!;
		list.sources.push(sourceIndex.get(w.source)!);
		list.weights.push(w.weight);
	}
	const result: PreparedCrosswalk = {
		sourceIndex,
		feeds: lists.map((l) => ({ sources: Int32Array.from(l.sources), weights: Float64Array.from(l.weights) })),
		mass: Float64Array.from(crosswalk.sources, (c) => c.total)
	};
	prepared.set(crosswalk, result);
	return result;
}

function lossReason(coverage: number): LossReason | null {
	if (coverage === 0) return 'outside';
	if (coverage < 1 - fullCoverage) return 'partial';
	if (coverage > 1 + fullCoverage) return 'overlap';
	return null;
}

/**
 * Converts one count variable (at one date) through a crosswalk. `values` holds the source units'
 * counts; a unit absent from it or null is missing. Non-finite values are refused: they are errors
 * upstream, not missing data.
 */
export function convertCounts(
	crosswalk: Crosswalk,
	values: ReadonlyMap<string, number | null>,
	options: { tolerance?: number } = {}
): Conversion {
	const { sourceIndex, feeds, mass } = prepare(crosswalk);
	const x = new Float64Array(crosswalk.sources.length).fill(Number.NaN);
	const losses: SourceLoss[] = [];
	let sourceTotal = 0;
	for (const [source, value] of values) {
		if (value === null) continue;
		if (!Number.isFinite(value))
			throw new Error(`Der Wert ${String(value)} für „${source}“ ist keine endliche Zahl.`);
		sourceTotal += value;
		const s = sourceIndex.get(source);
		if (s === undefined) {
			losses.push({ source, value, coverage: 0, lost: value, reason: 'unknown' });
			continue;
		}
		x[s] = value;
		const coverage = crosswalk.sources[s]!.coverage;
		const reason = lossReason(coverage);
		if (reason) losses.push({ source, value, coverage, lost: value * (1 - coverage), reason });
	}
	const missingSources = crosswalk.sources.filter((_, s) => Number.isNaN(x[s]!)).map((c) => c.source);

	let arrived = 0;
	let shown = 0;
	const targets = crosswalk.targets.map(({ target, inside }, t): ConvertedValue => {
		const feed = feeds[t]!;
		let knownPart = 0;
		let knownMass = 0;
		let allMass = 0;
		const missing: string[] = [];
		for (let k = 0; k < feed.sources.length; k++) {
			const s = feed.sources[k]!;
			const flow = feed.weights[k]! * mass[s]!;
			allMass += flow;
			if (Number.isNaN(x[s]!)) missing.push(crosswalk.sources[s]!.source);
			else {
				knownPart += feed.weights[k]! * x[s]!;
				knownMass += flow;
			}
		}
		arrived += knownPart;
		const reached = feed.sources.length > 0;
		const value = reached && missing.length === 0 ? knownPart : null;
		if (value !== null) shown += value;
		const knownShare = !reached ? null : missing.length === 0 ? 1 : allMass > 0 ? knownMass / allMass : 0;
		return { target, value, knownPart, knownShare, missingSources: missing, inside };
	});

	const lost = sourceTotal - arrived;
	const tolerance = options.tolerance ?? defaultTotalsTolerance;
	losses.sort((a, b) => Math.abs(b.lost) - Math.abs(a.lost));
	return {
		targets,
		totals: {
			source: sourceTotal,
			arrived,
			lost,
			shown,
			preserved: Math.abs(lost) <= tolerance * Math.max(1, Math.abs(sourceTotal))
		},
		losses,
		missingSources
	};
}
