/**
 * Crosswalk weights from intersections that PostGIS computed (areas in m² of a metric CRS):
 * areal w_st = A(s∩t) / A(s), and population-weighted w_st = P(s∩t) / P(s) with the population
 * of a finer layer (blocks), split by area where a fine unit straddles a boundary. Population
 * weights are preferred (DOMAIN.md §5): people do not live evenly in parks and industrial estates.
 */
import {
	assembleCrosswalk,
	checkOptions,
	CrosswalkInputError,
	type Crosswalk,
	type CrosswalkMasses,
	type CrosswalkOptions
} from './crosswalk';

export interface UnitArea {
	code: string;
	/** Total area of the unit, m². */
	area: number;
}

export interface Intersection {
	source: string;
	target: string;
	/** A(s ∩ t), m²; pairs that do not meet are simply left out. */
	area: number;
}

export interface ArealInput {
	sources: readonly UnitArea[];
	/** Optional: with the targets' areas the crosswalk also reports how much of each target the source layer covers. */
	targets?: readonly UnitArea[];
	intersections: readonly Intersection[];
}

export interface FineUnit {
	code: string;
	/** Inhabitants (or addresses, dwellings) at the crosswalk's date. */
	population: number;
	/** Total area, m²: a straddling unit's population is split by the share of this area in each part. */
	area: number;
}

export interface FinePart {
	fine: string;
	/** A(f ∩ unit), m². */
	area: number;
}

export interface PopulationInput {
	fine: readonly FineUnit[];
	/** Every source unit, also those no fine unit meets (they are reported, not forgotten). */
	sources: readonly string[];
	/** Every target unit; optional, targets met in the pieces are added in order of appearance. */
	targets?: readonly string[];
	/** A(f ∩ s) for every fine unit and source unit that meet: P(s) = Σ_f P(f) · A(f∩s) / A(f). */
	sourceParts: readonly (FinePart & { source: string })[];
	/** A(f ∩ s ∩ t): P(s∩t) = Σ_f P(f) · A(f∩s∩t) / A(f). */
	pieces: readonly (FinePart & { source: string; target: string })[];
	/** Optional A(f ∩ t), only to report how much of each target's population the source layer covers. */
	targetParts?: readonly (FinePart & { target: string })[];
}

/** A fine unit assigned whole to one source and one target unit (a block by its centroid, an address point). */
export interface AssignedFineUnit {
	code: string;
	population: number;
	/** Optional area, m²: lets a source unit without inhabitants fall back to area weights. */
	area?: number;
	source: string | null;
	target: string | null;
}

function checkAmount(value: number, what: string, problems: string[]): void {
	if (!Number.isFinite(value) || value < 0)
		problems.push(`${what}: ${String(value)} ist keine nicht-negative endliche Zahl.`);
}

/** Codes to indexes; repeated codes are a problem (the same unit twice would count twice). */
function indexCodes(codes: readonly string[], what: string, problems: string[]): Map<string, number> {
	const index = new Map<string, number>();
	for (const code of codes) {
		if (index.has(code)) problems.push(`${what} „${code}“ ist doppelt angegeben.`);
		else index.set(code, index.size);
	}
	return index;
}

/** The targets' index: the given list, extended (unless given) by the targets met in the input. */
function targetIndex(
	given: readonly string[] | undefined,
	met: Iterable<string>,
	problems: string[]
): Map<string, number> {
	const index = indexCodes(given ?? [], 'Die Zieleinheit', problems);
	for (const code of met) {
		if (index.has(code)) continue;
		if (given) problems.push(`Die Zieleinheit „${code}“ ist nicht unter den Zieleinheiten.`);
		else index.set(code, index.size);
	}
	return index;
}

function addPair(pairs: Map<number, number>, key: number, mass: number): void {
	pairs.set(key, (pairs.get(key) ?? 0) + mass);
}

/** Areal weights w_st = A(s∩t) / A(s). */
export function arealWeights(input: ArealInput, options: CrosswalkOptions): Crosswalk {
	const problems: string[] = [];
	checkOptions(options, problems);
	const sources = indexCodes(
		input.sources.map((u) => u.code),
		'Die Ausgangseinheit',
		problems
	);
	const targets = targetIndex(
		input.targets?.map((u) => u.code),
		input.intersections.map((i) => i.target),
		problems
	);
	const basis = new Float64Array(sources.size);
	input.sources.forEach((u, s) => {
		checkAmount(u.area, `Fläche der Ausgangseinheit „${u.code}“`, problems);
		if (sources.get(u.code) === s) basis[s] = u.area;
	});
	const targetTotals = input.targets ? new Float64Array(targets.size) : null;
	input.targets?.forEach((u) => {
		checkAmount(u.area, `Fläche der Zieleinheit „${u.code}“`, problems);
		targetTotals![targets.get(u.code)!] = u.area;
	});
	const pairs = new Map<number, number>();
	for (const { source, target, area } of input.intersections) {
		const s = sources.get(source);
		const t = targets.get(target);
		checkAmount(area, `Schnittfläche „${source}“ × „${target}“`, problems);
		if (s === undefined)
			problems.push(`Die Ausgangseinheit „${source}“ ist nicht unter den Ausgangseinheiten.`);
		if (s === undefined || t === undefined) continue;
		const key = s * targets.size + t;
		if (pairs.has(key)) problems.push(`Die Schnittfläche „${source}“ × „${target}“ ist doppelt angegeben.`);
		pairs.set(key, area);
	}
	if (problems.length > 0) throw new CrosswalkInputError(problems);
	const masses: CrosswalkMasses = {
		sources: [...sources.keys()],
		targets: [...targets.keys()],
		primaryBasis: 'area',
		basis,
		pairs,
		fallback: null,
		targetTotals: targetTotals ? { primary: targetTotals, fallback: null } : null
	};
	return assembleCrosswalk('areal', masses, options);
}

/** A part of a fine unit resolved to its population and area. */
interface ResolvedPart {
	population: number;
	area: number;
}

/** Population and area masses per source, per (source, target) pair and per target. */
function populationMasses(
	sourceCodes: readonly string[],
	givenTargets: readonly string[] | undefined,
	parts: {
		sources: readonly (ResolvedPart & { source: string })[];
		pieces: readonly (ResolvedPart & { source: string; target: string })[];
		targets: readonly (ResolvedPart & { target: string })[] | null;
	},
	problems: string[]
): CrosswalkMasses {
	const sources = indexCodes(sourceCodes, 'Die Ausgangseinheit', problems);
	const targets = targetIndex(
		givenTargets,
		[...parts.pieces.map((p) => p.target), ...(parts.targets ?? []).map((p) => p.target)],
		problems
	);
	const sourceOf = (code: string): number | undefined => {
		const s = sources.get(code);
		if (s === undefined)
			problems.push(`Die Ausgangseinheit „${code}“ ist nicht unter den Ausgangseinheiten.`);
		return s;
	};
	const basis = new Float64Array(sources.size);
	const areaBasis = new Float64Array(sources.size);
	for (const p of parts.sources) {
		const s = sourceOf(p.source);
		if (s === undefined) continue;
		basis[s]! += p.population;
		areaBasis[s]! += p.area;
	}
	const pairs = new Map<number, number>();
	const areaPairs = new Map<number, number>();
	for (const p of parts.pieces) {
		const s = sourceOf(p.source);
		if (s === undefined) continue;
		const key = s * targets.size + targets.get(p.target)!;
		addPair(pairs, key, p.population);
		addPair(areaPairs, key, p.area);
	}
	let targetTotals: CrosswalkMasses['targetTotals'] = null;
	if (parts.targets) {
		const primary = new Float64Array(targets.size);
		const fallback = new Float64Array(targets.size);
		for (const p of parts.targets) {
			primary[targets.get(p.target)!]! += p.population;
			fallback[targets.get(p.target)!]! += p.area;
		}
		targetTotals = { primary, fallback };
	}
	return {
		sources: [...sources.keys()],
		targets: [...targets.keys()],
		primaryBasis: 'population',
		basis,
		pairs,
		fallback: { basis: areaBasis, pairs: areaPairs },
		targetTotals
	};
}

/**
 * Population-weighted weights w_st = P(s∩t) / P(s) from a finer layer's population, each fine unit
 * split by area where it straddles a boundary. A source unit without inhabitants (a park, a
 * harbour) has no population to share out; its weights fall back to the areas of its fine parts,
 * marked basis 'area', so that a count recorded there (jobs, places) is not lost.
 */
export function populationWeights(input: PopulationInput, options: CrosswalkOptions): Crosswalk {
	const problems: string[] = [];
	checkOptions(options, problems);
	const fine = indexCodes(
		input.fine.map((f) => f.code),
		'Die kleinräumige Einheit',
		problems
	);
	for (const f of input.fine) {
		checkAmount(f.population, `Einwohnerzahl von „${f.code}“`, problems);
		checkAmount(f.area, `Fläche von „${f.code}“`, problems);
		if (f.population > 0 && f.area === 0)
			problems.push(`„${f.code}“ hat Einwohner, aber keine Fläche, auf die sie verteilt werden könnten.`);
	}
	const seen = new Set<string>();
	/** A part resolved to population and area; null when it names an unknown fine unit. */
	const resolve = <P extends FinePart>(p: P, names: string[]): (P & ResolvedPart) | null => {
		const key = [p.fine, ...names].join('\u0000');
		const label = [p.fine, ...names].map((c) => `„${c}“`).join(' × ');
		if (seen.has(key)) problems.push(`Die Teilfläche ${label} ist doppelt angegeben.`);
		seen.add(key);
		checkAmount(p.area, `Teilfläche ${label}`, problems);
		const f = fine.get(p.fine);
		if (f === undefined) {
			problems.push(`Die kleinräumige Einheit „${p.fine}“ ist nicht unter den kleinräumigen Einheiten.`);
			return null;
		}
		const unit = input.fine[f]!;
		const population = unit.area > 0 ? (unit.population * p.area) / unit.area : 0;
		return { ...p, population };
	};
	const resolved = <P extends FinePart>(list: readonly P[], names: (p: P) => string[]) =>
		list.flatMap((p) => resolve(p, names(p)) ?? []);
	const masses = populationMasses(
		input.sources,
		input.targets,
		{
			sources: resolved(input.sourceParts, (p) => ['s', p.source]),
			pieces: resolved(input.pieces, (p) => ['p', p.source, p.target]),
			targets: input.targetParts ? resolved(input.targetParts, (p) => ['t', p.target]) : null
		},
		problems
	);
	if (problems.length > 0) throw new CrosswalkInputError(problems);
	return assembleCrosswalk('population', masses, options);
}

/**
 * Population-weighted weights where every fine unit lies whole in one source and one target unit
 * (address points, or blocks assigned by their centroid), or outside a layer (null).
 */
export function assignedPopulationWeights(
	input: { fine: readonly AssignedFineUnit[]; sources: readonly string[]; targets?: readonly string[] },
	options: CrosswalkOptions
): Crosswalk {
	const problems: string[] = [];
	checkOptions(options, problems);
	indexCodes(
		input.fine.map((f) => f.code),
		'Die kleinräumige Einheit',
		problems
	);
	const whole = input.fine.map((f) => {
		checkAmount(f.population, `Einwohnerzahl von „${f.code}“`, problems);
		if (f.area !== undefined) checkAmount(f.area, `Fläche von „${f.code}“`, problems);
		return { ...f, area: f.area ?? 0 };
	});
	const masses = populationMasses(
		input.sources,
		input.targets,
		{
			sources: whole.flatMap((f) => (f.source === null ? [] : [{ ...f, source: f.source }])),
			pieces: whole.flatMap((f) =>
				f.source === null || f.target === null ? [] : [{ ...f, source: f.source, target: f.target }]
			),
			targets: whole.flatMap((f) => (f.target === null ? [] : [{ ...f, target: f.target }]))
		},
		problems
	);
	if (problems.length > 0) throw new CrosswalkInputError(problems);
	return assembleCrosswalk('population', masses, options);
}
