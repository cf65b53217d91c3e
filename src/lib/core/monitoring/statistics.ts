/**
 * Descriptive statistics of the monitoring workspace: means, spreads, correlations, regression,
 * ranks and standardised deviations. Pure functions over plain arrays; a missing value is `null`
 * (or any non-finite number) and is left out, pairwise for the two-variable measures.
 */

import type { Polarity } from '../indicator/definition';

export type Favourability = 'favourable' | 'unfavourable' | 'neutral';

function isValue(value: number | null | undefined): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

/** The arithmetic mean; null for no values. */
export function mean(values: readonly number[]): number | null {
	const present = values.filter(isValue);
	if (present.length === 0) return null;
	let sum = 0;
	for (const value of present) sum += value;
	return sum / present.length;
}

/** Sum of squared deviations from the mean (two passes: stable for large, close values). */
function sumOfSquares(values: readonly number[], centre: number): number {
	let sum = 0;
	for (const value of values) sum += (value - centre) ** 2;
	return sum;
}

/**
 * The standard deviation: of the values themselves (`population`, divided by n — the units of a
 * layer are all there is) or as an estimate from a sample (`sample`, divided by n − 1).
 * Null when there are too few values (none; or one for a sample).
 */
export function standardDeviation(
	values: readonly number[],
	convention: 'population' | 'sample'
): number | null {
	const present = values.filter(isValue);
	const divisor = convention === 'population' ? present.length : present.length - 1;
	if (divisor < 1) return null;
	const centre = mean(present)!;
	return Math.sqrt(sumOfSquares(present, centre) / divisor);
}

/** The pairs where both values are there. */
function completePairs(
	xs: readonly (number | null)[],
	ys: readonly (number | null)[]
): { x: number[]; y: number[] } {
	const x: number[] = [];
	const y: number[] = [];
	const length = Math.min(xs.length, ys.length);
	for (let i = 0; i < length; i++) {
		const a = xs[i];
		const b = ys[i];
		if (isValue(a) && isValue(b)) {
			x.push(a);
			y.push(b);
		}
	}
	return { x, y };
}

/** Centred sums of a complete sample: Sxx, Syy, Sxy and the means. */
function moments(x: readonly number[], y: readonly number[]) {
	const meanX = mean(x)!;
	const meanY = mean(y)!;
	let sxx = 0;
	let syy = 0;
	let sxy = 0;
	for (let i = 0; i < x.length; i++) {
		const dx = x[i]! - meanX;
		const dy = y[i]! - meanY;
		sxx += dx * dx;
		syy += dy * dy;
		sxy += dx * dy;
	}
	return { meanX, meanY, sxx, syy, sxy };
}

/** Rounding can push r a hair beyond ±1; the measure itself cannot be. */
function clampUnit(value: number): number {
	return Math.max(-1, Math.min(1, value));
}

/** Pearson r of complete samples, or null when it is not defined or not meaningful. */
function pearsonOfComplete(x: readonly number[], y: readonly number[]): number | null {
	if (x.length < 3) return null;
	const { sxx, syy, sxy } = moments(x, y);
	if (!(sxx > 0) || !(syy > 0)) return null;
	return clampUnit(sxy / Math.sqrt(sxx * syy));
}

/** Pearson r over pairs where both are numbers; null when n < 3 or a variance is 0. */
export function pearson(
	xs: readonly (number | null)[],
	ys: readonly (number | null)[]
): { r: number; n: number } | null {
	const { x, y } = completePairs(xs, ys);
	const r = pearsonOfComplete(x, y);
	return r === null ? null : { r, n: x.length };
}

/** Ranks 1…n from the lowest value up; tied values share the mean of the ranks they cover. */
function averageRanksAscending(values: readonly number[]): number[] {
	const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
	const ranks = new Array<number>(values.length);
	let start = 0;
	while (start < order.length) {
		let end = start;
		while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end++;
		// Positions start…end hold ranks start+1…end+1; their mean is the tie's rank.
		const rank = (start + end) / 2 + 1;
		for (let k = start; k <= end; k++) ranks[order[k]!.index] = rank;
		start = end + 1;
	}
	return ranks;
}

/** Spearman rho = Pearson on average ranks (ties get the mean rank). */
export function spearman(
	xs: readonly (number | null)[],
	ys: readonly (number | null)[]
): { rho: number; n: number } | null {
	const { x, y } = completePairs(xs, ys);
	const rho = pearsonOfComplete(averageRanksAscending(x), averageRanksAscending(y));
	return rho === null ? null : { rho, n: x.length };
}

/**
 * Least squares y = intercept + slope·x over complete pairs. Null with fewer than two pairs or
 * when all x are equal (no line through them). r2 is the share of the variance of y the line
 * explains; when all y are equal the horizontal line explains everything there is: 1.
 */
export function linearRegression(
	xs: readonly (number | null)[],
	ys: readonly (number | null)[]
): { slope: number; intercept: number; r2: number; n: number } | null {
	const { x, y } = completePairs(xs, ys);
	if (x.length < 2) return null;
	const { meanX, meanY, sxx, syy, sxy } = moments(x, y);
	if (!(sxx > 0)) return null;
	const slope = sxy / sxx;
	const intercept = meanY - slope * meanX;
	const r2 = syy > 0 ? Math.min(1, (sxy * sxy) / (sxx * syy)) : 1;
	return { slope, intercept, r2, n: x.length };
}

/** Competition ranks ("1224"), 1 = highest value; null values get null. */
export function ranksDescending(values: readonly (number | null)[]): (number | null)[] {
	const present = values.filter(isValue).sort((a, b) => b - a);
	// The rank of a value is 1 + how many values are greater: its first position in descending order.
	const rankOf = new Map<number, number>();
	present.forEach((value, index) => {
		if (!rankOf.has(value)) rankOf.set(value, index + 1);
	});
	return values.map((value) => (isValue(value) ? rankOf.get(value)! : null));
}

/** Matrix of Pearson r (and n) for every pair of series (pairwise complete). */
export function correlationMatrix(
	series: readonly (readonly (number | null)[])[]
): ({ r: number; n: number } | null)[][] {
	const matrix: ({ r: number; n: number } | null)[][] = series.map(() => new Array(series.length).fill(null));
	for (let i = 0; i < series.length; i++) {
		for (let j = i; j < series.length; j++) {
			const result = pearson(series[i]!, series[j]!);
			// A series with itself is exactly 1 (not 0.9999999 from rounding), where it varies at all.
			const cell = result && i === j ? { r: 1, n: result.n } : result;
			matrix[i]![j] = cell;
			matrix[j]![i] = cell;
		}
	}
	return matrix;
}

/**
 * Standard scores z = (value − mean) / SD of each value among all values (population SD: the
 * units of a layer are the whole population). Null for missing values, and for all when the
 * values do not vary.
 */
export function standardScores(values: readonly (number | null)[]): (number | null)[] {
	const present = values.filter(isValue);
	const centre = mean(present);
	const spread = standardDeviation(present, 'population');
	if (centre === null || spread === null || !(spread > 0)) return values.map(() => null);
	return values.map((value) => (isValue(value) ? (value - centre) / spread : null));
}

/**
 * Whether a deviation from the average is good or bad news, given the indicator's polarity:
 * above average is favourable where higher is better, unfavourable where higher is worse.
 * Deviations within ±threshold, missing ones and those of neutral indicators are neutral.
 */
export function favourability(z: number | null, polarity: Polarity, threshold = 0): Favourability {
	if (!isValue(z) || polarity === 'neutral' || Math.abs(z) <= threshold) return 'neutral';
	const above = z > 0;
	return above === (polarity === 'higher_better') ? 'favourable' : 'unfavourable';
}
