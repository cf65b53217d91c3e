/**
 * The variables of a rate's numerator or denominator as a list. A numerator may be the sum of
 * several variables (children 0–<1 + 1–<2 + 2–<3); older definitions name a single one.
 */
export function variableCodes(value: string | readonly string[] | null | undefined): string[] {
	if (value === null || value === undefined) return [];
	return typeof value === 'string' ? [value] : [...value];
}
