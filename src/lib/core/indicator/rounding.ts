/**
 * Rounding for display only: values are stored and computed unrounded (classes and indices use
 * the unrounded value, DOMAIN.md §1). Half away from zero, as a person rounds by hand
 * (kaufmännisch), and without binary artefacts: 1.005 → 1.01, not 1.00.
 */
export function roundForDisplay(value: number, decimals: number): number {
	if (!Number.isFinite(value)) return value;
	const places = Math.max(0, Math.min(10, Math.trunc(decimals)));
	// Shifting in the decimal string avoids 1.005 * 100 = 100.49999…; beyond 1e15 there are no decimals left.
	if (Math.abs(value) >= 1e15) return value;
	const text = String(Math.abs(value));
	// Tiny values print in exponent notation (1e-7): there, plain scaling is exact enough.
	if (text.includes('e')) return Math.round(value * 10 ** places) / 10 ** places || 0;
	const shifted = Number(`${text}e${places}`);
	const rounded = Number(`${Math.round(shifted)}e-${places}`);
	return value < 0 ? -rounded : rounded;
}

/** A value as German text with its decimals (1.234,5); an en dash for a value that does not exist. */
export function formatIndicatorValue(
	value: number | null,
	decimals: number,
	locale: 'de' | 'en' = 'de'
): string {
	if (value === null || !Number.isFinite(value)) return '–';
	const places = Math.max(0, Math.min(10, Math.trunc(decimals)));
	return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
		minimumFractionDigits: places,
		maximumFractionDigits: places
	}).format(roundForDisplay(value, places));
}
