/**
 * A crosswalk between two area systems that do not nest (Schulbezirke and Sozialräume, LOR 2006 and
 * LOR 2021): for every source unit s and target unit t the share w_st of s that lies in t, measured
 * by area or by population (DOMAIN.md §5). Counts move through it as y_t = Σ_s w_st · x_s
 * (convert.ts). This file holds the object the service stores and the assembly shared by both
 * methods; weights.ts turns PostGIS's intersections into the masses assembled here.
 */

export type CrosswalkMethod = 'areal' | 'population';

/** What a source unit's weights share out. 'area' in a population crosswalk marks the fallback for a unit without inhabitants. */
export type CrosswalkBasis = 'area' | 'population' | 'none';

export interface CrosswalkWeight {
	source: string;
	target: string;
	/** Share of the source unit in the target unit, after slivers were dropped (and renormalised if asked). */
	weight: number;
}

/** How much of a source unit the crosswalk carries over, and why not all of it. */
export interface SourceCoverage {
	source: string;
	/** 'none': the unit has neither population nor area to share out, so it has no weights. */
	basis: CrosswalkBasis;
	/** The unit's total of its basis: m² or inhabitants. */
	total: number;
	/**
	 * Σ_t of the shares before anything was dropped: the share of the unit inside the target layer.
	 * Below 1 where the unit leaves the target layer (different outer boundaries); above 1 where
	 * target units overlap (an invalid target layer) — beyond rounding, both are worth a look.
	 */
	inside: number;
	/** Σ of the weights dropped as slivers. */
	slivers: number;
	/** Σ_t w_st of the stored weights: the share of the unit's counts that conversion carries over. */
	coverage: number;
}

export interface TargetCoverage {
	target: string;
	/** Share of the target unit (area or population) inside the source layer; null when not computed. */
	inside: number | null;
}

export interface Crosswalk {
	method: CrosswalkMethod;
	/** ISO date the weights describe: the boundaries' date, for population weights the population's Stichtag. */
	date: string;
	sourceLayer: string;
	targetLayer: string;
	/** Weights below this share were dropped as slivers. */
	tolerance: number;
	/** Whether each source's kept weights were scaled to sum to 1. */
	renormalised: boolean;
	/** Ordered by source, then target, each in input order. */
	weights: CrosswalkWeight[];
	/** Every source unit named in the input, in input order. */
	sources: SourceCoverage[];
	/** Every target unit named in the input (or met in an intersection), in that order. */
	targets: TargetCoverage[];
}

export interface CrosswalkOptions {
	sourceLayer: string;
	targetLayer: string;
	date: string;
	/** Shares below this are slivers of digitising, not real overlap, and are dropped. Default 1e-6. */
	tolerance?: number;
	/**
	 * Scale each source's kept weights to sum to 1. Off by default: a unit partly outside the target
	 * layer should visibly lose that part; renormalise only where the layers are known to cover the
	 * same area and differ by digitising alone.
	 */
	renormalise?: boolean;
}

export const defaultSliverTolerance = 1e-6;

/** Invalid input (negative or non-finite areas, unknown or repeated codes); the message is German, one problem per line. */
export class CrosswalkInputError extends Error {
	constructor(readonly problems: string[]) {
		const shown = problems.slice(0, 10);
		const more = problems.length > shown.length ? `\n… und ${problems.length - shown.length} weitere` : '';
		super(`Die Eingaben der Umschlüsselung sind ungültig:\n${shown.join('\n')}${more}`);
		this.name = 'CrosswalkInputError';
	}
}

/**
 * Per source unit its basis and per (source, target) pair its mass of that basis, with an optional
 * second (area) basis for sources whose primary basis is zero, and optional target totals.
 * Pairs are keyed s · targets.length + t.
 */
export interface CrosswalkMasses {
	sources: readonly string[];
	targets: readonly string[];
	primaryBasis: CrosswalkBasis;
	basis: Float64Array;
	pairs: Map<number, number>;
	fallback: { basis: Float64Array; pairs: Map<number, number> } | null;
	/** Per target its total of the primary (and fallback) basis, to report the target's coverage. */
	targetTotals: { primary: Float64Array; fallback: Float64Array | null } | null;
}

export function checkOptions(options: CrosswalkOptions, problems: string[]): void {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date))
		problems.push(`Das Datum „${options.date}“ ist kein Datum der Form JJJJ-MM-TT.`);
	const tolerance = options.tolerance ?? defaultSliverTolerance;
	if (!(tolerance >= 0 && tolerance < 1))
		problems.push(`Die Toleranz für Splitterflächen muss in [0, 1) liegen, nicht ${tolerance}.`);
}

/** Turns masses into weights: shares, slivers dropped, optionally renormalised, coverage reported. */
export function assembleCrosswalk(
	method: CrosswalkMethod,
	masses: CrosswalkMasses,
	options: CrosswalkOptions
): Crosswalk {
	const tolerance = options.tolerance ?? defaultSliverTolerance;
	const renormalise = options.renormalise ?? false;
	const nT = masses.targets.length;
	const bySource: number[][] = masses.sources.map(() => []);
	const keys = new Set<number>([...masses.pairs.keys(), ...(masses.fallback?.pairs.keys() ?? [])]);
	for (const key of [...keys].sort((a, b) => a - b)) bySource[Math.floor(key / nT)]!.push(key);

	const weights: CrosswalkWeight[] = [];
	const sources: SourceCoverage[] = masses.sources.map((source, s) => {
		let basis: CrosswalkBasis = masses.primaryBasis;
		let total = masses.basis[s]!;
		let pairs = masses.pairs;
		if (!(total > 0) && masses.fallback && masses.fallback.basis[s]! > 0) {
			basis = 'area';
			total = masses.fallback.basis[s]!;
			pairs = masses.fallback.pairs;
		}
		if (!(total > 0)) return { source, basis: 'none', total: 0, inside: 0, slivers: 0, coverage: 0 };
		let inside = 0;
		let slivers = 0;
		const kept: CrosswalkWeight[] = [];
		for (const key of bySource[s]!) {
			const share = (pairs.get(key) ?? 0) / total;
			if (share === 0) continue;
			inside += share;
			if (share < tolerance) slivers += share;
			else kept.push({ source, target: masses.targets[key % nT]!, weight: share });
		}
		let coverage = kept.reduce((sum, w) => sum + w.weight, 0);
		if (renormalise && coverage > 0) {
			for (const w of kept) w.weight /= coverage;
			coverage = kept.reduce((sum, w) => sum + w.weight, 0);
		}
		weights.push(...kept);
		return { source, basis, total, inside, slivers, coverage };
	});

	const targets: TargetCoverage[] = masses.targets.map((target) => ({ target, inside: null }));
	if (masses.targetTotals) {
		const into = new Float64Array(nT);
		const intoFallback = new Float64Array(nT);
		for (const [key, mass] of masses.pairs) into[key % nT]! += mass;
		for (const [key, mass] of masses.fallback?.pairs ?? []) intoFallback[key % nT]! += mass;
		const { primary, fallback } = masses.targetTotals;
		targets.forEach((entry, t) => {
			if (primary[t]! > 0) entry.inside = into[t]! / primary[t]!;
			else if (fallback && fallback[t]! > 0) entry.inside = intoFallback[t]! / fallback[t]!;
		});
	}

	return {
		method,
		date: options.date,
		sourceLayer: options.sourceLayer,
		targetLayer: options.targetLayer,
		tolerance,
		renormalised: renormalise,
		weights,
		sources,
		targets
	};
}
