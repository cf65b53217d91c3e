import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeBetween, rateFromSums, weightedMean, yearsEarlier } from './arithmetic';

describe('rateFromSums', () => {
	it('divides the sums and scales by the factor', () => {
		expect(rateFromSums(45, 210, 100)).toBeCloseTo(21.428571, 5);
		expect(rateFromSums(3, 2000, 1000)).toBeCloseTo(1.5, 10);
	});

	it('has no value without a denominator', () => {
		expect(rateFromSums(5, 0, 100)).toBeNull();
		expect(rateFromSums(0, 0, 100)).toBeNull();
	});

	it('is the denominator-weighted mean of the unit rates, not their plain mean', () => {
		// Two areas: 10 of 100 (10 %) and 90 of 300 (30 %): together 100 of 400 = 25 %, not 20 %.
		expect(rateFromSums(10 + 90, 100 + 300, 100)).toBe(25);
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 5000 })), {
					minLength: 1,
					maxLength: 20
				}),
				(units) => {
					const n = units.reduce((s, [a]) => s + a, 0);
					const d = units.reduce((s, [, b]) => s + b, 0);
					const weighted = units.reduce((s, [a, b]) => s + (a / b) * 100 * b, 0) / d;
					expect(rateFromSums(n, d, 100)).toBeCloseTo(weighted, 8);
				}
			)
		);
	});
});

describe('weightedMean', () => {
	it('weighs values by their weights', () => {
		expect(weightedMean(10 * 100 + 30 * 300, 400)).toBe(25);
		expect(weightedMean(0, 0)).toBeNull();
	});
});

describe('changeBetween', () => {
	it('gives percentage points as a difference', () => {
		expect(changeBetween(25.5, 20, 'points')).toBeCloseTo(5.5, 10);
		expect(changeBetween(20, 25.5, 'points')).toBeCloseTo(-5.5, 10);
	});

	it('gives per cent relative to the earlier value', () => {
		expect(changeBetween(30, 20, 'percent')).toBeCloseTo(50, 10);
		expect(changeBetween(15, 20, 'percent')).toBeCloseTo(-25, 10);
		expect(changeBetween(15, 0, 'percent')).toBeNull();
	});

	it('has no value when either side is missing', () => {
		expect(changeBetween(null, 20, 'points')).toBeNull();
		expect(changeBetween(20, null, 'percent')).toBeNull();
	});
});

describe('yearsEarlier', () => {
	it('moves the Stichtag back by whole years', () => {
		expect(yearsEarlier('2016-12-31', 2)).toBe('2014-12-31');
		expect(yearsEarlier('2020-06-30', 3)).toBe('2017-06-30');
	});

	it('turns 29 February into 28 February in a common year', () => {
		expect(yearsEarlier('2024-02-29', 1)).toBe('2023-02-28');
		expect(yearsEarlier('2024-02-29', 4)).toBe('2020-02-29');
	});
});
