/**
 * Mean and standard deviation over the units of a statistics population, and z-values from them
 * (DOMAIN.md §1 step 4). Columns are typed arrays aligned to the units; `member` marks the units
 * that belong to the population (1) — every other unit is left out of the moments and gets NaN.
 */

export type SdConvention = 'population' | 'sample';

export interface Moments {
	/** Units in the population. */
	n: number;
	/** null when the population is empty. */
	mean: number | null;
	/**
	 * Over n ('population') or n − 1 ('sample'); null when it is not defined (n = 0, or n = 1 over
	 * n − 1). Exactly 0 when every value is the same.
	 */
	sd: number | null;
}

/**
 * Two passes (mean, then squared deviations from it) rather than Σx² − n·mean², which loses every
 * digit when the values are large and close together. A population of equal values gets sd = 0
 * exactly: the computed mean may differ from them by one rounding, which would otherwise leave a
 * tiny sd and turn rounding noise into z-values of ±1.
 */
export function moments(values: Float64Array, member: Uint8Array, convention: SdConvention): Moments {
	let n = 0;
	let sum = 0;
	let min = Infinity;
	let max = -Infinity;
	for (let i = 0; i < values.length; i++) {
		if (member[i] !== 1) continue;
		const x = values[i]!;
		n++;
		sum += x;
		if (x < min) min = x;
		if (x > max) max = x;
	}
	if (n === 0) return { n, mean: null, sd: null };
	if (min === max) return { n, mean: min, sd: convention === 'sample' && n < 2 ? null : 0 };
	let mean = sum / n;
	let squares = 0;
	let deviations = 0;
	for (let i = 0; i < values.length; i++) {
		if (member[i] !== 1) continue;
		const d = values[i]! - mean;
		deviations += d;
		squares += d * d;
	}
	// The deviations should sum to 0; what is left is the rounding error of the first pass.
	mean += deviations / n;
	squares -= (deviations * deviations) / n;
	const divisor = convention === 'population' ? n : n - 1;
	if (divisor === 0) return { n, mean, sd: null };
	return { n, mean, sd: Math.sqrt(Math.max(0, squares) / divisor) };
}

/**
 * z = sign · (x − mean) / sd for the members, NaN for every other unit. When sd is 0 or not
 * defined (all values equal, or a single unit over n − 1) no unit differs from the others and
 * every member gets z = 0 — never NaN or ±Infinity.
 */
export function standardise(
	values: Float64Array,
	member: Uint8Array,
	stats: Moments,
	sign: 1 | -1,
	into: Float64Array = new Float64Array(values.length)
): Float64Array {
	const { mean, sd } = stats;
	const scale = sd !== null && sd > 0 ? sign / sd : 0;
	const centre = mean ?? 0;
	for (let i = 0; i < values.length; i++)
		into[i] = member[i] === 1 ? (scale === 0 ? 0 : (values[i]! - centre) * scale) : Number.NaN;
	return into;
}
