import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	classify,
	classMethods,
	classOf,
	clampClasses,
	ManualBreaksError,
	type ClassMethod
} from './classification';

/** Total squared deviation from the class means when `sorted` is cut at the given class sizes. */
function withinSquares(sorted: readonly number[], sizes: readonly number[]): number {
	let total = 0,
		at = 0;
	for (const size of sizes) {
		const part = sorted.slice(at, at + size);
		const mean = part.reduce((a, b) => a + b, 0) / part.length;
		total += part.reduce((a, b) => a + (b - mean) ** 2, 0);
		at += size;
	}
	return total;
}

/** The least within-class squared deviation over EVERY cut of `sorted` into k non-empty runs. */
function bruteForceOptimum(sorted: readonly number[], k: number): number {
	let best = Infinity;
	const cut = (from: number, left: number, sizes: number[]): void => {
		if (left === 1) {
			best = Math.min(best, withinSquares(sorted, [...sizes, sorted.length - from]));
			return;
		}
		for (let end = from + 1; end <= sorted.length - left + 1; end++)
			cut(end, left - 1, [...sizes, end - from]);
	};
	cut(0, k, []);
	return best;
}

function membersOf(values: readonly number[], breaks: readonly number[]): number[][] {
	const groups: number[][] = breaks.slice(1).map(() => []);
	for (const v of values) groups[classOf(breaks, v)]!.push(v);
	return groups.map((g) => g.sort((a, b) => a - b));
}

describe('classOf', () => {
	const breaks = [0, 10, 20, 30];
	it('puts a value on a limit into the lower class, the minimum into class 0', () => {
		expect([0, 5, 10, 10.0001, 20, 25, 30].map((v) => classOf(breaks, v))).toEqual([0, 0, 0, 1, 1, 2, 2]);
	});
	it('clamps values outside the range', () => {
		expect(classOf(breaks, -5)).toBe(0);
		expect(classOf(breaks, 99)).toBe(2);
	});
	it('has one class for a single-class or empty list of limits', () => {
		expect(classOf([3, 3], 3)).toBe(0);
		expect(classOf([], 3)).toBe(0);
	});
	it('keeps the minimum alone when the first class is [min, min]', () => {
		expect([0, 0.5, 1, 2].map((v) => classOf([0, 0, 1, 2], v))).toEqual([0, 1, 1, 2]);
	});
});

describe('classify: edge cases', () => {
	it.each(classMethods.filter((m) => m !== 'manual'))('%s: empty list gives no classes', (method) => {
		expect(classify([], { method, classes: 5 })).toEqual({ method, breaks: [], counts: [] });
	});
	it.each(classMethods.filter((m) => m !== 'manual'))(
		'%s: one value or all equal give one class',
		(method) => {
			expect(classify([4.2], { method, classes: 5 })).toEqual({ method, breaks: [4.2, 4.2], counts: [1] });
			expect(classify([7, 7, 7], { method, classes: 4 })).toEqual({ method, breaks: [7, 7], counts: [3] });
		}
	);
	it('refuses NaN and infinities: the caller filters missing values', () => {
		expect(() => classify([1, Number.NaN], { method: 'quantile', classes: 3 })).toThrow(/endliche/);
		expect(() => classify([1, Infinity], { method: 'equal', classes: 3 })).toThrow(/endliche/);
		expect(() => classify([1, null as unknown as number], { method: 'jenks', classes: 3 })).toThrow();
	});
	it('clamps the number of classes into 3..9', () => {
		expect([1, 2, 3, 9, 12, Number.NaN, 4.6].map(clampClasses)).toEqual([3, 3, 3, 9, 9, 5, 5]);
		const values = Array.from({ length: 100 }, (_, i) => i);
		expect(classify(values, { method: 'equal', classes: 20 }).counts).toHaveLength(9);
		expect(classify(values, { method: 'equal', classes: 1 }).counts).toHaveLength(3);
	});
});

describe('classify: quantiles (nearest rank)', () => {
	it('splits 1..10 into 4 classes at the values of rank ceil(k·10/4)', () => {
		// ranks 3, 5, 8 → values 3, 5, 8; counts 3, 2, 3, 2
		expect(classify([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], { method: 'quantile', classes: 4 })).toEqual({
			method: 'quantile',
			breaks: [1, 3, 5, 8, 10],
			counts: [3, 2, 3, 2]
		});
	});
	it('makes equal counts when n is a multiple of the classes', () => {
		const values = Array.from({ length: 447 - 7 }, (_, i) => i * 1.5); // 440 = 5 × 88
		expect(classify(values, { method: 'quantile', classes: 5 }).counts).toEqual([88, 88, 88, 88, 88]);
	});
	it('merges limits on tied values and returns fewer classes, the minimum kept apart', () => {
		// 6 × 0, then 2 and 3: ranks 2, 4, 6 all hold 0 → classes [0, 0] and (0, 3]
		expect(classify([0, 0, 0, 0, 0, 0, 2, 3], { method: 'quantile', classes: 4 })).toEqual({
			method: 'quantile',
			breaks: [0, 0, 3],
			counts: [6, 2]
		});
		// ties at the top: ranks 3, 6, 9 → 3, 5, 5; the limit 5 equals the maximum and merges into it
		expect(classify([1, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5], { method: 'quantile', classes: 4 })).toEqual({
			method: 'quantile',
			breaks: [1, 3, 5],
			counts: [3, 9]
		});
	});
});

describe('classify: equal intervals', () => {
	it('cuts min..max into equal widths and keeps empty classes', () => {
		expect(classify([0, 1, 2, 9, 10], { method: 'equal', classes: 5 })).toEqual({
			method: 'equal',
			breaks: [0, 2, 4, 6, 8, 10],
			counts: [3, 0, 0, 0, 2]
		});
	});
	it('ends exactly on the maximum despite rounding', () => {
		const { breaks } = classify([0.1, 0.7], { method: 'equal', classes: 3 });
		expect(breaks[3]).toBe(0.7);
		expect(breaks[1]).toBeCloseTo(0.3, 12);
	});
	it('merges limits that rounding makes equal when the values lie a few ulps apart', () => {
		// fast-check found these: 1e6 and its neighbour leave no room for four distinct inner limits
		expect(classify([1e6, 1e6 - 1e-10], { method: 'equal', classes: 5 }).breaks).toEqual([1e6 - 1e-10, 1e6]);
		expect(classify([0, 5e-324], { method: 'equal', classes: 3 })).toEqual({
			method: 'equal',
			breaks: [0, 5e-324],
			counts: [2]
		});
	});
});

describe('classify: natural breaks (Fisher–Jenks)', () => {
	it('matches the breaks jenkspy publishes for its integer example', () => {
		// mthh/jenkspy, tests/test_jenks.py: data2 with 4 classes → (1.0, 416.0, 767.0, 1083.0, 1424.0),
		// also in the README of the JenksNaturalBreaks class (breaks_ = [1.0, 416.0, 767.0, 1083.0, 1424.0]).
		const data2 = [
			132, 915, 312, 1424, 1240, 1370, 113, 1028, 1078, 416, 963, 359, 1422, 658, 73, 1326, 245, 848, 683,
			255, 1223, 253, 654, 736, 1079, 39, 583, 1367, 1237, 327, 1083, 328, 951, 678, 927, 301, 96, 297, 179,
			230, 767, 1248, 1, 37, 1352, 1009, 663, 1283, 679, 230
		];
		const result = classify(data2, { method: 'jenks', classes: 4 });
		expect(result.breaks).toEqual([1, 416, 767, 1083, 1424]);
		// jenkspy's groups for the same data have 20, 9, 10 and 11 members (res6 in its test).
		expect(result.counts).toEqual([20, 9, 10, 11]);
	});
	it('matches the README example of jenkspy: 0..11 in 4 classes → inner breaks 2, 5, 8', () => {
		const values = Array.from({ length: 12 }, (_, i) => i);
		expect(classify(values, { method: 'jenks', classes: 4 }).breaks).toEqual([0, 2, 5, 8, 11]);
	});
	it('never makes more classes than distinct values, ties stay together', () => {
		expect(classify([5, 1, 1, 5, 9, 9, 1], { method: 'jenks', classes: 6 })).toEqual({
			method: 'jenks',
			breaks: [1, 1, 5, 9],
			counts: [3, 2, 2]
		});
	});
	it('reaches the least within-class squared deviation of all cuts (brute force)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 3, maxLength: 11 }),
				fc.integer({ min: 3, max: 5 }),
				(values, k) => {
					const sorted = [...values].sort((a, b) => a - b);
					const distinct = new Set(values).size;
					fc.pre(distinct >= k);
					const result = classify(values, { method: 'jenks', classes: k });
					expect(result.counts).toHaveLength(k);
					const ours = withinSquares(sorted, result.counts);
					expect(ours).toBeCloseTo(bruteForceOptimum(sorted, k), 6);
				}
			),
			{ numRuns: 300 }
		);
	});
	it('classifies 10,000 values into classes that the class rule confirms', () => {
		let seed = 7;
		const values = Array.from({ length: 10_000 }, () => {
			seed = (seed * 16807) % 2147483647;
			return (seed / 2147483647) * 100;
		});
		const result = classify(values, { method: 'jenks', classes: 9 });
		expect(result.counts.reduce((a, b) => a + b, 0)).toBe(10_000);
		expect(membersOf(values, result.breaks).map((g) => g.length)).toEqual(result.counts);
	});
});

describe('classify: standard deviations', () => {
	// mean 50, population sd 10 (values 40 and 60 alternate: every deviation is exactly 10)
	const values = [...Array.from({ length: 10 }, () => 40), ...Array.from({ length: 10 }, () => 60), 20, 80];
	const mean = values.reduce((a, b) => a + b, 0) / values.length;
	const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);

	it('centres the middle class on the mean for an odd number of classes', () => {
		const { breaks } = classify(values, { method: 'stddev', classes: 5 });
		expect(breaks).toHaveLength(6);
		expect(breaks[0]).toBe(20);
		expect(breaks[5]).toBe(80);
		[-1.5, -0.5, 0.5, 1.5].forEach((f, i) => expect(breaks[i + 1]).toBeCloseTo(mean + f * sd, 10));
	});
	it('uses the mean as a limit for an even number of classes', () => {
		const { breaks } = classify(values, { method: 'stddev', classes: 4 });
		[-1, 0, 1].forEach((f, i) => expect(breaks[i + 1]).toBeCloseTo(mean + f * sd, 10));
	});
	it('drops limits outside the values and returns fewer classes', () => {
		// sd of 0, 0, 0, 10 is 4.33; mean 2.5; limits beyond −1.5 sd lie below the minimum 0
		const result = classify([0, 0, 0, 10], { method: 'stddev', classes: 7 });
		expect(result.breaks[0]).toBe(0);
		expect(result.breaks.at(-1)).toBe(10);
		expect(result.breaks.length).toBeLessThan(8);
		expect(result.counts.reduce((a, b) => a + b, 0)).toBe(4);
	});
});

describe('classify: manual breaks', () => {
	const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
	it('uses the inner limits as given, with min and max around them', () => {
		expect(classify(values, { method: 'manual', classes: 3, manualBreaks: [2.5, 7] })).toEqual({
			method: 'manual',
			breaks: [1, 2.5, 7, 10],
			counts: [2, 5, 3]
		});
	});
	it.each([
		[[5], 'count'],
		[[1.5, 2, 3, 4, 5, 6, 7, 8, 9], 'count'],
		[[3, Number.NaN], 'not_finite'],
		[[5, 3], 'not_ascending'],
		[[3, 3], 'not_ascending'],
		[[1, 5], 'outside_range'],
		[[5, 12], 'outside_range']
	] as const)('refuses %j (%s) with a German message', (manualBreaks, problem) => {
		let caught: unknown;
		try {
			classify(values, { method: 'manual', classes: 3, manualBreaks });
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(ManualBreaksError);
		expect((caught as ManualBreaksError).problem).toBe(problem);
		expect((caught as ManualBreaksError).message).toMatch(/Klassengrenze/);
	});
	it('names the range in the message when a limit lies outside', () => {
		expect(() => classify(values, { method: 'manual', classes: 3, manualBreaks: [0, 5] })).toThrow(
			'zwischen dem kleinsten (1) und dem größten Wert (10)'
		);
	});
});

describe('classify: properties of every method', () => {
	const methods: ClassMethod[] = ['quantile', 'equal', 'jenks', 'stddev'];
	it('puts every value in exactly one class, counts sum to n, limits ascend, ends are min and max', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), {
					minLength: 1,
					maxLength: 200
				}),
				fc.constantFrom(...methods),
				fc.integer({ min: 3, max: 9 }),
				(values, method, classes) => {
					const result = classify(values, { method, classes });
					const { breaks, counts } = result;
					expect(counts).toHaveLength(breaks.length - 1);
					expect(counts.length).toBeLessThanOrEqual(classes);
					expect(counts.reduce((a, b) => a + b, 0)).toBe(values.length);
					// == rather than Object.is: -0 and 0 are the same limit
					expect(breaks[0] === Math.min(...values)).toBe(true);
					expect(breaks.at(-1) === Math.max(...values)).toBe(true);
					// ascending; strictly from the first inner limit on
					for (let i = 1; i < breaks.length; i++) {
						if (i === 1) expect(breaks[1]).toBeGreaterThanOrEqual(breaks[0]!);
						else expect(breaks[i]).toBeGreaterThan(breaks[i - 1]!);
					}
					// the counts are the class members by the class rule
					expect(membersOf(values, breaks).map((g) => g.length)).toEqual(counts);
					// quantiles and natural breaks never leave a class empty
					if (method === 'quantile' || method === 'jenks') expect(counts.every((c) => c > 0)).toBe(true);
				}
			),
			{ numRuns: 400 }
		);
	});
	it('quantile classes of distinct values differ by at most one in size', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 9, maxLength: 300 }),
				fc.integer({ min: 3, max: 9 }),
				(values, classes) => {
					const { counts } = classify(values, { method: 'quantile', classes });
					expect(counts).toHaveLength(classes);
					expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
				}
			)
		);
	});
});
