/**
 * Angebote und Einrichtungen (issue 6): the shapes services and pages share. A facility has a kind
 * from the tenant's taxonomy (kinds.ts), a point, places by capacity code, and optionally a provider
 * (Träger) and a responsible department. Its life phases and target age range default to the kind's.
 */

/** Places of one capacity code; null = not known (not 0: an unknown count is not an empty Kita). */
export interface Capacity {
	code: string;
	places: number | null;
}

export interface FacilityKindDefinition {
	code: string;
	name: string;
	/** Life phase codes (core/supply/life-phases.ts). */
	lifePhases: readonly string[];
	/** Target age in years, ageTo exclusive; null = open. */
	ageFrom: number | null;
	ageTo: number | null;
	/** The capacity codes a facility of this kind counts, e.g. u3 and ue3 for a Kita. */
	capacityCodes: readonly string[];
	description: string | null;
}

export const providerSectors = ['oeffentlich', 'frei', 'privat', 'unbekannt'] as const;
export type ProviderSector = (typeof providerSectors)[number];

export const providerSectorLabels: Record<ProviderSector, { de: string; en: string }> = {
	oeffentlich: { de: 'öffentlicher Träger', en: 'public provider' },
	frei: { de: 'freier Träger', en: 'non-profit provider' },
	privat: { de: 'privater Träger', en: 'private provider' },
	unbekannt: { de: 'unbekannt', en: 'unknown' }
};

/**
 * Whether a facility is valid at a date (ISO yyyy-mm-dd): from validFrom (inclusive) to validTo
 * (inclusive, the last day it existed). Open ends are open.
 */
export function validAt(
	facility: { validFrom: string | null; validTo: string | null },
	date: string
): boolean {
	return (
		(facility.validFrom === null || facility.validFrom <= date) &&
		(facility.validTo === null || facility.validTo >= date)
	);
}

/** The life phases a facility serves: its own where set, else its kind's. */
export function effectiveLifePhases(
	facility: { lifePhases: readonly string[] | null },
	kind: { lifePhases: readonly string[] }
): readonly string[] {
	return facility.lifePhases && facility.lifePhases.length > 0 ? facility.lifePhases : kind.lifePhases;
}

/**
 * The sector a file's text names (`öffentlich`, `öffentlicher Träger`, `freier Träger`, `privat`,
 * `gemeinnützig` …); null when the text names none of them.
 */
export function parseProviderSector(text: string): ProviderSector | null {
	const t = text
		.trim()
		.toLowerCase()
		.replace(/\s+tr(ä|ae)ger$/, '')
		.replace(/(er|e|es)$/, '');
	if (/^(öffentlich|oeffentlich|kommunal|public)$/.test(t)) return 'oeffentlich';
	if (/^(frei|gemeinnützig|gemeinnuetzig|non-profit|nonprofit)$/.test(t)) return 'frei';
	if (/^(privat|gewerblich|private)$/.test(t)) return 'privat';
	if (/^(unbekannt|unknown)$/.test(t)) return 'unbekannt';
	return null;
}
