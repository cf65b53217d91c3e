/**
 * Classification of indicator values into the classes of a thematic map (choropleth).
 *
 * Every method returns ascending class limits `breaks` (first = smallest value, last = largest)
 * and the number of values per class. The class rule is the same for all methods (see `classOf`):
 * class i holds breaks[i] < v <= breaks[i+1], class 0 also holds breaks[0]. With this rule the
 * limits can be the data values themselves, as Jenks and quantile breaks are. Limits ascend
 * strictly, with one exception: breaks[1] may equal breaks[0] (a class holding only the smallest
 * value, when many units share it); consumers must accept such a class "von 0 bis 0".
 *
 * Fewer classes than requested come back where the data cannot fill them: quantile limits that fall
 * on the same (tied) value are merged, natural breaks never make more classes than distinct values,
 * standard-deviation limits outside the range of the values are dropped, and a list whose values
 * are all equal (or has one value) is one class [v, v]. Equal intervals keep empty classes: that is
 * what the method means. An empty list gives no classes at all (breaks [] and counts []).
 *
 * The caller filters missing values: NaN, ±Infinity (and null) are a programming error and throw.
 */

export type ClassMethod = 'quantile' | 'equal' | 'jenks' | 'stddev' | 'manual';
export const classMethods: readonly ClassMethod[] = ['quantile', 'equal', 'jenks', 'stddev', 'manual'];
export const minClasses = 3,
	maxClasses = 9;

export interface ClassificationRequest {
	method: ClassMethod;
	classes: number;
	/** Only for `manual`: the inner class limits (2 to 8 of them, ascending, inside min..max). */
	manualBreaks?: readonly number[];
}

export interface Classification {
	method: ClassMethod;
	/** ascending class limits, length = number of classes + 1; first = min, last = max of the values */
	breaks: number[];
	/** number of values in each class */
	counts: number[];
}

/** Why manual breaks were refused; the page can word each reason in its language (`map.breaks.*`). */
export type ManualBreaksProblem = 'count' | 'not_finite' | 'not_ascending' | 'outside_range';

/**
 * Manual breaks a user typed that cannot be used. A plain Error (not an AppError: no request is
 * involved, the page calls `classify` itself) with a German message the page may show as it is,
 * and a `problem` code for other languages.
 */
export class ManualBreaksError extends Error {
	constructor(
		readonly problem: ManualBreaksProblem,
		message: string
	) {
		super(message);
		this.name = 'ManualBreaksError';
	}
}

/** 0-based class of a value: class i holds breaks[i] < v <= breaks[i+1]; class 0 also holds breaks[0]. Values outside clamp. */
export function classOf(breaks: readonly number[], value: number): number {
	const classes = breaks.length - 1;
	if (classes <= 1) return 0;
	// The first inner limit (index 1..classes-1) that is >= value; its index - 1 is the class.
	let low = 1,
		high = classes; // high = classes means "above every inner limit": the last class
	while (low < high) {
		const middle = (low + high) >> 1;
		if (value <= breaks[middle]!) high = middle;
		else low = middle + 1;
	}
	return low - 1;
}

/** Clamps a requested number of classes into 3..9 (a URL may carry anything). */
export function clampClasses(classes: number): number {
	if (!Number.isFinite(classes)) return 5;
	return Math.min(maxClasses, Math.max(minClasses, Math.round(classes)));
}

export function classify(values: readonly number[], request: ClassificationRequest): Classification {
	for (const value of values)
		if (typeof value !== 'number' || !Number.isFinite(value))
			throw new Error(`classify: nur endliche Zahlen, gefunden ${String(value)}`);
	const method = request.method;
	if (values.length === 0) {
		if (method === 'manual') checkManual(request.manualBreaks ?? [], null);
		return { method, breaks: [], counts: [] };
	}
	const sorted = Float64Array.from(values).sort();
	const min = sorted[0]!,
		max = sorted[sorted.length - 1]!;
	const classes = clampClasses(request.classes);
	let breaks: number[];
	if (min === max) {
		if (method === 'manual') checkManual(request.manualBreaks ?? [], null);
		breaks = [min, max];
	} else if (method === 'quantile') breaks = quantileBreaks(sorted, classes);
	else if (method === 'equal') breaks = equalBreaks(min, max, classes);
	else if (method === 'jenks') breaks = jenksBreaks(sorted, classes);
	else if (method === 'stddev') breaks = stddevBreaks(sorted, classes);
	else breaks = [min, ...checkManual(request.manualBreaks ?? [], { min, max }), max];
	return { method, breaks, counts: countsOf(breaks, sorted) };
}

function countsOf(breaks: readonly number[], values: ArrayLike<number>): number[] {
	const counts = new Array<number>(Math.max(breaks.length - 1, 0)).fill(0);
	for (let i = 0; i < values.length; i++) counts[classOf(breaks, values[i]!)]!++;
	return counts;
}

/** Keeps the first of equal neighbours: limits on tied values merge two classes into one. */
function strictlyAscending(breaks: readonly number[]): number[] {
	return breaks.filter((value, i) => i === 0 || value > breaks[i - 1]!);
}

/**
 * Quantiles as data values (nearest rank, Hyndman & Fan type 1): the k-th limit is the value at
 * rank ceil(k·n/K). With the class rule "above the lower, up to and including the upper limit"
 * class k then holds ranks ceil((k-1)·n/K)+1 … ceil(k·n/K), as equal as whole numbers allow.
 * Tied values cannot be split between classes: equal limits merge, and fewer classes come back.
 */
function quantileBreaks(sorted: Float64Array, classes: number): number[] {
	const n = sorted.length;
	const breaks = [sorted[0]!];
	for (let k = 1; k < classes; k++) breaks.push(sorted[Math.ceil((k * n) / classes) - 1]!);
	breaks.push(sorted[n - 1]!);
	return mergeTiedLimits(breaks);
}

/**
 * Merges limits that fell on the same tied value. One exception keeps the smallest value apart:
 * when many units share the minimum (often 0), the first inner limit may equal breaks[0], so that
 * class 0 holds exactly the minimum ("von 0 bis 0") instead of swallowing the next quantile too.
 */
function mergeTiedLimits(breaks: readonly number[]): number[] {
	const merged = [breaks[0]!];
	for (let i = 1; i < breaks.length; i++) {
		const value = breaks[i]!;
		const firstInner = merged.length === 1 && i < breaks.length - 1;
		if (value > merged[merged.length - 1]! || firstInner) merged.push(value);
	}
	return merged;
}

function equalBreaks(min: number, max: number, classes: number): number[] {
	const width = (max - min) / classes;
	const inner: number[] = [];
	for (let k = 1; k < classes; k++) inner.push(min + k * width);
	// The ends are exactly min and max, not min + classes·width with its rounding error. Values a
	// few ulps apart (or subnormal) leave no room for distinct limits: those merge or drop out.
	return strictlyAscending([min, ...inner.filter((b) => b > min && b < max), max]);
}

/**
 * Standard deviations around the arithmetic mean, population standard deviation (all units of
 * the layer are the whole population, not a sample). Classes are one standard deviation wide:
 * with an odd number of classes the middle class is centred on the mean (mean ± sd/2), with an
 * even number the mean itself is a limit. The outermost classes run to the smallest and largest
 * value; limits that fall outside the values (a narrow or skewed distribution) are dropped, so
 * fewer classes may come back.
 */
function stddevBreaks(sorted: Float64Array, classes: number): number[] {
	const n = sorted.length;
	let sum = 0;
	for (let i = 0; i < n; i++) sum += sorted[i]!;
	const mean = sum / n;
	let squares = 0;
	for (let i = 0; i < n; i++) squares += (sorted[i]! - mean) ** 2;
	const sd = Math.sqrt(squares / n);
	// K - 1 inner limits at mean + (k - (K-2)/2)·sd: odd K gives ±0.5, ±1.5 … sd, even K gives 0, ±1, ±2 … sd.
	const inner: number[] = [];
	for (let k = 0; k < classes - 1; k++) inner.push(mean + (k - (classes - 2) / 2) * sd);
	const min = sorted[0]!,
		max = sorted[n - 1]!;
	return strictlyAscending([min, ...inner.filter((b) => b > min && b < max), max]);
}

/**
 * Natural breaks: the Fisher–Jenks optimum, i.e. the grouping of the sorted values into classes
 * with the least total squared deviation from the class means (Fisher 1958; Jenks 1977). Solved
 * exactly by dynamic programming over the distinct values (weighted by how often each occurs, so
 * tied values always share a class), with the divide-and-conquer step of Ckmeans.1d.dp (Wang &
 * Song 2011): O(K·m·log m) instead of O(K·m²), fast enough for 10,000 units. Limits are the
 * largest value of each class, as jenkspy and QGIS report them.
 */
function jenksBreaks(sorted: Float64Array, classes: number): number[] {
	const xs: number[] = [],
		ws: number[] = [];
	for (let i = 0; i < sorted.length; i++) {
		if (i > 0 && sorted[i] === sorted[i - 1]) ws[ws.length - 1]!++;
		else {
			xs.push(sorted[i]!);
			ws.push(1);
		}
	}
	const m = xs.length;
	const k = Math.min(classes, m);
	// Centre the values before squaring: keeps the prefix sums accurate for large, close values.
	const shift = xs[Math.floor(m / 2)]!;
	const w = new Float64Array(m + 1),
		s1 = new Float64Array(m + 1),
		s2 = new Float64Array(m + 1);
	for (let i = 0; i < m; i++) {
		const x = xs[i]! - shift;
		w[i + 1] = w[i]! + ws[i]!;
		s1[i + 1] = s1[i]! + ws[i]! * x;
		s2[i + 1] = s2[i]! + ws[i]! * x * x;
	}
	/** Squared deviation of the values i..j (inclusive) from their mean. */
	const cost = (i: number, j: number): number => {
		const sw = w[j + 1]! - w[i]!,
			sx = s1[j + 1]! - s1[i]!;
		return Math.max(0, s2[j + 1]! - s2[i]! - (sx * sx) / sw);
	};
	const best: Float64Array[] = [],
		start: Int32Array[] = [];
	best.push(Float64Array.from({ length: m }, (_, j) => cost(0, j)));
	start.push(new Int32Array(m));
	for (let c = 1; c < k; c++) {
		const previous = best[c - 1]!;
		const row = new Float64Array(m).fill(Infinity);
		const from = new Int32Array(m);
		// Class c ends at value j and starts at i (c <= i <= j); the best i does not decrease with j.
		const fill = (jLow: number, jHigh: number, iLow: number, iHigh: number): void => {
			if (jLow > jHigh) return;
			const j = (jLow + jHigh) >> 1;
			let bestI = Math.max(iLow, c),
				bestCost = Infinity;
			for (let i = Math.max(iLow, c); i <= Math.min(j, iHigh); i++) {
				const total = previous[i - 1]! + cost(i, j);
				if (total < bestCost) {
					bestCost = total;
					bestI = i;
				}
			}
			row[j] = bestCost;
			from[j] = bestI;
			fill(jLow, j - 1, iLow, bestI);
			fill(j + 1, jHigh, bestI, iHigh);
		};
		fill(c, m - 1, c, m - 1);
		best.push(row);
		start.push(from);
	}
	const uppers: number[] = [];
	let j = m - 1;
	for (let c = k - 1; c >= 0; c--) {
		uppers.unshift(xs[j]!);
		j = start[c]![j]! - 1;
	}
	return [xs[0]!, ...uppers];
}

const manualText: Record<ManualBreaksProblem, string> = {
	count: 'Bitte 2 bis 8 Klassengrenzen angeben (das ergibt 3 bis 9 Klassen).',
	not_finite: 'Klassengrenzen müssen Zahlen sein.',
	not_ascending: 'Die Klassengrenzen müssen aufsteigen und dürfen sich nicht wiederholen.',
	outside_range: 'Jede Klassengrenze muss zwischen dem kleinsten ({min}) und dem größten Wert ({max}) liegen.'
};

function fail(problem: ManualBreaksProblem, range: { min: number; max: number } | null): never {
	const text = manualText[problem]
		.replace('{min}', String(range?.min ?? ''))
		.replace('{max}', String(range?.max ?? ''));
	throw new ManualBreaksError(problem, text);
}

/**
 * Validates the inner limits a user typed: 2..8 of them, finite, strictly ascending, and strictly
 * between the smallest and largest value (a limit on min or max would leave an empty class).
 * Without a range (no or only equal values) only the form is checked.
 */
function checkManual(inner: readonly number[], range: { min: number; max: number } | null): number[] {
	if (inner.length < minClasses - 1 || inner.length > maxClasses - 1) fail('count', range);
	if (inner.some((b) => typeof b !== 'number' || !Number.isFinite(b))) fail('not_finite', range);
	if (inner.some((b, i) => i > 0 && b <= inner[i - 1]!)) fail('not_ascending', range);
	if (range && inner.some((b) => b <= range.min || b >= range.max)) fail('outside_range', range);
	return [...inner];
}
