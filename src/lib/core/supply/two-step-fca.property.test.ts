import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decayWeight, type DistanceDecay } from './distance-decay';
import { twoStepFca, type TwoStepFcaInput } from './two-step-fca';

/**
 * Whole-metre coordinates in a 4 km square, as in a small town; mostly on a 100 m lattice, so that
 * distances fall exactly on the catchment radius (0/1000, 600/800/1000 …) and points share a spot.
 */
const coordinate = fc.oneof(
	fc.integer({ min: 0, max: 40 }).map((k) => k * 100),
	fc.integer({ min: 0, max: 4000 })
);
const point = fc.record({ x: coordinate, y: coordinate });

const decay: fc.Arbitrary<DistanceDecay> = fc.oneof(
	fc.constant({ kind: 'none' as const }),
	fc.constant({ kind: 'linear' as const }),
	fc.constant({ kind: 'gaussian' as const }),
	fc
		.array(
			fc.record({
				step: fc.integer({ min: 1, max: 8 }).map((k) => k * 100),
				weight: fc.integer({ min: 0, max: 100 })
			}),
			{
				minLength: 1,
				maxLength: 4
			}
		)
		.map((steps) => {
			let upTo = 0;
			return {
				kind: 'steps' as const,
				rings: steps.map((s) => ({ upTo: (upTo += s.step), weight: s.weight / 100 }))
			};
		})
);

const world = fc
	.record({
		facilities: fc.array(fc.record({ at: point, supply: fc.integer({ min: 0, max: 200 }) }), {
			maxLength: 40
		}),
		demand: fc.array(fc.record({ at: point, population: fc.integer({ min: 0, max: 600 }) }), {
			minLength: 1,
			maxLength: 40
		}),
		catchment: fc.integer({ min: 1, max: 20 }).map((k) => k * 100),
		decay
	})
	.map(({ facilities, demand, catchment, decay }): TwoStepFcaInput => {
		// Step rings define their own radius.
		const d0 = decay.kind === 'steps' ? decay.rings.at(-1)!.upTo : catchment;
		return {
			facilities: {
				x: facilities.map((f) => f.at.x),
				y: facilities.map((f) => f.at.y),
				supply: facilities.map((f) => f.supply)
			},
			demand: {
				x: demand.map((d) => d.at.x),
				y: demand.map((d) => d.at.y),
				population: demand.map((d) => d.population)
			},
			catchment: d0,
			decay
		};
	});

/** The method written out as its two formulas over every pair, without the prefilter. */
function bruteForce(input: TwoStepFcaInput): number[] {
	const { facilities: f, demand: u, catchment: d0, decay } = input;
	const distance = (j: number, i: number) => Math.hypot(f.x[j]! - u.x[i]!, f.y[j]! - u.y[i]!);
	const inReach = (j: number, i: number) => distance(j, i) <= d0;
	const ratios = Array.from({ length: f.x.length }, (_, j) => {
		let weighted = 0;
		for (let k = 0; k < u.x.length; k++)
			if (inReach(j, k)) weighted += decayWeight(decay, distance(j, k), d0) * u.population[k]!;
		return weighted > 0 ? f.supply[j]! / weighted : 0;
	});
	return Array.from({ length: u.x.length }, (_, i) => {
		let a = 0;
		for (let j = 0; j < f.x.length; j++)
			if (inReach(j, i)) a += decayWeight(decay, distance(j, i), d0) * ratios[j]!;
		return a;
	});
}

describe('twoStepFca, properties', () => {
	it('conserves supply: Σ A_i · P_i = Σ S_j over facilities that reach any demand', () => {
		fc.assert(
			fc.property(world, (input) => {
				const result = twoStepFca(input);
				let served = 0;
				result.accessibility.forEach((a, i) => (served += a! * input.demand.population[i]!));
				let reached = 0;
				result.reachesDemand.forEach((r, j) => r && (reached += input.facilities.supply[j]!));
				expect(Math.abs(served - reached)).toBeLessThanOrEqual(1e-9 * Math.max(1, reached));
			}),
			{ numRuns: 500 }
		);
	});

	it('agrees with the formulas over every pair (the prefilter loses nothing)', () => {
		fc.assert(
			fc.property(world, (input) => {
				const expected = bruteForce(input);
				twoStepFca(input).accessibility.forEach((a, i) =>
					expect(Math.abs(a! - expected[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected[i]!))
				);
			}),
			{ numRuns: 500 }
		);
	});

	it('more places at one facility never lower anyone’s accessibility', () => {
		fc.assert(
			fc.property(world, fc.nat(), fc.integer({ min: 1, max: 100 }), (input, pick, extra) => {
				fc.pre(input.facilities.x.length > 0);
				const j = pick % input.facilities.x.length;
				const supply = Array.from(input.facilities.supply, (s, k) => s! + (k === j ? extra : 0));
				const before = twoStepFca(input).accessibility;
				const after = twoStepFca({ ...input, facilities: { ...input.facilities, supply } }).accessibility;
				after.forEach((a, i) => expect(a!).toBeGreaterThanOrEqual(before[i]! - 1e-12));
			}),
			{ numRuns: 200 }
		);
	});
});
