import { describe, expect, it } from 'vitest';
import { computeIndex, type IndexInput } from './compute';
import {
	berlinDynamicsClasses,
	berlinStatusClasses,
	type ClassScheme,
	type IndexDefinition
} from './definition';

/*
 * A hand-made table of 12 units. The eight units of the status population (U01–U08) are built
 * backwards from z-values: each status column is mean + sd · z with Σz = 0 and Σz² = 8, so that
 * mean and sd (over n) are exact, and the weighted sum 1·z1 + 0.5·z2 + 1.5·z3 + 1·z4 is exactly
 *   r = (−1, 1, 1.5, −1.5, −1, 0.5, 0.5, 0),
 * which itself has mean 0 and sd 1 — so the status index is r with or without re-standardisation,
 * and U01, U05 sit exactly on −1, U02 on +1, U03 on +1.5 and U08 on 0.
 * The rest are left out, each for another reason, and carry wild values that would move every
 * mean if they were counted.
 */
const units = ['U01', 'U02', 'U03', 'U04', 'U05', 'U06', 'U07', 'U08', 'U09', 'U10', 'U11', 'U12'];
const N = Number.NaN;
//            U01  U02  U03  U04  U05  U06  U07  U08  U09   U10   U11   U12
const s1 = [20, 20, 26, 24, 22, 20, 14, 14, 15, 900, 900, 900]; // 20 + 4·z1
const s2 = [56, 56, 52, 64, 56, 68, 76, 52, 50, 900, 900, 900]; // 60 − 8·z2 (higher_better)
const s3 = [9, 11, 12, 7, 7, 10, 12, 12, N, 900, 900, 900]; //      10 + 2·z3; U09 lacks it
const s4 = [27, 30, 18, 30, 33, 36, 39, 27, 31, 900, 900, 900]; // 30 + 6·z4
const d1 = [0.4, -1.2, 2.3, 0.1, -0.7, 1.9, -2.4, 0.8, 3.1, 99, 99, 99];
const d2 = [1.0, 0.2, -0.5, 0.3, 2.2, -1.4, 0.6, N, -2.0, 99, 99, 99]; // higher_better; U08 lacks it
const population = [1200, 800, 4000, 950, 3100, 610, 2000, 700, 1500, 5000, 250, N];
const r = [-1, 1, 1.5, -1.5, -1, 0.5, 0.5, 0];

function definition(overrides: Partial<IndexDefinition> = {}): IndexDefinition {
	return {
		code: 'test',
		name: 'Testindex',
		description: null,
		layer: 'planungsraum',
		status: [
			{ indicator: 's1', weight: 1, polarity: 'higher_worse' },
			{ indicator: 's2', weight: 0.5, polarity: 'higher_better' },
			{ indicator: 's3', weight: 1.5, polarity: 'higher_worse' },
			{ indicator: 's4', weight: 1, polarity: 'higher_worse' }
		],
		dynamics: [
			{ indicator: 'd1', weight: 2, polarity: 'higher_worse', windowYears: null },
			{ indicator: 'd2', weight: 1, polarity: 'higher_better', windowYears: null }
		],
		combination: 'sum',
		restandardise: true,
		sdConvention: 'population',
		eligibility: {
			minimumPopulation: 300,
			populationVariable: 'ew_gesamt',
			excluded: [{ unit: 'U10', reason: 'Gemeinschaftsunterkunft' }]
		},
		statusClasses: berlinStatusClasses,
		dynamicsClasses: berlinDynamicsClasses,
		combinedSeparator: '',
		...overrides
	};
}

const input: IndexInput = {
	units,
	status: [s1, s2, s3, s4].map((c) => Float64Array.from(c)),
	dynamics: [d1, d2].map((c) => Float64Array.from(c)),
	population: Float64Array.from(population)
};

// ---- the independent computation: plain arithmetic over plain arrays ----
function plainMean(xs: number[]): number {
	let s = 0;
	for (const x of xs) s += x;
	return s / xs.length;
}
function plainSd(xs: number[], overN: boolean): number {
	const m = plainMean(xs);
	let s = 0;
	for (const x of xs) s += (x - m) * (x - m);
	return Math.sqrt(s / (overN ? xs.length : xs.length - 1));
}
/** Index values of the members (in member order) by the textbook formulas. */
function plainIndex(
	columns: number[][],
	weights: number[],
	signs: number[],
	members: number[],
	opts: { mean: boolean; restandardise: boolean; overN: boolean }
): number[] {
	const zs = columns.map((column, k) => {
		const xs = members.map((i) => column[i]!);
		const m = plainMean(xs);
		const sd = plainSd(xs, opts.overN);
		return xs.map((x) => (signs[k]! * (x - m)) / sd);
	});
	const totalWeight = weights.reduce((a, b) => a + b, 0);
	const combined = members.map((_, j) => {
		let s = 0;
		for (let k = 0; k < zs.length; k++) s += weights[k]! * zs[k]![j]!;
		return opts.mean ? s / totalWeight : s;
	});
	if (!opts.restandardise) return combined;
	const m = plainMean(combined);
	const sd = plainSd(combined, opts.overN);
	return combined.map((c) => (c - m) / sd);
}
const statusMembers = [0, 1, 2, 3, 4, 5, 6, 7];
const dynamicsMembers = [0, 1, 2, 3, 4, 5, 6, 8];
const statusPlain = (opts: { mean: boolean; restandardise: boolean; overN: boolean }) =>
	plainIndex([s1, s2, s3, s4], [1, 0.5, 1.5, 1], [1, -1, 1, 1], statusMembers, opts);
const dynamicsPlain = (opts: { mean: boolean; restandardise: boolean; overN: boolean }) =>
	plainIndex([d1, d2], [2, 1], [1, -1], dynamicsMembers, opts);
/** Berlin dynamics classes read off by hand: < −1 positive, −1 … +1 stable, > +1 negative. */
const berlinDynamicsCode = (v: number) => (v < -1 ? '+' : v > 1 ? '−' : '±');

describe('computeIndex on a hand-made table', () => {
	const result = computeIndex(definition(), input);
	const byUnit = new Map(result.units.map((u) => [u.unit, u]));

	it('keeps the input order and counts the eligible units', () => {
		expect(result.units.map((u) => u.unit)).toEqual(units);
		expect(result.eligibleCount).toBe(9);
	});

	it('computes mean and sd over the status population only', () => {
		const stats = result.statistics.status.map((s) => [s.indicator, s.mean, s.sd, s.n]);
		expect(stats).toEqual([
			['s1', 20, 4, 8],
			['s2', 60, 8, 8],
			['s3', 10, 2, 8],
			['s4', 30, 6, 8]
		]);
		expect(result.statistics.statusCombination).toEqual({ n: 8, mean: 0, sd: 1 });
		expect(result.statistics.dynamics.map((s) => s.n)).toEqual([8, 8]);
		expect(result.statistics.dynamics[0]!.mean).toBeCloseTo(
			plainMean(dynamicsMembers.map((i) => d1[i]!)),
			12
		);
	});

	it('gives the z-values and the status index of the independent computation', () => {
		const plain = statusPlain({ mean: false, restandardise: true, overN: true });
		statusMembers.forEach((i, j) => {
			const unit = result.units[i]!;
			expect(unit.statusIndex).toBeCloseTo(plain[j]!, 12);
			expect(unit.statusIndex).toBe(r[j]); // exactly, by construction
		});
		// z of s2 (higher_better, mean 60, sd 8) for U07 = −(76 − 60) / 8 = −2
		expect(byUnit.get('U07')!.statusZ).toEqual([-1.5, -2, 1, 1.5]);
	});

	it('gives the dynamics index of the independent computation over its own population', () => {
		const plain = dynamicsPlain({ mean: false, restandardise: true, overN: true });
		dynamicsMembers.forEach((i, j) => {
			const unit = result.units[i]!;
			expect(unit.dynamicsIndex).toBeCloseTo(plain[j]!, 12);
			expect(unit.dynamicsClass!.code).toBe(berlinDynamicsCode(plain[j]!));
		});
		expect(byUnit.get('U09')!.dynamicsZ.every((z) => typeof z === 'number')).toBe(true);
	});

	it('classifies values on a threshold by the onThreshold rule', () => {
		const codes = (onThreshold: ClassScheme['onThreshold']) =>
			computeIndex(definition({ statusClasses: { ...berlinStatusClasses, onThreshold } }), input)
				.units.slice(0, 8)
				.map((u) => u.statusClass!.code);
		//                         −1   +1  +1.5 −1.5  −1  0.5  0.5   0
		expect(codes('centre')).toEqual(['2', '2', '3', '1', '2', '2', '2', '2']);
		expect(codes('above')).toEqual(['2', '3', '4', '1', '2', '2', '2', '2']);
		expect(codes('below')).toEqual(['1', '2', '3', '1', '1', '2', '2', '2']);
		// threshold 0 (U08 sits on it): 'centre' sends it above
		const zero = (onThreshold: ClassScheme['onThreshold']) =>
			computeIndex(
				definition({
					statusClasses: {
						thresholds: [-1, 0, 1],
						codes: ['a', 'b', 'c', 'd'],
						labels: ['a', 'b', 'c', 'd'],
						direction: 'low_first',
						onThreshold
					}
				}),
				input
			).units[7]!.statusClass!.code;
		expect([zero('centre'), zero('above'), zero('below')]).toEqual(['c', 'c', 'b']);
	});

	it('names codes from the top under high_first', () => {
		const high = computeIndex(
			definition({
				statusClasses: {
					...berlinStatusClasses,
					codes: ['IV', 'III', 'II', 'I'],
					labels: ['4', '3', '2', '1'],
					direction: 'high_first',
					onThreshold: 'above'
				}
			}),
			input
		);
		// positions 1, 2, 3, 0 (onThreshold 'above'), read from the top: IV III II I
		expect(high.units.slice(0, 4).map((u) => u.statusClass!.code)).toEqual(['II', 'III', 'IV', 'I']);
		expect(high.units[2]!.statusClass!.position).toBe(3);
	});

	it('gives combined classes and the reason where a unit has no class', () => {
		expect(byUnit.get('U04')!.combinedClass).toBe(`1${byUnit.get('U04')!.dynamicsClass!.code}`);
		const reasons = units.slice(7).map((u) => {
			const x = byUnit.get(u)!;
			return [u, x.statusClass?.code ?? null, x.combinedClass, x.reason, x.dynamicsReason, x.reasonDetail];
		});
		expect(reasons).toEqual([
			['U08', '2', null, null, 'values_missing', 'Keine Veränderung für d2'],
			['U09', null, null, 'values_missing', null, 'Kein Wert für s3'],
			['U10', null, null, 'excluded', null, 'Gemeinschaftsunterkunft'],
			['U11', null, null, 'population_below_minimum', null, '250 Einwohner, Mindestzahl 300'],
			['U12', null, null, 'population_missing', null, 'Keine Einwohnerzahl (ew_gesamt)']
		]);
		for (const u of ['U10', 'U11', 'U12']) {
			const x = byUnit.get(u)!;
			expect([...x.statusZ, ...x.dynamicsZ, x.statusIndex, x.dynamicsIndex, x.dynamicsClass]).toEqual([
				null,
				null,
				null,
				null,
				null,
				null,
				null,
				null,
				null
			]);
		}
		expect(byUnit.get('U09')!.dynamicsClass).not.toBeNull();
	});

	it('re-standardises only when asked: weighted mean without it is r / Σw', () => {
		const off = computeIndex(definition({ combination: 'mean', restandardise: false }), input);
		const on = computeIndex(definition({ combination: 'mean', restandardise: true }), input);
		const plainOff = statusPlain({ mean: true, restandardise: false, overN: true });
		statusMembers.forEach((i, j) => {
			expect(off.units[i]!.statusIndex).toBe(r[j]! / 4);
			expect(off.units[i]!.statusIndex).toBeCloseTo(plainOff[j]!, 12);
			expect(on.units[i]!.statusIndex).toBe(r[j]);
		});
		expect(off.statistics.statusCombination.sd).toBe(0.25);
		const dynOff = dynamicsPlain({ mean: true, restandardise: false, overN: true });
		dynamicsMembers.forEach((i, j) => expect(off.units[i]!.dynamicsIndex).toBeCloseTo(dynOff[j]!, 12));
		const dynOn = dynamicsPlain({ mean: true, restandardise: true, overN: true });
		dynamicsMembers.forEach((i, j) => expect(on.units[i]!.dynamicsIndex).toBeCloseTo(dynOn[j]!, 12));
	});

	it('divides by n − 1 under the sample convention', () => {
		const sample = computeIndex(definition({ sdConvention: 'sample', restandardise: false }), input);
		const plain = statusPlain({ mean: false, restandardise: false, overN: false });
		statusMembers.forEach((i, j) => expect(sample.units[i]!.statusIndex).toBeCloseTo(plain[j]!, 12));
		expect(sample.statistics.status[0]!.sd).toBeCloseTo(4 * Math.sqrt(8 / 7), 12);
		// every z shrinks by √(7/8) against the population convention
		expect(sample.units[6]!.statusZ[0]).toBeCloseTo(-1.5 * Math.sqrt(7 / 8), 12);
	});

	it('has no dynamics part when the definition has none: the combined class is the status class', () => {
		const plain = computeIndex(definition({ dynamics: [], dynamicsClasses: null }), {
			...input,
			dynamics: []
		});
		expect(plain.units[2]!.combinedClass).toBe('3');
		expect(plain.units[7]!.combinedClass).toBe('2');
		expect(plain.units[7]!.dynamicsReason).toBeNull();
		expect(plain.statistics.dynamicsCombination).toBeNull();
	});

	it('gives z = 0, not NaN, when every unit has the same value', () => {
		const same = computeIndex(definition(), {
			...input,
			status: [Float64Array.from(units, () => 0.1 + 0.2), ...input.status.slice(1)]
		});
		expect(same.statistics.status[0]!.sd).toBe(0);
		expect(same.units.slice(0, 8).every((u) => u.statusZ[0] === 0)).toBe(true);
		const single = computeIndex(definition({ sdConvention: 'sample' }), {
			units: ['A'],
			status: input.status.map(() => Float64Array.of(5)),
			dynamics: input.dynamics.map(() => Float64Array.of(1)),
			population: Float64Array.of(1000)
		});
		expect(single.units[0]!.statusIndex).toBe(0);
		expect(single.statistics.status[0]!.sd).toBeNull();
	});
});

describe('a validity flag (a 0/1 variable per unit)', () => {
	//              U01 U02 U03 U04 U05 U06 U07 U08 U09 U10 U11 U12
	const flag = [1, 1, 1, 1, 1, 0, 1, 1, N, 1, 1, 1];
	const flagged = (whenMissing: 'include' | 'exclude') =>
		computeIndex(
			definition({
				eligibility: {
					...definition().eligibility,
					validityFlag: { variable: 'gueltig', validValue: 1, whenMissing }
				}
			}),
			{ ...input, validity: Float64Array.from(flag) }
		);

	it('leaves out the units flagged invalid, with the flag named in the reason', () => {
		const result = flagged('exclude');
		const byUnit = new Map(result.units.map((u) => [u.unit, u]));
		expect(byUnit.get('U06')).toMatchObject({
			reason: 'excluded',
			statusClass: null,
			reasonDetail: 'Ungültig laut Merkmal „gueltig“: Wert 0, gültig ist 1'
		});
		expect(byUnit.get('U09')).toMatchObject({
			reason: 'excluded',
			reasonDetail: 'Kein Wert im Gültigkeitsmerkmal „gueltig“ (ohne Wert ausgeschlossen)'
		});
		// The exclusion list keeps its own reason where a unit is on it.
		expect(byUnit.get('U10')!.reasonDetail).toBe('Gemeinschaftsunterkunft');
		expect(result.eligibleCount).toBe(7);
	});

	it('computes mean, sd and index over the remaining units only, as the plain computation does', () => {
		const result = flagged('exclude');
		const members = [0, 1, 2, 3, 4, 6, 7];
		const plain = plainIndex([s1, s2, s3, s4], [1, 0.5, 1.5, 1], [1, -1, 1, 1], members, {
			mean: false,
			restandardise: true,
			overN: true
		});
		members.forEach((i, j) => expect(result.units[i]!.statusIndex).toBeCloseTo(plain[j]!, 12));
		expect(result.statistics.status[0]!.n).toBe(7);
		expect(result.statistics.status[0]!.mean).toBeCloseTo(plainMean(members.map((i) => s1[i]!)), 12);
	});

	it('includes units without a flag value when the definition says so', () => {
		const result = flagged('include');
		const u09 = result.units.find((u) => u.unit === 'U09')!;
		// U09 takes part again, and lacks s3 as in the table without a flag.
		expect(u09.reason).toBe('values_missing');
		expect(result.eligibleCount).toBe(8);
	});
});

describe('the example of DOMAIN.md §1', () => {
	// 3 indicators, 5 areas, equal weights: (3,6,10) (5,9,18) (8,15,35) (4,7,12) (10,20,45)
	const areas = [
		[3, 6, 10],
		[5, 9, 18],
		[8, 15, 35],
		[4, 7, 12],
		[10, 20, 45]
	];
	const example = (sdConvention: 'population' | 'sample') =>
		computeIndex(
			definition({
				status: [1, 2, 3].map((k) => ({ indicator: `i${k}`, weight: 1, polarity: 'higher_worse' as const })),
				dynamics: [],
				dynamicsClasses: null,
				sdConvention,
				eligibility: { minimumPopulation: null, populationVariable: null, excluded: [] }
			}),
			{
				units: ['a', 'b', 'c', 'd', 'e'],
				status: [0, 1, 2].map((k) => Float64Array.from(areas, (row) => row[k]!)),
				dynamics: [],
				population: null
			}
		);

	it('has the published means and, over n − 1, the published z of the last area', () => {
		const result = example('sample');
		expect(result.statistics.status.map((s) => s.mean)).toEqual([6, 11.4, 24]);
		const last = result.units[4]!;
		expect(last.statusZ.map((z) => Math.round(z! * 100) / 100)).toEqual([1.37, 1.45, 1.37]);
		// the last area carries the highest status burden
		const top = result.units.reduce((a, b) => (b.statusIndex! > a.statusIndex! ? b : a));
		expect(top.unit).toBe('e');
	});

	it('divides by n under the Berlin convention (z of the last area 1.53 / 1.62 / 1.53)', () => {
		const last = example('population').units[4]!;
		expect(last.statusZ[0]).toBeCloseTo(4 / Math.sqrt(34 / 5), 12);
		expect(last.statusZ.map((z) => Math.round(z! * 100) / 100)).toEqual([1.53, 1.62, 1.53]);
	});
});
