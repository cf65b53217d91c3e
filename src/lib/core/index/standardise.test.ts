import { describe, expect, it } from 'vitest';
import { moments, standardise } from './standardise';

const all = (n: number) => new Uint8Array(n).fill(1);

describe('moments', () => {
	it('counts members only', () => {
		const values = Float64Array.of(1, 2, 3, 1000, Number.NaN);
		const member = Uint8Array.of(1, 1, 1, 0, 0);
		expect(moments(values, member, 'population')).toEqual({ n: 3, mean: 2, sd: Math.sqrt(2 / 3) });
		expect(moments(values, member, 'sample')).toEqual({ n: 3, mean: 2, sd: 1 });
	});

	it('keeps its digits for large values close together (the textbook Σx² − n·mean² does not)', () => {
		const values = Float64Array.of(1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16);
		// the same as 4, 7, 13, 16: mean 10, squared deviations 36 + 9 + 9 + 36 = 90
		expect(moments(values, all(4), 'sample').sd).toBeCloseTo(Math.sqrt(30), 9);
	});

	it('gives sd 0 exactly for equal values, and no sd where it is not defined', () => {
		expect(moments(new Float64Array(7).fill(0.1 + 0.2), all(7), 'population').sd).toBe(0);
		expect(moments(Float64Array.of(5), all(1), 'sample')).toEqual({ n: 1, mean: 5, sd: null });
		expect(moments(Float64Array.of(5, 6), new Uint8Array(2), 'population')).toEqual({
			n: 0,
			mean: null,
			sd: null
		});
	});
});

describe('standardise', () => {
	it('turns the sign for higher_better, leaves NaN outside, and gives 0 without spread', () => {
		const values = Float64Array.of(2, 4, 6, 99);
		const member = Uint8Array.of(1, 1, 1, 0);
		const stats = moments(values, member, 'sample'); // mean 4, sd 2
		expect([...standardise(values, member, stats, 1)]).toEqual([-1, 0, 1, Number.NaN]);
		expect([...standardise(values, member, stats, -1)]).toEqual([1, -0, -1, Number.NaN]);
		const flat = Float64Array.of(3, 3);
		expect([...standardise(flat, all(2), moments(flat, all(2), 'population'), -1)]).toEqual([0, 0]);
	});
});
