import { describe, expect, it } from 'vitest';
import { decayWeight, type DistanceDecay } from './distance-decay';
import { twoStepFca, type TwoStepFcaInput } from './two-step-fca';

/**
 * Hand-computed world, catchment d0 = 1,000 m (coordinates in metres):
 *
 *   U0 (0, 0) 100 children      F0 (0, 0)     60 places: U0 at 0 m, U1 at exactly 1,000 m (on the radius)
 *   U1 (1000, 0) 50 children    F1 (300, 400) 30 places: U0 at 500 m, U1 at √650,000 ≈ 806.23 m
 *   U2 (0, 2000) 80 children    F2 (0, 1500)  40 places: U2 at 500 m
 *   U3 (5000, 5000) 20 children  (no facility in reach)
 *
 * All other distances exceed 1,000 m (F1–U2 √2,650,000, F2–U0 1,500, F2–U1 √3,250,000, F0–U2 2,000).
 */
const world = (decay: DistanceDecay): TwoStepFcaInput => ({
	facilities: { x: [0, 300, 0], y: [0, 400, 1500], supply: [60, 30, 40] },
	demand: { x: [0, 1000, 0, 5000], y: [0, 0, 2000, 5000], population: [100, 50, 80, 20] },
	catchment: 1000,
	decay
});

const d11 = Math.sqrt(650_000);

function expectClose(actual: (number | null)[], expected: number[]) {
	expect(actual).toHaveLength(expected.length);
	actual.forEach((value, i) => expect(value, `index ${i}`).toBeCloseTo(expected[i]!, 12));
}

describe('twoStepFca, hand-computed', () => {
	it('without decay: everything within 1,000 m counts fully, the radius included', () => {
		const result = twoStepFca(world({ kind: 'none' }));
		// R0 = 60 / (100 + 50) = 0.4; R1 = 30 / (100 + 50) = 0.2; R2 = 40 / 80 = 0.5
		expectClose(result.ratio, [0.4, 0.2, 0.5]);
		// A0 = 0.4 + 0.2; A1 = 0.4 + 0.2 (F0 on the radius counts); A2 = 0.5; A3 = nothing in reach = 0
		expectClose(result.accessibility, [0.6, 0.6, 0.5, 0]);
		expectClose(result.placesPer100, [60, 60, 50, 0]);
		expect(result.pairs).toBe(5);
	});

	it('linear: W = 1 − d/d0, so U1 on F0’s radius weighs 0', () => {
		const result = twoStepFca(world({ kind: 'linear' }));
		const w = 1 - d11 / 1000; // F1–U1
		const r1 = 30 / (100 * 0.5 + 50 * w); // 0.502607601462…
		// R0 = 60 / (1 · 100 + 0 · 50) = 0.6
		expectClose(result.ratio, [0.6, r1, 1]);
		expect(r1).toBeCloseTo(0.5026076014620635, 12);
		// A0 = 1 · 0.6 + 0.5 · R1 = 0.851303800731…; A1 = w · R1 = 0.097392398537…; A2 = 0.5 · (40 / 40)
		expectClose(result.accessibility, [0.8513038007310317, 0.09739239853793644, 0.5, 0]);
		expect(result.pairs).toBe(4); // F0–U1 has weight 0 and is no pair
	});

	it('Gaussian (Dai 2010): 1 at 0 m, 0 on the radius', () => {
		const e = Math.exp(-0.5);
		const g = (d: number) => (Math.exp(-0.5 * (d / 1000) ** 2) - e) / (1 - e);
		expect(g(500)).toBeCloseTo(0.7013665732390044, 14);
		expect(g(d11)).toBeCloseTo(0.29480491121550084, 14);
		const result = twoStepFca(world({ kind: 'gaussian' }));
		// R0 = 60 / 100; R1 = 30 / (100 · 0.70137 + 50 · 0.29480) = 0.353453047653…; R2 = 40 / 80 · 1 (W cancels)
		expectClose(result.ratio, [0.6, 0.3534530476537511, 40 / (80 * g(500))]);
		// A0 = 0.6 + 0.70137 · R1; A1 = 0.29480 · R1; A2 = 0.5
		expectClose(result.accessibility, [0.8479001528337939, 0.10419969433241227, 0.5, 0]);
	});

	it('step weights per ring: a distance on a ring limit belongs to the inner ring', () => {
		const result = twoStepFca(
			world({
				kind: 'steps',
				rings: [
					{ upTo: 500, weight: 1 },
					{ upTo: 1000, weight: 0.5 }
				]
			})
		);
		// F0: U0 (0 m) 1, U1 (1,000 m, on the radius) 0.5 → R0 = 60 / (100 + 25) = 0.48
		// F1: U0 (500 m, on the inner limit) 1, U1 (806 m) 0.5 → R1 = 30 / 125 = 0.24; F2: U2 (500 m) 1 → 0.5
		expectClose(result.ratio, [0.48, 0.24, 0.5]);
		// A0 = 0.48 + 0.24; A1 = 0.5 · 0.48 + 0.5 · 0.24; A2 = 0.5
		expectClose(result.accessibility, [0.72, 0.36, 0.5, 0]);
	});

	it('conserves the places in every hand-computed case', () => {
		const decays: DistanceDecay[] = [
			{ kind: 'none' },
			{ kind: 'linear' },
			{ kind: 'gaussian' },
			{ kind: 'steps', rings: [{ upTo: 1000, weight: 0.3 }] }
		];
		for (const decay of decays) {
			const result = twoStepFca(world(decay));
			const served = result.accessibility.reduce((s: number, a, i) => s + a! * [100, 50, 80, 20][i]!, 0);
			expect(served, decay.kind).toBeCloseTo(130, 10);
		}
	});

	it('a facility on the far side of a unit boundary serves it: points, not containment, decide', () => {
		// One unit point at (0, 0), a Kita 999 m away (in another unit) and one 1,001 m away.
		const result = twoStepFca({
			facilities: { x: [999, 0], y: [0, -1001], supply: [10, 50] },
			demand: { x: [0], y: [0], population: [40] },
			catchment: 1000,
			decay: { kind: 'none' }
		});
		expect(result.accessibility).toEqual([0.25]);
		expect(result.reachesDemand).toEqual([true, false]);
		expect(result.ratio).toEqual([0.25, null]);
	});
});

describe('twoStepFca, missing and empty inputs', () => {
	it('an unknown population makes the ratios reaching it and the locations they reach unknown', () => {
		const input = world({ kind: 'none' });
		input.demand.population = [100, null, 80, 20];
		const result = twoStepFca(input);
		// U1 is reached by F0 and F1, which also reach U0: both unknown; F2 and U2 are untouched.
		expect(result.ratio).toEqual([null, null, 0.5]);
		expect(result.accessibility).toEqual([null, null, 0.5, 0]);
		expect(result.placesPer100).toEqual([null, null, 50, 0]);
	});

	it('NaN counts as unknown, like null', () => {
		const input = world({ kind: 'none' });
		input.facilities.supply = Float64Array.from([60, Number.NaN, 40]);
		const result = twoStepFca(input);
		expect(result.ratio).toEqual([0.4, null, 0.5]);
		expect(result.accessibility).toEqual([null, null, 0.5, 0]);
	});

	it('a catchment with only zero population: the facility reaches no demand and adds nothing', () => {
		const result = twoStepFca({
			facilities: { x: [0], y: [0], supply: [25] },
			demand: { x: [10, 5000], y: [0, 0], population: [0, 30] },
			catchment: 100,
			decay: { kind: 'none' }
		});
		expect(result.reachesDemand).toEqual([false]);
		expect(result.ratio).toEqual([null]);
		expect(result.accessibility).toEqual([0, 0]);
	});

	it('refuses inputs a service must have checked', () => {
		const base = world({ kind: 'none' });
		expect(() => twoStepFca({ ...base, catchment: 0 })).toThrow(/Einzugsradius/);
		expect(() => twoStepFca({ ...base, facilities: { ...base.facilities, supply: [1, -1, 0] } })).toThrow(
			/negative Platzzahl/
		);
		expect(() => twoStepFca({ ...base, demand: { ...base.demand, x: [0, 1, 2] } })).toThrow(/gleich lang/);
		expect(() => twoStepFca({ ...base, demand: { ...base.demand, x: [0, Number.NaN, 0, 0] } })).toThrow(
			/Koordinate/
		);
		expect(() =>
			twoStepFca({ ...base, decay: { kind: 'steps', rings: [{ upTo: 500, weight: 1 }] } })
		).toThrow(/äußerste Ring/);
		expect(() =>
			twoStepFca({
				...base,
				decay: {
					kind: 'steps',
					rings: [
						{ upTo: 600, weight: 1 },
						{ upTo: 600, weight: 1 }
					]
				}
			})
		).toThrow(/aufsteigend/);
	});
});

describe('decayWeight', () => {
	it('falls from 1 at the facility to the radius as described', () => {
		expect(decayWeight({ kind: 'none' }, 1000, 1000)).toBe(1);
		expect(decayWeight({ kind: 'linear' }, 250, 1000)).toBe(0.75);
		expect(decayWeight({ kind: 'linear' }, 1000, 1000)).toBe(0);
		expect(decayWeight({ kind: 'gaussian' }, 0, 1000)).toBe(1);
		expect(decayWeight({ kind: 'gaussian' }, 1000, 1000)).toBeCloseTo(0, 15);
		const rings = [
			{ upTo: 300, weight: 1 },
			{ upTo: 600, weight: 0.68 },
			{ upTo: 900, weight: 0.22 }
		];
		expect([0, 300, 301, 600, 900].map((d) => decayWeight({ kind: 'steps', rings }, d, 900))).toEqual([
			1, 1, 0.68, 0.68, 0.22
		]);
	});
});
