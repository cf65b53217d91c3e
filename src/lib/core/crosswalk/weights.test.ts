/**
 * Crosswalk weights on layouts small enough to compute by hand; the expected numbers are written
 * out, not derived from the code under test.
 */
import { describe, expect, it } from 'vitest';
import { CrosswalkInputError, type Crosswalk } from './crosswalk';
import { arealWeights, assignedPopulationWeights, populationWeights } from './weights';

const options = { sourceLayer: 'quelle', targetLayer: 'ziel', date: '2026-01-01' };

function weightTable(crosswalk: Crosswalk): Record<string, number> {
	return Object.fromEntries(crosswalk.weights.map((w) => [`${w.source}>${w.target}`, w.weight]));
}

function expectWeights(crosswalk: Crosswalk, expected: Record<string, number>) {
	const actual = weightTable(crosswalk);
	expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
	for (const [pair, weight] of Object.entries(expected)) expect(actual[pair]).toBeCloseTo(weight, 12);
}

describe('areal weights: two squares split by a line', () => {
	// A = [0,1]×[0,1], B = [1,2]×[0,1]; the target line runs at x = 1.5: L = [0,1.5], R = [1.5,2].
	const sources = [
		{ code: 'A', area: 1 },
		{ code: 'B', area: 1 }
	];
	const intersections = [
		{ source: 'A', target: 'L', area: 1 },
		{ source: 'B', target: 'L', area: 0.5 },
		{ source: 'B', target: 'R', area: 0.5 }
	];

	it('shares each square by area and names method and date', () => {
		const cw = arealWeights({ sources, intersections }, options);
		expectWeights(cw, { 'A>L': 1, 'B>L': 0.5, 'B>R': 0.5 });
		expect(cw).toMatchObject({
			method: 'areal',
			date: '2026-01-01',
			sourceLayer: 'quelle',
			targetLayer: 'ziel'
		});
		expect(cw.sources.map((c) => c.coverage)).toEqual([1, 1]);
		expect(cw.targets.map((t) => t.target)).toEqual(['L', 'R']);
	});

	it('reports the part of a square outside a smaller target layer, and keeps it lost unless told', () => {
		// R ends at x = 1.8: B ∩ R = 0.3, so 0.2 of B lies outside the target layer.
		const short = [...intersections.slice(0, 2), { source: 'B', target: 'R', area: 0.3 }];
		const targets = [
			{ code: 'L', area: 1.5 },
			{ code: 'R', area: 0.3 }
		];
		const cw = arealWeights({ sources, targets, intersections: short }, options);
		expectWeights(cw, { 'A>L': 1, 'B>L': 0.5, 'B>R': 0.3 });
		expect(cw.sources[1]).toMatchObject({ source: 'B', basis: 'area', total: 1, slivers: 0 });
		expect(cw.sources[1]!.coverage).toBeCloseTo(0.8, 12);
		expect(cw.sources[1]!.inside).toBeCloseTo(0.8, 12);
		expect(cw.targets).toEqual([
			{ target: 'L', inside: 1 },
			{ target: 'R', inside: 1 }
		]);

		const renormalised = arealWeights({ sources, intersections: short }, { ...options, renormalise: true });
		expectWeights(renormalised, { 'A>L': 1, 'B>L': 0.625, 'B>R': 0.375 });
		expect(renormalised.sources[1]!.coverage).toBeCloseTo(1, 12);
		expect(renormalised.sources[1]!.inside).toBeCloseTo(0.8, 12);
		expect(renormalised.renormalised).toBe(true);
	});

	it('drops slivers below the tolerance and reports them', () => {
		const withSliver = [...intersections, { source: 'A', target: 'R', area: 4e-7 }];
		const cw = arealWeights({ sources, intersections: withSliver }, options);
		expectWeights(cw, { 'A>L': 1, 'B>L': 0.5, 'B>R': 0.5 });
		expect(cw.sources[0]!.slivers).toBeCloseTo(4e-7, 15);
		expect(cw.sources[0]!.inside).toBeCloseTo(1 + 4e-7, 15);
		expect(cw.tolerance).toBe(1e-6);
		const kept = arealWeights({ sources, intersections: withSliver }, { ...options, tolerance: 1e-7 });
		expect(weightTable(kept)['A>R']).toBeCloseTo(4e-7, 15);
	});

	it('gives a unit without area no weights instead of dividing by zero', () => {
		const cw = arealWeights({ sources: [...sources, { code: 'C', area: 0 }], intersections }, options);
		expect(cw.sources[2]).toEqual({
			source: 'C',
			basis: 'none',
			total: 0,
			inside: 0,
			slivers: 0,
			coverage: 0
		});
	});
});

describe('areal weights: a 3×3 grid onto a 2×2 grid', () => {
	// Cells g{col}{row} of 100 m × 100 m on [0,300]²; quarters q{col}{row} of 150 m × 150 m.
	// A corner cell lies whole in one quarter, an edge cell half in two, the centre a quarter in each.
	const sources = ['00', '10', '20', '01', '11', '21', '02', '12', '22'].map((c) => ({
		code: `g${c}`,
		area: 10_000
	}));
	const intersections = [
		['g00', 'q00', 10_000],
		['g20', 'q10', 10_000],
		['g02', 'q01', 10_000],
		['g22', 'q11', 10_000],
		['g10', 'q00', 5_000],
		['g10', 'q10', 5_000],
		['g01', 'q00', 5_000],
		['g01', 'q01', 5_000],
		['g21', 'q10', 5_000],
		['g21', 'q11', 5_000],
		['g12', 'q01', 5_000],
		['g12', 'q11', 5_000],
		['g11', 'q00', 2_500],
		['g11', 'q10', 2_500],
		['g11', 'q01', 2_500],
		['g11', 'q11', 2_500]
	].map(([source, target, area]) => ({
		source: source as string,
		target: target as string,
		area: area as number
	}));

	it('gives 1, ½ and ¼', () => {
		const cw = arealWeights({ sources, intersections }, options);
		expectWeights(cw, {
			'g00>q00': 1,
			'g20>q10': 1,
			'g02>q01': 1,
			'g22>q11': 1,
			'g10>q00': 0.5,
			'g10>q10': 0.5,
			'g01>q00': 0.5,
			'g01>q01': 0.5,
			'g21>q10': 0.5,
			'g21>q11': 0.5,
			'g12>q01': 0.5,
			'g12>q11': 0.5,
			'g11>q00': 0.25,
			'g11>q10': 0.25,
			'g11>q01': 0.25,
			'g11>q11': 0.25
		});
		for (const c of cw.sources) expect(c.coverage).toBeCloseTo(1, 12);
		// Ordered by source, then target, in input order.
		expect(cw.weights.slice(0, 3).map((w) => `${w.source}>${w.target}`)).toEqual([
			'g00>q00',
			'g10>q00',
			'g10>q10'
		]);
	});
});

describe('population-weighted weights', () => {
	// Sources A = [0,1], B = [1,2], C = [2,3] (× [0,1]); targets L = [0,1.5], R = [1.5,2.5], S = [2.5,3].
	// Blocks: f1 = [0,0.5] with 10, f2 = [0.5,1.5] with 40 (straddles A|B), f3 = [1.5,2] with 10,
	// f4 = [2,3] uninhabited (a park).
	const fine = [
		{ code: 'f1', population: 10, area: 0.5 },
		{ code: 'f2', population: 40, area: 1 },
		{ code: 'f3', population: 10, area: 0.5 },
		{ code: 'f4', population: 0, area: 1 }
	];
	const sourceParts = [
		{ fine: 'f1', source: 'A', area: 0.5 },
		{ fine: 'f2', source: 'A', area: 0.5 },
		{ fine: 'f2', source: 'B', area: 0.5 },
		{ fine: 'f3', source: 'B', area: 0.5 },
		{ fine: 'f4', source: 'C', area: 1 }
	];
	const pieces = [
		{ fine: 'f1', source: 'A', target: 'L', area: 0.5 },
		{ fine: 'f2', source: 'A', target: 'L', area: 0.5 },
		{ fine: 'f2', source: 'B', target: 'L', area: 0.5 },
		{ fine: 'f3', source: 'B', target: 'R', area: 0.5 },
		{ fine: 'f4', source: 'C', target: 'R', area: 0.5 },
		{ fine: 'f4', source: 'C', target: 'S', area: 0.5 }
	];

	it('splits a straddling block by area and weighs by inhabitants', () => {
		// P(A) = 10 + 40·½ = 30, all in L. P(B) = 40·½ + 10 = 30: 20 in L, 10 in R.
		// C has nobody: its weights fall back to area, ½ and ½.
		const cw = populationWeights({ fine, sources: ['A', 'B', 'C'], sourceParts, pieces }, options);
		expectWeights(cw, { 'A>L': 1, 'B>L': 2 / 3, 'B>R': 1 / 3, 'C>R': 0.5, 'C>S': 0.5 });
		expect(cw.method).toBe('population');
		expect(cw.sources.map((c) => [c.basis, c.total])).toEqual([
			['population', 30],
			['population', 30],
			['area', 1]
		]);
	});

	it('reports how much of each target the source layer covers when given the target parts', () => {
		// Only half of f3 lies in a source unit here: the target R has 10 inhabitants, 5 of them covered.
		const cw = populationWeights(
			{
				fine,
				sources: ['A', 'B', 'C'],
				sourceParts: sourceParts.map((p) => (p.fine === 'f3' ? { ...p, area: 0.25 } : p)),
				pieces: pieces.map((p) => (p.fine === 'f3' ? { ...p, area: 0.25 } : p)),
				targetParts: [
					{ fine: 'f1', target: 'L', area: 0.5 },
					{ fine: 'f2', target: 'L', area: 1 },
					{ fine: 'f3', target: 'R', area: 0.5 },
					{ fine: 'f4', target: 'R', area: 0.5 },
					{ fine: 'f4', target: 'S', area: 0.5 }
				]
			},
			options
		);
		expect(cw.targets).toEqual([
			{ target: 'L', inside: 1 },
			{ target: 'R', inside: 0.5 },
			// S has no inhabitants: its coverage is measured by area.
			{ target: 'S', inside: 1 }
		]);
		// B = 20 + 5 inhabitants: 20/25 in L, 5/25 in R.
		expectWeights(cw, { 'A>L': 1, 'B>L': 0.8, 'B>R': 0.2, 'C>R': 0.5, 'C>S': 0.5 });
	});

	it('takes blocks assigned whole to one unit of each layer', () => {
		const cw = assignedPopulationWeights(
			{
				sources: ['A', 'B', 'C'],
				fine: [
					{ code: 'b1', population: 30, source: 'A', target: 'L' },
					{ code: 'b2', population: 10, source: 'A', target: 'R' },
					{ code: 'b3', population: 25, source: 'B', target: 'R' },
					{ code: 'b4', population: 5, source: 'B', target: null },
					{ code: 'b5', population: 0, source: 'C', target: 'R' }
				]
			},
			options
		);
		expectWeights(cw, { 'A>L': 0.75, 'A>R': 0.25, 'B>R': 25 / 30 });
		expect(cw.sources[1]!.coverage).toBeCloseTo(25 / 30, 12);
		// Without areas an uninhabited unit has nothing to share out.
		expect(cw.sources[2]!.basis).toBe('none');
		expect(cw.targets).toEqual([
			{ target: 'L', inside: 1 },
			{ target: 'R', inside: 1 }
		]);
	});
});

describe('bad input', () => {
	it('names every problem', () => {
		const run = () =>
			arealWeights(
				{
					sources: [
						{ code: 'A', area: 1 },
						{ code: 'A', area: 2 },
						{ code: 'B', area: -1 }
					],
					intersections: [
						{ source: 'X', target: 'L', area: 1 },
						{ source: 'B', target: 'L', area: Number.NaN },
						{ source: 'B', target: 'L', area: 0.5 }
					]
				},
				{ ...options, date: '1.1.2026', tolerance: 1 }
			);
		expect(run).toThrow(CrosswalkInputError);
		try {
			run();
		} catch (error) {
			const problems = (error as CrosswalkInputError).problems.join('\n');
			for (const part of [
				'JJJJ-MM-TT',
				'Toleranz',
				'„A“ ist doppelt',
				'„B“: -1',
				'„X“ ist nicht',
				'NaN',
				'„B“ × „L“ ist doppelt'
			])
				expect(problems).toContain(part);
		}
	});

	it('refuses targets outside the given list and blocks with people but no area', () => {
		expect(() =>
			arealWeights(
				{
					sources: [{ code: 'A', area: 1 }],
					targets: [{ code: 'L', area: 1 }],
					intersections: [{ source: 'A', target: 'M', area: 1 }]
				},
				options
			)
		).toThrow(/„M“ ist nicht unter den Zieleinheiten/);
		expect(() =>
			populationWeights(
				{ fine: [{ code: 'f', population: 3, area: 0 }], sources: ['A'], sourceParts: [], pieces: [] },
				options
			)
		).toThrow(/hat Einwohner, aber keine Fläche/);
	});
});
