/**
 * The arithmetic of indicator values. Sums come from the database; these functions only divide,
 * subtract and weigh, so that the rules are tested on numbers alone.
 */

/** Σ numerator / Σ denominator × factor; null when the denominator is zero (no population, no rate). */
export function rateFromSums(numerator: number, denominator: number, factor: number): number | null {
	if (denominator === 0) return null;
	return (numerator / denominator) * factor;
}

/** Σ(value × weight) / Σ weight; null without weight. */
export function weightedMean(sumOfProducts: number, sumOfWeights: number): number | null {
	if (sumOfWeights === 0) return null;
	return sumOfProducts / sumOfWeights;
}

/**
 * Change of a value against an earlier one: in percentage points (difference) or in per cent of
 * the earlier value. Null when either is missing, or for per cent when the earlier value is zero.
 */
export function changeBetween(
	current: number | null,
	previous: number | null,
	mode: 'points' | 'percent'
): number | null {
	if (current === null || previous === null) return null;
	if (mode === 'points') return current - previous;
	if (previous === 0) return null;
	return (current / previous - 1) * 100;
}

/** The same Stichtag n years earlier (ISO date); 29 February becomes 28 February in a common year. */
export function yearsEarlier(isoDate: string, years: number): string {
	const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
	const year = y - years;
	const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
	const day = Math.min(d, lastDay);
	return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
