import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundToBase, roundedRate } from './rounding';

describe('roundToBase', () => {
	it('rounds to the nearest multiple, halves up', () => {
		expect([0, 1, 2, 3, 4, 5].map((v) => roundToBase(v, 3))).toEqual([0, 0, 3, 3, 3, 6]);
		expect([0, 2, 3, 7, 8, 12].map((v) => roundToBase(v, 5))).toEqual([0, 0, 5, 5, 10, 10]);
		expect([4, 5, 14, 15, 25, 26].map((v) => roundToBase(v, 10))).toEqual([0, 10, 10, 20, 30, 30]);
	});

	it('gives multiples of the base, within base/2 of the count, and exactly base/2 only upwards', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1_000_000 }),
				fc.constantFrom(3 as const, 5 as const, 10 as const),
				(v, base) => {
					const r = roundToBase(v, base);
					expect(r % base).toBe(0);
					expect(Math.abs(r - v)).toBeLessThanOrEqual(base / 2);
					if (Math.abs(r - v) === base / 2) expect(r).toBeGreaterThan(v);
					// Deterministic and idempotent: the same count gives the same value in every output.
					expect(roundToBase(r, base)).toBe(r);
				}
			)
		);
	});
});

describe('roundedRate', () => {
	it('divides the rounded counts, so the rate matches what the export shows', () => {
		// 1 of 7: the exact rate 14.29 % would, with the rounded denominator 5, give the counts away.
		expect(roundedRate(1, 7, 5)).toBe(0);
		expect(roundedRate(13, 47, 5)).toBeCloseTo((100 * 15) / 45, 12);
		expect(roundedRate(1, 2, 5)).toBeNull();
	});
});
