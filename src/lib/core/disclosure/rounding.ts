/**
 * Rounding to a base, the alternative to suppression for open-data exports (DOMAIN.md §2): every
 * count is published as a multiple of 3, 5 or 10, so a small count is never shown exactly and
 * nothing is left out. Deterministic — the nearest multiple, halves up — so the same count is
 * rounded the same way in every output (a random rounding would let a reader average several
 * downloads back to the true value).
 *
 * Totals are rounded on their own, not summed from rounded parts: each published value stays
 * within base/2 of the truth, at the price that rounded parts need not add up to the rounded total.
 * What rounding does not protect against: differences between tables whose totals overlap (two
 * area systems from the same blocks) can narrow a count down; use one method per family of tables.
 */

export type RoundingBase = 3 | 5 | 10;

/** The nearest multiple of `base`; exactly halfway (25 to base 10) goes up. */
export function roundToBase(value: number, base: RoundingBase): number {
	if (!Number.isFinite(value)) return value;
	const below = Math.floor(value / base) * base;
	const rest = value - below;
	return rest * 2 >= base ? below + base : below;
}

/**
 * A rate for a rounded export, computed from the rounded counts: 100 · round(a) / round(b).
 * Computed from the exact counts it would undo the rounding — with the rounded denominator, an
 * exact rate such as 14.29 % (= 1/7) pins numerator and denominator down again. From the rounded
 * counts, the reader can recompute the rate from the published numbers, and it discloses nothing
 * they do not. null when the rounded denominator is 0 (the rate does not exist).
 */
export function roundedRate(
	numerator: number,
	denominator: number,
	base: RoundingBase,
	factor = 100
): number | null {
	const d = roundToBase(denominator, base);
	if (d === 0) return null;
	return (factor * roundToBase(numerator, base)) / d;
}
