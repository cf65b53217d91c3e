import { classPositions } from './classes';
import type { ClassScheme, IndexDefinition, IndexPolarity } from './definition';
import { moments, standardise, type Moments } from './standardise';

/**
 * The arithmetic of one date of a composite index (DOMAIN.md §1), column by column: eligibility →
 * polarity → z over the statistics population → weighted sum or mean → optional
 * re-standardisation → class positions on the unrounded value, for the status part and, over its
 * own population, for the dynamics part.
 *
 * Everything is a typed array aligned to the units: 100,000 units × 6 indicators are a few passes
 * over memory. Objects per unit (`computeIndex`) cost more than all of this together, so callers
 * that handle many units or dates (storage, the benchmark) can stay with the columns.
 */
export interface IndexInput {
	/** Unit codes; every column below is aligned to them. */
	units: readonly string[];
	/** One column per `definition.status` entry, in order; NaN (or any non-finite number) = no value. */
	status: readonly Float64Array[];
	/**
	 * One column per `definition.dynamics` entry: the change values (NaN = none). The caller
	 * computes window changes x(t) − x(t − n) before.
	 */
	dynamics: readonly Float64Array[];
	/** Inhabitants per unit (NaN = missing); null when the definition sets no minimum population. */
	population: Float64Array | null;
	/** The validity flag per unit (NaN = no value); absent when the definition has no flag. */
	validity?: Float64Array | null;
}

/** Mean and sd of one indicator's values as delivered (before polarity) over its population. */
export interface IndicatorStatistics extends Moments {
	indicator: string;
	polarity: IndexPolarity;
	weight: number;
}

export interface IndexStatistics {
	status: IndicatorStatistics[];
	dynamics: IndicatorStatistics[];
	/** The weighted sum or mean of the z-values, before re-standardisation. */
	statusCombination: Moments;
	/** null when the index has no dynamics part. */
	dynamicsCombination: Moments | null;
}

/** Eligibility of a unit, as stored in `IndexColumns.eligibility`. */
export const EligibilityState = {
	eligible: 0,
	excluded: 1,
	belowMinimum: 2,
	populationMissing: 3
} as const;

export interface PartColumns {
	/** z per indicator (after polarity); NaN outside the part's statistics population. */
	z: Float64Array[];
	/** The (re-standardised) combination, unrounded; NaN outside the population. */
	index: Float64Array;
	/** Class position (0 = lowest values); −1 outside the population. */
	position: Int8Array;
	/** 1 for the units of the statistics population: eligible, with a value in every column. */
	member: Uint8Array;
	statistics: IndicatorStatistics[];
	combination: Moments;
}

export interface IndexColumns {
	/** One of `EligibilityState` per unit. */
	eligibility: Uint8Array;
	eligibleCount: number;
	status: PartColumns;
	/** null when the index has no dynamics part. */
	dynamics: PartColumns | null;
}

/** Units that take part: not on the exclusion list and, where a minimum is set, with enough inhabitants. */
function eligibility(definition: IndexDefinition, input: IndexInput): Uint8Array {
	const { units, population } = input;
	const { minimumPopulation, excluded } = definition.eligibility;
	const state = new Uint8Array(units.length);
	const left = new Set(excluded.map((e) => e.unit));
	for (let i = 0; i < units.length; i++) {
		if (left.size > 0 && left.has(units[i]!)) state[i] = EligibilityState.excluded;
		else if (flaggedInvalid(definition, input, i)) state[i] = EligibilityState.excluded;
		else if (minimumPopulation !== null) {
			const inhabitants = population![i]!;
			if (!Number.isFinite(inhabitants)) state[i] = EligibilityState.populationMissing;
			else if (inhabitants < minimumPopulation) state[i] = EligibilityState.belowMinimum;
		}
	}
	return state;
}

/** Whether unit i is left out by the definition's validity flag. */
export function flaggedInvalid(definition: IndexDefinition, input: IndexInput, i: number): boolean {
	const flag = definition.eligibility.validityFlag;
	if (!flag) return false;
	const value = input.validity?.[i] ?? Number.NaN;
	if (!Number.isFinite(value)) return flag.whenMissing === 'exclude';
	return value !== flag.validValue;
}

/** Eligible units with a finite value in every column: the part's statistics population. */
function membersWithValues(state: Uint8Array, columns: readonly Float64Array[]): Uint8Array {
	const member = new Uint8Array(state.length);
	for (let i = 0; i < state.length; i++) member[i] = state[i] === EligibilityState.eligible ? 1 : 0;
	for (const column of columns)
		for (let i = 0; i < member.length; i++)
			if (member[i] === 1 && !Number.isFinite(column[i]!)) member[i] = 0;
	return member;
}

/**
 * z = sign · (x − mean) / sd for the members (NaN for the rest, 0 without spread, as
 * `standardise`), and in the same pass into += w · z: one pass less per indicator.
 */
function standardiseAndAdd(
	values: Float64Array,
	member: Uint8Array,
	stats: Moments,
	sign: 1 | -1,
	w: number,
	into: Float64Array
): Float64Array {
	const z = new Float64Array(values.length);
	const scale = stats.sd !== null && stats.sd > 0 ? sign / stats.sd : 0;
	const centre = stats.mean ?? 0;
	for (let i = 0; i < values.length; i++) {
		const v = member[i] === 1 ? (scale === 0 ? 0 : (values[i]! - centre) * scale) : Number.NaN;
		z[i] = v;
		into[i] = into[i]! + w * v;
	}
	return z;
}

/**
 * The z-values that enter a combination have sd 1, so the combination varies on the scale of the
 * weights. When their spread cancels out (the same indicator entered twice with opposite
 * polarity, two units only), what is left is rounding noise of about 1e-16, and standardising it
 * would hand out classes at random. Below 1e-12 of that scale the combination counts as constant:
 * every unit gets 0, as with any constant.
 */
function withoutNoise(
	combination: Moments,
	entries: readonly { weight: number }[],
	definition: IndexDefinition
): Moments {
	const scale = definition.combination === 'sum' ? entries.reduce((s, e) => s + e.weight, 0) : 1;
	return combination.sd !== null && combination.sd < 1e-12 * scale ? { ...combination, sd: 0 } : combination;
}

function computePart(
	entries: readonly { indicator: string; weight: number; polarity: IndexPolarity }[],
	columns: readonly Float64Array[],
	state: Uint8Array,
	definition: IndexDefinition,
	scheme: ClassScheme
): PartColumns {
	const n = state.length;
	const member = membersWithValues(state, columns);
	const combined = new Float64Array(n);
	const statistics: IndicatorStatistics[] = [];
	// Weighted mean Σ w·z / Σ w as Σ (w / Σ w)·z: the same value, without a pass of its own.
	const divisor = definition.combination === 'mean' ? entries.reduce((s, e) => s + e.weight, 0) : 1;
	const z = entries.map((entry, k) => {
		const stats = moments(columns[k]!, member, definition.sdConvention);
		statistics.push({ indicator: entry.indicator, polarity: entry.polarity, weight: entry.weight, ...stats });
		// higher_better is turned around so that a higher z always means more disadvantage.
		const sign = entry.polarity === 'higher_better' ? -1 : 1;
		return standardiseAndAdd(columns[k]!, member, stats, sign, entry.weight / divisor, combined);
	});
	// NaN outside the population already: every z there is NaN, and so is their sum. Its moments
	// are taken before it is re-standardised in place.
	const combination = moments(combined, member, definition.sdConvention);
	const index = definition.restandardise
		? standardise(combined, member, withoutNoise(combination, entries, definition), 1, combined)
		: combined;
	const position = classPositions(scheme, index, member);
	return { z, index, position, member, statistics, combination };
}

/** Refuses input that does not fit the definition: a programming error, not a user's mistake. */
function checkInput(definition: IndexDefinition, input: IndexInput): void {
	const n = input.units.length;
	const aligned = (columns: readonly Float64Array[], expected: number, part: string) => {
		if (columns.length !== expected)
			throw new Error(`${part}: ${columns.length} Spalten für ${expected} Indikatoren.`);
		if (columns.some((c) => c.length !== n)) throw new Error(`${part}: Spaltenlänge ≠ Zahl der Gebiete.`);
	};
	aligned(input.status, definition.status.length, 'Status');
	aligned(input.dynamics, definition.dynamics.length, 'Dynamik');
	if (
		definition.eligibility.minimumPopulation !== null &&
		(!input.population || input.population.length !== n)
	)
		throw new Error('Zur Mindesteinwohnerzahl fehlt die Einwohnerspalte.');
	if (definition.eligibility.validityFlag && (!input.validity || input.validity.length !== n))
		throw new Error('Zum Gültigkeitsmerkmal fehlt seine Spalte.');
	if (definition.dynamics.length > 0 && !definition.dynamicsClasses)
		throw new Error('Zu Dynamikindikatoren gehören Dynamikklassen.');
}

export function computeIndexColumns(definition: IndexDefinition, input: IndexInput): IndexColumns {
	checkInput(definition, input);
	const state = eligibility(definition, input);
	let eligibleCount = 0;
	for (let i = 0; i < state.length; i++) if (state[i] === EligibilityState.eligible) eligibleCount++;
	const status = computePart(definition.status, input.status, state, definition, definition.statusClasses);
	const dynamics =
		definition.dynamics.length > 0
			? computePart(definition.dynamics, input.dynamics, state, definition, definition.dynamicsClasses!)
			: null;
	return { eligibility: state, eligibleCount, status, dynamics };
}
