import type { FacilityKindDefinition } from './facility';

/**
 * The taxonomy a new tenant starts with (issue 6, item 1). Tenants edit it: add kinds, rename,
 * change life phases. Life phase codes are those of core/supply/life-phases.ts; offers for older
 * people belong to no phase of the default chain (see there), so their kinds name none.
 */
export const defaultFacilityKinds: readonly FacilityKindDefinition[] = [
	kind('kita', 'Kita (Kindertageseinrichtung)', ['alter_0_3', 'alter_3_6'], 0, 6, ['u3', 'ue3']),
	kind('kindertagespflege', 'Kindertagespflege', ['alter_0_3'], 0, 3, ['u3']),
	kind('grundschule', 'Grundschule', ['alter_6_10'], 6, 10, ['schueler']),
	kind('weiterfuehrende_schule', 'Weiterführende Schule', ['alter_10_16', 'alter_16_25'], 10, 19, [
		'schueler'
	]),
	kind('offener_ganztag', 'Offener Ganztag', ['alter_6_10'], 6, 10, ['plaetze']),
	kind('jugendfreizeit', 'Jugendfreizeiteinrichtung', ['alter_10_16', 'alter_16_25'], 10, 27, ['plaetze']),
	kind('familienzentrum', 'Familienzentrum', ['schwangerschaft', 'alter_0_3', 'alter_3_6'], null, null, []),
	kind(
		'beratungsstelle',
		'Beratungsstelle (Erziehungs- und Familienberatung)',
		['alter_0_3', 'alter_3_6', 'alter_6_10', 'alter_10_16', 'alter_16_25'],
		0,
		27,
		[]
	),
	kind('fruehe_hilfen', 'Frühe Hilfen', ['schwangerschaft', 'alter_0_3'], 0, 3, []),
	kind('senioreneinrichtung', 'Senioreneinrichtung (Begegnung)', [], 65, null, []),
	kind('pflegeeinrichtung', 'Pflegeeinrichtung', [], 65, null, ['betten']),
	kind('gesundheit', 'Gesundheitsangebot', [], null, null, [])
];

function kind(
	code: string,
	name: string,
	lifePhases: string[],
	ageFrom: number | null,
	ageTo: number | null,
	capacityCodes: string[]
): FacilityKindDefinition {
	return { code, name, lifePhases, ageFrom, ageTo, capacityCodes, description: null };
}
