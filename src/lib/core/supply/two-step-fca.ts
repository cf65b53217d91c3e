/**
 * Catchment-aware supply: the two-step floating catchment area method (2SFCA; Luo & Wang 2003,
 * Environment and Planning B 30(6):865–884), with an optional distance decay (distance-decay.ts).
 *
 *   Step 1, per facility j:      R_j = S_j / Σ_{k: d_kj ≤ d0} W(d_kj) · P_k
 *   Step 2, per demand place i:  A_i = Σ_{j: d_ij ≤ d0} W(d_ij) · R_j
 *
 * S_j are the places of facility j, P_k the children of the age band at demand location k (a
 * unit's representative point, e.g. ST_PointOnSurface), d the straight-line distance in metres
 * between points in one metric CRS (EPSG:25833 for Berlin). A Kita near a boundary thus serves the
 * units on both sides, unlike the Versorgungsquote, which counts it only in its own unit.
 *
 * Both steps use the same pairs with the same weights, so supply is conserved:
 * Σ_i A_i · P_i = Σ_j S_j over the facilities that reach any demand (two-step-fca.property.test.ts).
 *
 * Missing stays missing: a demand location with unknown population (null or NaN) makes the ratio
 * of every facility that reaches it unknown, and that unknown spreads to every location those
 * facilities reach; a facility with unknown places does the same. An unknown is `null`, never 0.
 * A location with no facility in reach has accessibility 0: that is a real result, not a gap.
 */
import { checkDecay, decayWeight, type DistanceDecay } from './distance-decay';

export interface TwoStepFcaInput {
	/** Facilities (Einrichtungen): coordinates in metres and places (Plätze) S_j. */
	facilities: { x: ArrayLike<number>; y: ArrayLike<number>; supply: ArrayLike<number | null> };
	/** Demand locations (unit representative points) in the same CRS, with the population P_i of the age band. */
	demand: { x: ArrayLike<number>; y: ArrayLike<number>; population: ArrayLike<number | null> };
	/** Einzugsradius d0 in metres; a distance exactly d0 is inside. */
	catchment: number;
	decay: DistanceDecay;
}

export interface TwoStepFcaResult {
	/** A_i per demand location: places per person of the age band within reach; null when unknown. */
	accessibility: (number | null)[];
	/** A_i × 100: places per 100 children, comparable with the Versorgungsquote. */
	placesPer100: (number | null)[];
	/** R_j per facility: places per weighted person in its catchment; null when unknown or reaching no demand. */
	ratio: (number | null)[];
	/** Whether facility j reaches any demand (Σ W·P > 0 or unknown); its places then count in the conservation. */
	reachesDemand: boolean[];
	/** Facility–location pairs with a positive weight (for reports and the benchmark). */
	pairs: number;
}

const missing = (value: number | null | undefined): value is null | undefined =>
	value === null || value === undefined || Number.isNaN(value);

/** The first index in sorted `values` with values[index] ≥ target. */
function lowerBound(values: Float64Array, target: number): number {
	let lo = 0;
	let hi = values.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (values[mid]! < target) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Every (facility, location) pair within the catchment and with a positive weight. Prefilter: the
 * locations sorted by x, so each facility scans only the strip x ± d0 (for Berlin's 447
 * Planungsräume and d0 = 1 km about a twentieth of them) before the exact test on squared
 * distances — exact for distances that are whole metres, such as 600/800/1000.
 */
function catchmentPairs(input: TwoStepFcaInput): {
	facility: Int32Array;
	location: Int32Array;
	weight: Float64Array;
} {
	const { facilities, demand, catchment, decay } = input;
	const order = Array.from({ length: demand.x.length }, (_, i) => i).sort(
		(a, b) => demand.x[a]! - demand.x[b]!
	);
	const sortedX = Float64Array.from(order, (i) => demand.x[i]!);
	const limit = catchment * catchment;
	const facility: number[] = [];
	const location: number[] = [];
	const weight: number[] = [];
	for (let j = 0; j < facilities.x.length; j++) {
		const fx = facilities.x[j]!;
		const fy = facilities.y[j]!;
		for (
			let s = lowerBound(sortedX, fx - catchment);
			s < sortedX.length && sortedX[s]! <= fx + catchment;
			s++
		) {
			const i = order[s]!;
			const dx = demand.x[i]! - fx;
			const dy = demand.y[i]! - fy;
			const squared = dx * dx + dy * dy;
			if (squared > limit) continue;
			const w = decayWeight(decay, Math.sqrt(squared), catchment);
			if (w <= 0) continue;
			facility.push(j);
			location.push(i);
			weight.push(w);
		}
	}
	return {
		facility: Int32Array.from(facility),
		location: Int32Array.from(location),
		weight: Float64Array.from(weight)
	};
}

function checkInput({ facilities, demand, catchment, decay }: TwoStepFcaInput): void {
	checkDecay(decay, catchment);
	const n = facilities.x.length;
	if (facilities.y.length !== n || facilities.supply.length !== n)
		throw new RangeError('Einrichtungen: x, y und Plätze müssen gleich lang sein');
	const m = demand.x.length;
	if (demand.y.length !== m || demand.population.length !== m)
		throw new RangeError('Nachfrageorte: x, y und Bevölkerung müssen gleich lang sein');
	for (const [name, values] of [
		['Einrichtung', facilities.x],
		['Einrichtung', facilities.y],
		['Nachfrageort', demand.x],
		['Nachfrageort', demand.y]
	] as const)
		for (let k = 0; k < values.length; k++)
			if (!Number.isFinite(values[k]!))
				throw new RangeError(`${name} ${k}: Koordinate fehlt oder ist keine Zahl`);
	for (let k = 0; k < n; k++)
		if (!missing(facilities.supply[k]) && facilities.supply[k]! < 0)
			throw new RangeError(`Einrichtung ${k}: negative Platzzahl`);
	for (let k = 0; k < m; k++)
		if (!missing(demand.population[k]) && demand.population[k]! < 0)
			throw new RangeError(`Nachfrageort ${k}: negative Bevölkerung`);
}

/** Runs both steps of the 2SFCA. Throws a RangeError for inputs a service should have refused. */
export function twoStepFca(input: TwoStepFcaInput): TwoStepFcaResult {
	checkInput(input);
	const { facilities, demand } = input;
	const pairs = catchmentPairs(input);
	const n = facilities.x.length;
	const m = demand.x.length;

	// Step 1: the weighted demand in each facility's catchment; NaN marks "unknown".
	const weightedDemand = new Float64Array(n);
	for (let p = 0; p < pairs.facility.length; p++) {
		const population = demand.population[pairs.location[p]!];
		weightedDemand[pairs.facility[p]!]! += pairs.weight[p]! * (missing(population) ? Number.NaN : population);
	}
	const ratio = new Float64Array(n);
	for (let j = 0; j < n; j++) {
		const supply = facilities.supply[j];
		const d = weightedDemand[j]!;
		// A facility whose catchment holds no demand serves no one here: R_j = 0 keeps its places out of
		// every A_i (rather than an infinite ratio); it is reported through reachesDemand.
		ratio[j] = d === 0 ? 0 : missing(supply) ? Number.NaN : supply / d;
	}

	// Step 2: each location sums the ratios of the facilities that reach it.
	const accessibility = new Float64Array(m);
	for (let p = 0; p < pairs.facility.length; p++)
		accessibility[pairs.location[p]!]! += pairs.weight[p]! * ratio[pairs.facility[p]!]!;

	const known = (v: number) => (Number.isNaN(v) ? null : v);
	return {
		accessibility: Array.from(accessibility, known),
		placesPer100: Array.from(accessibility, (a) => known(a * 100)),
		ratio: Array.from(ratio, (r, j) => (weightedDemand[j] === 0 ? null : known(r))),
		reachesDemand: Array.from(weightedDemand, (d) => d !== 0),
		pairs: pairs.facility.length
	};
}
