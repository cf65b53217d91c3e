import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	correlationMatrix,
	favourability,
	linearRegression,
	mean,
	pearson,
	ranksDescending,
	spearman,
	standardDeviation,
	standardScores
} from './statistics';

/**
 * Anscombe's quartet: F. J. Anscombe, "Graphs in Statistical Analysis", The American Statistician
 * 27 (1973), 17–21, Table 1. Four data sets with the same published summary: mean of x 9.0,
 * variance of x 11.0, mean of y 7.50, variance of y 4.125 (to about ±0.003), r = 0.816 (to the
 * third decimal; set 4 is 0.8165…), regression line y = 3.00 + 0.500·x.
 */
const anscombeX = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
const anscombe = [
	{ x: anscombeX, y: [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68] },
	{ x: anscombeX, y: [9.14, 8.14, 8.74, 8.77, 9.26, 8.1, 6.13, 3.1, 9.13, 7.26, 4.74] },
	{ x: anscombeX, y: [7.46, 6.77, 12.74, 7.11, 7.81, 8.84, 6.08, 5.39, 8.15, 6.42, 5.73] },
	{
		x: [8, 8, 8, 8, 8, 8, 8, 19, 8, 8, 8],
		y: [6.58, 5.76, 7.71, 8.84, 8.47, 7.04, 5.25, 12.5, 5.56, 7.91, 6.89]
	}
];

describe("Anscombe's quartet (published summary statistics)", () => {
	anscombe.forEach(({ x, y }, index) => {
		it(`data set ${index + 1}: means, variances, r = 0.816, y = 3.00 + 0.500·x`, () => {
			expect(mean(x)).toBe(9);
			expect(standardDeviation(x, 'sample')! ** 2).toBeCloseTo(11, 10);
			expect(mean(y)).toBeCloseTo(7.5, 2);
			expect(Math.abs(standardDeviation(y, 'sample')! ** 2 - 4.125)).toBeLessThan(0.004);
			const { r, n } = pearson(x, y)!;
			expect(n).toBe(11);
			expect(Math.abs(r - 0.816)).toBeLessThan(0.001);
			const line = linearRegression(x, y)!;
			expect(line.n).toBe(11);
			expect(line.slope).toBeCloseTo(0.5, 3);
			expect(line.intercept).toBeCloseTo(3.0, 2);
			expect(line.r2).toBeCloseTo(0.67, 2);
		});
	});
});

describe('spearman (published examples)', () => {
	it('with ties: the example of the SciPy reference for scipy.stats.spearmanr (0.8207826816681233)', () => {
		// docs.scipy.org, scipy.stats.spearmanr, Examples: spearmanr([1,2,3,4,5], [5,6,7,8,7]).
		// By hand: the two 7s share rank 3.5, ranks of y are 1, 2, 3.5, 5, 3.5; rho = 8 / √95.
		const result = spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])!;
		expect(result.n).toBe(5);
		expect(result.rho).toBeCloseTo(0.8207826816681233, 12);
		expect(result.rho).toBeCloseTo(8 / Math.sqrt(95), 12);
	});

	it('without ties: IQ and hours of television (Wikipedia, "Spearman\'s rank correlation coefficient"), rho = −29/165', () => {
		const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
		const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
		expect(spearman(iq, tv)!.rho).toBeCloseTo(-29 / 165, 12);
	});

	it('ties on both sides agree with Pearson on hand-made average ranks', () => {
		// x ranks: 1, 2.5, 2.5, 4, 5; y ranks: 2, 2, 2, 4.5, 4.5
		const result = spearman([1, 3, 3, 7, 9], [4, 4, 4, 8, 8])!;
		expect(result.rho).toBeCloseTo(pearson([1, 2.5, 2.5, 4, 5], [2, 2, 2, 4.5, 4.5])!.r, 12);
	});
});

describe('missing values and degenerate input', () => {
	it('mean and standard deviation', () => {
		expect(mean([])).toBeNull();
		expect(mean([2, 4, 9])).toBe(5);
		expect(standardDeviation([], 'population')).toBeNull();
		expect(standardDeviation([5], 'population')).toBe(0);
		expect(standardDeviation([5], 'sample')).toBeNull();
		// 2, 4, 4, 4, 5, 5, 7, 9: the classic example with population SD exactly 2.
		expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9], 'population')).toBe(2);
		expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9], 'sample')).toBeCloseTo(Math.sqrt(32 / 7), 12);
	});

	it('pairs with a null on either side are left out', () => {
		const xs = [1, 2, null, 4, 5, 6];
		const ys = [2, 4, 100, null, 10, 12];
		expect(pearson(xs, ys)).toEqual({ r: 1, n: 4 });
		expect(spearman(xs, ys)).toEqual({ rho: 1, n: 4 });
		expect(linearRegression(xs, ys)).toEqual({
			slope: expect.closeTo(2, 12),
			intercept: expect.closeTo(0, 12),
			r2: 1,
			n: 4
		});
	});

	it('is null for fewer than three pairs or no variance', () => {
		expect(pearson([1, 2], [3, 4])).toBeNull();
		expect(pearson([1, 2, null], [3, 4, 5])).toBeNull();
		expect(pearson([1, 1, 1], [3, 4, 5])).toBeNull();
		expect(pearson([1, 2, 3], [7, 7, 7])).toBeNull();
		expect(spearman([1, 2, 3], [7, 7, 7])).toBeNull();
		expect(linearRegression([3, 3, 3], [1, 2, 3])).toBeNull();
		expect(linearRegression([1], [1])).toBeNull();
		expect(linearRegression([1, 2, 3], [7, 7, 7])).toEqual({ slope: 0, intercept: 7, r2: 1, n: 3 });
	});

	it('a perfect negative line gives r = −1', () => {
		expect(pearson([1, 2, 3, 4], [8, 6, 4, 2])!.r).toBeCloseTo(-1, 12);
	});
});

describe('ranksDescending', () => {
	it('gives competition ranks, 1 for the highest, and null for missing values', () => {
		expect(ranksDescending([5, 9, null, 7, 9, 1])).toEqual([4, 1, null, 3, 1, 5]);
		expect(ranksDescending([])).toEqual([]);
		expect(ranksDescending([null, Number.NaN])).toEqual([null, null]);
	});

	it('is 1 + the number of greater values (property)', () => {
		fc.assert(
			fc.property(fc.array(fc.option(fc.integer({ min: -20, max: 20 }), { nil: null })), (values) => {
				const ranks = ranksDescending(values);
				values.forEach((value, i) => {
					if (value === null) expect(ranks[i]).toBeNull();
					else expect(ranks[i]).toBe(1 + values.filter((v) => v !== null && v > value).length);
				});
			})
		);
	});
});

describe('correlationMatrix', () => {
	it('is symmetric, 1 on the diagonal, pairwise complete', () => {
		const a = [1, 2, 3, 4, 5];
		const b = [2, 1, 4, 3, null];
		const c = [5, 5, 5, 5, 5];
		const matrix = correlationMatrix([a, b, c]);
		const at = (i: number, j: number) => matrix[i]![j];
		expect(at(0, 0)).toEqual({ r: 1, n: 5 });
		expect(at(1, 1)).toEqual({ r: 1, n: 4 });
		expect(at(0, 1)).toEqual(pearson(a, b));
		expect(at(0, 1)!.n).toBe(4);
		expect(at(1, 0)).toEqual(at(0, 1));
		expect(at(2, 2)).toBeNull();
		expect(at(0, 2)).toBeNull();
	});
});

describe('standardScores and favourability', () => {
	it('z has mean 0 and population SD 1; missing stays missing', () => {
		const z = standardScores([2, 4, 4, 4, null, 5, 5, 7, 9]);
		expect(z[0]).toBeCloseTo(-1.5, 12);
		expect(z[4]).toBeNull();
		expect(z[8]).toBeCloseTo(2, 12);
		expect(standardScores([3, 3, null])).toEqual([null, null, null]);
	});

	it('reads a deviation through the polarity', () => {
		expect(favourability(1.2, 'higher_better')).toBe('favourable');
		expect(favourability(-1.2, 'higher_better')).toBe('unfavourable');
		expect(favourability(1.2, 'higher_worse')).toBe('unfavourable');
		expect(favourability(-0.3, 'higher_worse')).toBe('favourable');
		expect(favourability(2, 'neutral')).toBe('neutral');
		expect(favourability(0, 'higher_better')).toBe('neutral');
		expect(favourability(null, 'higher_better')).toBe('neutral');
		expect(favourability(0.4, 'higher_better', 0.5)).toBe('neutral');
		expect(favourability(-0.6, 'higher_worse', 0.5)).toBe('favourable');
	});
});

// Integers scaled to one decimal: realistic indicator values without pathological rounding.
const value = fc.integer({ min: -10_000, max: 10_000 }).map((v) => v / 10);
const sample = fc
	.integer({ min: 3, max: 40 })
	.chain((n) =>
		fc.tuple(
			fc.array(fc.option(value, { nil: null, freq: 8 }), { minLength: n, maxLength: n }),
			fc.array(fc.option(value, { nil: null, freq: 8 }), { minLength: n, maxLength: n })
		)
	);
const positive = fc.double({ min: 0.01, max: 1000, noNaN: true });
const shift = fc.double({ min: -1000, max: 1000, noNaN: true });

describe('properties', () => {
	it('r and rho lie in [−1, 1] and are symmetric', () => {
		fc.assert(
			fc.property(sample, ([xs, ys]) => {
				const r = pearson(xs, ys);
				const rho = spearman(xs, ys);
				if (r) {
					expect(Math.abs(r.r)).toBeLessThanOrEqual(1);
					expect(pearson(ys, xs)!.r).toBeCloseTo(r.r, 12);
				} else expect(pearson(ys, xs)).toBeNull();
				if (rho) {
					expect(Math.abs(rho.rho)).toBeLessThanOrEqual(1);
					expect(spearman(ys, xs)!.rho).toBeCloseTo(rho.rho, 12);
				}
			})
		);
	});

	it('r is unchanged by positive linear transforms (and flips sign with a negative scale)', () => {
		fc.assert(
			fc.property(sample, positive, shift, positive, shift, ([xs, ys], a, b, c, d) => {
				const r = pearson(xs, ys);
				fc.pre(r !== null);
				const scaledX = xs.map((v) => (v === null ? null : a * v + b));
				const scaledY = ys.map((v) => (v === null ? null : c * v + d));
				expect(pearson(scaledX, scaledY)!.r).toBeCloseTo(r!.r, 8);
				const flipped = xs.map((v) => (v === null ? null : -a * v + b));
				expect(pearson(flipped, ys)!.r).toBeCloseTo(-r!.r, 8);
			})
		);
	});

	it('rho is unchanged by strictly increasing transforms', () => {
		const increasing = (v: number | null) => (v === null ? null : v ** 3 + 5 * v - 2);
		fc.assert(
			fc.property(sample, ([xs, ys]) => {
				const rho = spearman(xs, ys);
				const transformed = spearman(
					xs.map(increasing),
					ys.map((v) => (v === null ? null : Math.exp(v / 100)))
				);
				if (rho === null) expect(transformed).toBeNull();
				else expect(transformed!.rho).toBeCloseTo(rho.rho, 12);
			})
		);
	});

	it('the regression line passes through the means and has slope r·sy/sx', () => {
		fc.assert(
			fc.property(sample, ([xs, ys]) => {
				const line = linearRegression(xs, ys);
				const r = pearson(xs, ys);
				fc.pre(line !== null && r !== null);
				const px: number[] = [];
				const py: number[] = [];
				xs.forEach((x, i) => {
					const y = ys[i];
					if (x !== null && y !== null && y !== undefined) {
						px.push(x);
						py.push(y);
					}
				});
				expect(line!.intercept + line!.slope * mean(px)!).toBeCloseTo(mean(py)!, 6);
				const sx = standardDeviation(px, 'sample')!;
				const sy = standardDeviation(py, 'sample')!;
				expect(line!.slope).toBeCloseTo((r!.r * sy) / sx, 6);
				expect(line!.r2).toBeCloseTo(r!.r ** 2, 10);
			})
		);
	});
});
