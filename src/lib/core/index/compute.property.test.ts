import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndex, type IndexInput, type IndexResult } from './compute';
import { berlinDynamicsClasses, berlinStatusClasses, type IndexDefinition } from './definition';

/** Rates as they come (two decimals), now and then without a value. */
const cell = fc.oneof(
	{ weight: 25, arbitrary: fc.integer({ min: -100_000, max: 100_000 }).map((v) => v / 100) },
	{ weight: 1, arbitrary: fc.constant(Number.NaN) }
);

const world = fc.integer({ min: 2, max: 30 }).chain((n) => {
	const column = fc.array(cell, { minLength: n, maxLength: n });
	return fc.record({
		status: fc.array(column, { minLength: 4, maxLength: 4 }),
		dynamics: fc.array(column, { minLength: 2, maxLength: 2 }),
		population: fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: n, maxLength: n }),
		weights: fc.array(
			fc.integer({ min: 1, max: 40 }).map((w) => w / 10),
			{ minLength: 6, maxLength: 6 }
		),
		better: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
		sample: fc.boolean(),
		mean: fc.boolean(),
		restandardise: fc.boolean(),
		excludeFirst: fc.boolean()
	});
});
type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

function setUp(w: World): { definition: IndexDefinition; input: IndexInput } {
	const units = w.population.map((_, i) => `U${i}`);
	const polarity = (k: number) => (w.better[k] ? ('higher_better' as const) : ('higher_worse' as const));
	return {
		definition: {
			code: 'p',
			name: 'p',
			description: null,
			layer: 'l',
			status: [0, 1, 2, 3].map((k) => ({ indicator: `s${k}`, weight: w.weights[k]!, polarity: polarity(k) })),
			dynamics: [4, 5].map((k) => ({
				indicator: `d${k}`,
				weight: w.weights[k]!,
				polarity: polarity(k),
				windowYears: null
			})),
			combination: w.mean ? 'mean' : 'sum',
			restandardise: w.restandardise,
			sdConvention: w.sample ? 'sample' : 'population',
			eligibility: {
				minimumPopulation: 300,
				populationVariable: 'ew',
				excluded: w.excludeFirst ? [{ unit: 'U0', reason: 'Ausreißer' }] : []
			},
			statusClasses: berlinStatusClasses,
			dynamicsClasses: berlinDynamicsClasses,
			combinedSeparator: ''
		},
		input: {
			units,
			status: w.status.map((c) => Float64Array.from(c)),
			dynamics: w.dynamics.map((c) => Float64Array.from(c)),
			population: Float64Array.from(w.population)
		}
	};
}

/** Mean 0 and sd 1 under the convention, or all 0 when the values did not vary. */
function expectStandardised(values: number[], sample: boolean): void {
	if (values.length === 0) return;
	const mean = values.reduce((a, b) => a + b, 0) / values.length;
	expect(Math.abs(mean)).toBeLessThan(1e-9);
	if (values.every((v) => v === 0)) return;
	const squares = values.reduce((a, v) => a + (v - mean) ** 2, 0);
	expect(Math.sqrt(squares / (sample ? values.length - 1 : values.length))).toBeCloseTo(1, 9);
}

const thresholds = [...berlinStatusClasses.thresholds, ...berlinDynamicsClasses.thresholds];
/** A value within 1e-9 of a threshold may fall either way after a reordering of sums. */
const nearThreshold = (v: number | null) => v !== null && thresholds.some((t) => Math.abs(v - t) < 1e-9);

function expectSameClasses(a: IndexResult, b: IndexResult): void {
	const other = new Map(b.units.map((u) => [u.unit, u]));
	for (const u of a.units) {
		const v = other.get(u.unit)!;
		if (!nearThreshold(u.statusIndex)) expect(v.statusClass?.code).toBe(u.statusClass?.code);
		if (!nearThreshold(u.dynamicsIndex)) expect(v.dynamicsClass?.code).toBe(u.dynamicsClass?.code);
		expect(v.reason).toBe(u.reason);
	}
}

describe('computeIndex (properties)', () => {
	it('standardises every status indicator over its statistics population', () => {
		fc.assert(
			fc.property(world, (w) => {
				const { definition, input } = setUp(w);
				const result = computeIndex(definition, input);
				const members = result.units.filter((u) => u.statusClass !== null);
				expect(members.length).toBe(result.statistics.status[0]!.n);
				if (w.sample && members.length < 2) return;
				for (let k = 0; k < 4; k++)
					expectStandardised(
						members.map((u) => u.statusZ[k]!),
						w.sample
					);
				if (w.restandardise)
					expectStandardised(
						members.map((u) => u.statusIndex!),
						w.sample
					);
				const moving = result.units.filter((u) => u.dynamicsClass !== null);
				if (w.restandardise && !(w.sample && moving.length < 2))
					expectStandardised(
						moving.map((u) => u.dynamicsIndex!),
						w.sample
					);
			})
		);
	});

	it('never makes a class depend on the order of the units', () => {
		fc.assert(
			fc.property(
				world.chain((w) =>
					fc.tuple(
						fc.constant(w),
						fc.shuffledSubarray([...w.population.keys()], { minLength: w.population.length })
					)
				),
				([w, order]) => {
					const { definition, input } = setUp(w);
					const pick = (c: Float64Array) => Float64Array.from(order, (i) => c[i]!);
					const shuffled: IndexInput = {
						units: order.map((i) => input.units[i]!),
						status: input.status.map(pick),
						dynamics: input.dynamics.map(pick),
						population: pick(input.population!)
					};
					expectSameClasses(computeIndex(definition, input), computeIndex(definition, shuffled));
				}
			)
		);
	});

	it('changes no class when an indicator is scaled by a positive factor', () => {
		fc.assert(
			fc.property(
				world,
				fc.integer({ min: 0, max: 5 }),
				fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
				(w, k, factor) => {
					const { definition, input } = setUp(w);
					const scale = (c: Float64Array) => c.map((v) => v * factor);
					const scaled: IndexInput = {
						...input,
						status: input.status.map((c, j) => (j === k ? scale(c) : c)),
						dynamics: input.dynamics.map((c, j) => (j + 4 === k ? scale(c) : c))
					};
					expectSameClasses(computeIndex(definition, input), computeIndex(definition, scaled));
				}
			)
		);
	});
});
