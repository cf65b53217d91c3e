/** Converting counts through hand-computed crosswalks. */
import { describe, expect, it } from 'vitest';
import { convertCounts } from './convert';
import { arealWeights } from './weights';

const options = { sourceLayer: 'quelle', targetLayer: 'ziel', date: '2026-01-01' };

// The 3×3 grid of 100 m cells onto the 2×2 grid of 150 m quarters (see weights.test.ts).
const cells = ['00', '10', '20', '01', '11', '21', '02', '12', '22'];
const grid = arealWeights(
	{
		sources: cells.map((c) => ({ code: `g${c}`, area: 10_000 })),
		targets: ['00', '10', '01', '11'].map((q) => ({ code: `q${q}`, area: 22_500 })),
		intersections: cells.flatMap((c) => {
			const [i, j] = [Number(c[0]), Number(c[1])];
			// Overlap of cell [i, i+1] with quarter [1.5a, 1.5a+1.5] in units of 100 m.
			const share = (k: number, a: number) =>
				Math.max(0, Math.min(k + 1, 1.5 * a + 1.5) - Math.max(k, 1.5 * a));
			return [0, 1].flatMap((a) =>
				[0, 1].flatMap((b) => {
					const area = share(i, a) * share(j, b) * 10_000;
					return area > 0 ? [{ source: `g${c}`, target: `q${a}${b}`, area }] : [];
				})
			);
		})
	},
	options
);

/** Cell values 1…9, row by row. */
const values = new Map(cells.map((c, k) => [`g${c}`, k + 1]));

describe('convertCounts', () => {
	it('moves counts onto the quarters and keeps the total', () => {
		const result = convertCounts(grid, values);
		// q00 = g00 + ½ g10 + ½ g01 + ¼ g11 = 1 + 1 + 2 + 1.25; likewise for the others.
		expect(result.targets.map((t) => [t.target, t.value])).toEqual([
			['q00', 5.25],
			['q10', 8.25],
			['q01', 14.25],
			['q11', 17.25]
		]);
		expect(result.totals).toEqual({ source: 45, arrived: 45, lost: 0, shown: 45, preserved: true });
		expect(result.losses).toEqual([]);
		expect(result.missingSources).toEqual([]);
		expect(result.targets.every((t) => t.knownShare === 1 && t.inside === 1)).toBe(true);
	});

	it('makes every target fed by a missing source missing, with the known part', () => {
		const partial = new Map(values);
		partial.delete('g10');
		for (const input of [new Map([...values, ['g10', null]]), partial]) {
			const r = convertCounts(grid, input);
			// g10 feeds q00 and q10 by half each; q01 and q11 are complete.
			expect(r.targets.map((t) => t.value)).toEqual([null, null, 14.25, 17.25]);
			expect(r.targets[0]).toMatchObject({ knownPart: 4.25, missingSources: ['g10'] });
			// q00 receives 10 000 + 5 000 + 5 000 + 2 500 m²; 5 000 of them from g10.
			expect(r.targets[0]!.knownShare).toBeCloseTo(17_500 / 22_500, 12);
			expect(r.missingSources).toEqual(['g10']);
			expect(r.totals).toMatchObject({ source: 43, arrived: 43, lost: 0, shown: 31.5, preserved: true });
		}
	});

	it('names the source units that lose part of their count', () => {
		// The target layer ends at x = 1.8: B loses 0.2 of its count.
		const cw = arealWeights(
			{
				sources: [
					{ code: 'A', area: 1 },
					{ code: 'B', area: 1 }
				],
				intersections: [
					{ source: 'A', target: 'L', area: 1 },
					{ source: 'B', target: 'L', area: 0.5 },
					{ source: 'B', target: 'R', area: 0.3 }
				]
			},
			options
		);
		const result = convertCounts(
			cw,
			new Map([
				['A', 100],
				['B', 50],
				['Z', 7]
			])
		);
		expect(result.targets.map((t) => t.value)).toEqual([125, 15]);
		expect(result.totals.source).toBe(157);
		expect(result.totals.arrived).toBeCloseTo(140, 12);
		expect(result.totals.lost).toBeCloseTo(17, 12);
		expect(result.totals.preserved).toBe(false);
		expect(result.losses.map((l) => [l.source, l.reason])).toEqual([
			['B', 'partial'],
			['Z', 'unknown']
		]);
		expect(result.losses[0]!.lost).toBeCloseTo(10, 12);
		expect(result.losses[1]!.lost).toBe(7);
	});

	it('leaves a target no source reaches missing, not 0', () => {
		const cw = arealWeights(
			{
				sources: [{ code: 'A', area: 1 }],
				targets: [
					{ code: 'L', area: 1 },
					{ code: 'M', area: 1 }
				],
				intersections: [{ source: 'A', target: 'L', area: 1 }]
			},
			options
		);
		const result = convertCounts(cw, new Map([['A', 3]]));
		expect(result.targets[1]).toEqual({
			target: 'M',
			value: null,
			knownPart: 0,
			knownShare: null,
			missingSources: [],
			inside: 0
		});
	});

	it('refuses values that are not finite numbers', () => {
		expect(() => convertCounts(grid, new Map([['g00', Number.NaN]]))).toThrow(/keine endliche Zahl/);
	});
});
