/**
 * Properties of crosswalks between random rectangle partitions, checked against overlaps computed
 * independently in test-layouts.ts: coverage, preserved totals, the way back, missing values, and
 * population weights that equal the areal ones when everyone lives evenly spread.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertCounts } from './convert';
import type { Crosswalk } from './crosswalk';
import { area, intersections, overlap, partition, unitAreas, type Rect } from './test-layouts';
import { arealWeights, populationWeights } from './weights';

const options = { sourceLayer: 'quelle', targetLayer: 'ziel', date: '2026-01-01', tolerance: 0 };

const draws = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { maxLength: 24 });

/** A source layer on [0,W]×[0,H] and a target layer on the same or on a shifted, resized extent. */
const layouts = fc
	.record({
		width: fc.integer({ min: 2, max: 40 }),
		height: fc.integer({ min: 2, max: 40 }),
		sameExtent: fc.boolean(),
		shift: fc.tuple(fc.integer({ min: -8, max: 8 }), fc.integer({ min: -8, max: 8 })),
		grow: fc.tuple(fc.integer({ min: -8, max: 8 }), fc.integer({ min: -8, max: 8 })),
		sourceDraws: draws,
		targetDraws: draws,
		fineDraws: fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { maxLength: 60 })
	})
	.map((r) => {
		const extent = { x0: 0, y0: 0, x1: r.width, y1: r.height };
		const x0 = r.shift[0];
		const y0 = r.shift[1];
		const targetExtent = r.sameExtent
			? extent
			: {
					x0,
					y0,
					x1: Math.max(x0 + 1, x0 + r.width + r.grow[0]),
					y1: Math.max(y0 + 1, y0 + r.height + r.grow[1])
				};
		return {
			extent,
			targetExtent,
			sources: partition('s', extent, r.sourceDraws),
			targets: partition('t', targetExtent, r.targetDraws),
			fine: partition('f', extent, r.fineDraws)
		};
	});

const counts = fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 25, maxLength: 25 });

function areal(sources: Rect[], targets: Rect[]): Crosswalk {
	return arealWeights(
		{
			sources: unitAreas(sources),
			targets: unitAreas(targets),
			intersections: intersections(sources, targets)
		},
		options
	);
}

function relativeClose(actual: number, expected: number, digits = 9) {
	expect(Math.abs(actual - expected)).toBeLessThanOrEqual(10 ** -digits * Math.max(1, Math.abs(expected)));
}

describe('crosswalks between random rectangle partitions', () => {
	it('weights of every source unit sum to the share of it inside the target layer, and back', () => {
		fc.assert(
			fc.property(layouts, ({ sources, targets, extent, targetExtent }) => {
				const cw = areal(sources, targets);
				sources.forEach((s, i) => {
					const share = overlap(s, targetExtent) / area(s);
					relativeClose(cw.sources[i]!.coverage, share, 12);
					relativeClose(cw.sources[i]!.inside, share, 12);
				});
				targets.forEach((t, i) => relativeClose(cw.targets[i]!.inside!, overlap(t, extent) / area(t), 12));
			})
		);
	});

	it('preserves totals up to what leaves the target layer, and names who loses it', () => {
		fc.assert(
			fc.property(layouts, counts, ({ sources, targets, targetExtent }, xs) => {
				const cw = areal(sources, targets);
				const values = new Map(sources.map((s, i) => [s.code, xs[i % xs.length]!]));
				const result = convertCounts(cw, values);
				const total = sources.reduce((sum, s) => sum + values.get(s.code)!, 0);
				const expected = sources.reduce(
					(sum, s) => sum + (values.get(s.code)! * overlap(s, targetExtent)) / area(s),
					0
				);
				const shown = result.targets.reduce((sum, t) => sum + (t.value ?? 0), 0);
				relativeClose(result.totals.source, total);
				relativeClose(result.totals.arrived, expected);
				relativeClose(shown, expected);
				const partial = sources.filter((s) => overlap(s, targetExtent) < area(s)).map((s) => s.code);
				expect(result.losses.map((l) => l.source).sort()).toEqual(partial.sort());
				const lossless = partial.every((code) => values.get(code) === 0);
				expect(result.totals.preserved).toBe(lossless);
			})
		);
	});

	it('returns the totals (not the values) through the crosswalk and its inverse', () => {
		fc.assert(
			fc.property(layouts, counts, ({ sources, fine }, xs) => {
				// Two partitions of the same extent: the fine one stands in as a second, non-nested layer.
				const there = areal(sources, fine);
				const back = areal(fine, sources);
				const values = new Map(sources.map((s, i) => [s.code, xs[i % xs.length]!]));
				const y = convertCounts(there, values);
				expect(y.totals.preserved).toBe(true);
				const z = convertCounts(back, new Map(y.targets.map((t) => [t.target, t.value])));
				expect(z.totals.preserved).toBe(true);
				const total = [...values.values()].reduce((a, b) => a + b, 0);
				relativeClose(
					z.targets.reduce((sum, t) => sum + t.value!, 0),
					total
				);
			})
		);
	});

	it('makes exactly the targets fed by a missing source missing', () => {
		fc.assert(
			fc.property(
				layouts,
				counts,
				fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }),
				(layout, xs, gaps) => {
					const { sources, targets } = layout;
					const cw = areal(sources, targets);
					const values = new Map(
						sources.map((s, i) => [s.code, gaps[i % gaps.length]! ? null : xs[i % xs.length]!])
					);
					const result = convertCounts(cw, values);
					targets.forEach((t, i) => {
						const feeding = sources.filter((s) => overlap(s, t) > 0);
						const known = (s: Rect) => values.get(s.code) !== null;
						const part = feeding
							.filter(known)
							.reduce((sum, s) => sum + (values.get(s.code)! * overlap(s, t)) / area(s), 0);
						const converted = result.targets[i]!;
						relativeClose(converted.knownPart, part);
						if (feeding.length === 0 || !feeding.every(known)) expect(converted.value).toBeNull();
						else relativeClose(converted.value!, part);
						expect(converted.missingSources).toEqual(feeding.filter((s) => !known(s)).map((s) => s.code));
					});
				}
			)
		);
	});

	it('population weights with evenly spread inhabitants equal the areal weights', () => {
		fc.assert(
			fc.property(
				layouts,
				fc.double({ min: 0.01, max: 100, noNaN: true }),
				({ sources, targets, fine }, density) => {
					const pop = populationWeights(
						{
							fine: fine.map((f) => ({ code: f.code, population: density * area(f), area: area(f) })),
							sources: sources.map((s) => s.code),
							targets: targets.map((t) => t.code),
							sourceParts: fine.flatMap((f) =>
								sources.flatMap((s) =>
									overlap(f, s) > 0 ? [{ fine: f.code, source: s.code, area: overlap(f, s) }] : []
								)
							),
							pieces: fine.flatMap((f) =>
								sources.flatMap((s) =>
									targets.flatMap((t) =>
										overlap(f, s, t) > 0
											? [{ fine: f.code, source: s.code, target: t.code, area: overlap(f, s, t) }]
											: []
									)
								)
							)
						},
						options
					);
					const ar = areal(sources, targets);
					expect(pop.weights.map((w) => `${w.source}>${w.target}`)).toEqual(
						ar.weights.map((w) => `${w.source}>${w.target}`)
					);
					pop.weights.forEach((w, k) => relativeClose(w.weight, ar.weights[k]!.weight, 12));
					expect(pop.sources.every((c) => c.basis === 'population')).toBe(true);
				}
			)
		);
	});

	it('population weights of a source sum to the share of its inhabitants inside the target layer', () => {
		fc.assert(
			fc.property(layouts, counts, ({ sources, targets, fine, targetExtent }, people) => {
				const population = (f: Rect, i: number) => people[i % people.length]! % 50;
				const cw = populationWeights(
					{
						fine: fine.map((f, i) => ({ code: f.code, population: population(f, i), area: area(f) })),
						sources: sources.map((s) => s.code),
						sourceParts: fine.flatMap((f) =>
							sources.flatMap((s) =>
								overlap(f, s) > 0 ? [{ fine: f.code, source: s.code, area: overlap(f, s) }] : []
							)
						),
						pieces: fine.flatMap((f) =>
							sources.flatMap((s) =>
								targets.flatMap((t) =>
									overlap(f, s, t) > 0
										? [{ fine: f.code, source: s.code, target: t.code, area: overlap(f, s, t) }]
										: []
								)
							)
						)
					},
					options
				);
				sources.forEach((s, k) => {
					const inS = fine.reduce((sum, f, i) => sum + (population(f, i) * overlap(f, s)) / area(f), 0);
					const inBoth = fine.reduce(
						(sum, f, i) => sum + (population(f, i) * overlap(f, s, targetExtent)) / area(f),
						0
					);
					const share = inS > 0 ? inBoth / inS : overlap(s, targetExtent) / area(s);
					relativeClose(cw.sources[k]!.coverage, share, 12);
					expect(cw.sources[k]!.basis).toBe(inS > 0 ? 'population' : 'area');
				});
			})
		);
	});
});
