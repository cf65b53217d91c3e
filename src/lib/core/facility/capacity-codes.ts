/**
 * Labels of the capacity codes the default taxonomy uses. Tenants may use other codes; those are
 * shown as written.
 */
const labels: Record<string, { de: string; en: string }> = {
	u3: { de: 'Plätze unter 3 Jahren', en: 'places under 3' },
	ue3: { de: 'Plätze ab 3 Jahren', en: 'places 3 and over' },
	plaetze: { de: 'Plätze', en: 'places' },
	schueler: { de: 'Schülerplätze', en: 'pupil places' },
	betten: { de: 'Betten', en: 'beds' }
};

export function capacityLabel(code: string, locale: 'de' | 'en' = 'de'): string {
	return labels[code]?.[locale] ?? code;
}

/** Capacity codes are short identifiers: lower-case letters, digits and underscores. */
export function isCapacityCode(code: string): boolean {
	return /^[a-z][a-z0-9_]{0,31}$/.test(code);
}
