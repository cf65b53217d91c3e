import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FacilityKindDefinition } from '../../core/facility/facility';
import { projectRoot } from '../db/project-root';
import { findFacilityKindByCode } from '../repositories/facility-kind.repository';
import { findFacilityByCode } from '../repositories/facility.repository';
import type { TenantContext } from '../services/tenant-context';
import { importFacilities, type FacilityImportInput } from '../services/facility-import.service';
import { saveFacilityKind } from '../services/facility-taxonomy.service';

/**
 * The real Berlin schools (October 2023) and youth leisure centres (December 2022) for the demo's
 * register and prevention chain (issue 12; demo/berlin-einrichtungen-2022/README.md). Imported
 * through the facility import a planner uses, with the kinds of the files mapped to the tenant's
 * kinds. The registers are of other years than the population (2016): the sources say so.
 */
export const berlinFacilitiesDir = path.join(projectRoot(), 'demo', 'berlin-einrichtungen-2022');

export const schoolsFile = 'schulen-2023.geojson';
export const youthFile = 'jugendfreizeiteinrichtungen-2022.geojson';

export const schoolsSource =
	'Geoportal Berlin / Schulen (SenBJF), Stand Oktober 2023, dl-de/by-2.0 – anderer Stand als die Einwohnerdaten (2016)';
export const youthSource =
	'Geoportal Berlin / Jugendfreizeiteinrichtungen, Stand Dezember 2022, dl-de/by-2.0 – anderer Stand als die Einwohnerdaten (2016)';

/** Kinds the Berlin registers need besides the default ones (core/facility/kinds.ts). */
export const berlinExtraKinds: FacilityKindDefinition[] = [
	{
		code: 'gemeinschaftsschule',
		name: 'Gemeinschaftsschule und Schule aller Stufen',
		lifePhases: ['alter_6_10', 'alter_10_16', 'alter_16_25'],
		ageFrom: 6,
		ageTo: 19,
		capacityCodes: ['schueler'],
		description:
			'Schulen von der 1. Klasse bis zum Abschluss: Gemeinschaftsschulen, Freie Waldorfschulen, kombinierte allgemeinbildende Schulen.'
	},
	{
		code: 'berufliche_schule',
		name: 'Berufliche Schule (Oberstufenzentrum, Berufs-, Berufsfach-, Fachschule)',
		lifePhases: ['alter_16_25'],
		ageFrom: 16,
		ageTo: 25,
		capacityCodes: ['schueler'],
		description: 'Übergang Schule – Beruf: Ausbildung, Berufsvorbereitung, Fachschulen.'
	},
	{
		code: 'foerderschule',
		name: 'Schule mit sonderpädagogischem Förderschwerpunkt',
		lifePhases: ['alter_6_10', 'alter_10_16', 'alter_16_25'],
		ageFrom: 6,
		ageTo: 21,
		capacityCodes: ['schueler'],
		description: 'Förderschulen aller Schwerpunkte, einige mit beruflichem Teil.'
	},
	{
		code: 'kinderfarm_spielplatz',
		name: 'Kinderfarm, Abenteuer- oder pädagogisch betreuter Spielplatz',
		lifePhases: ['alter_6_10', 'alter_10_16'],
		ageFrom: 6,
		ageTo: 14,
		capacityCodes: ['plaetze'],
		description: 'Offene Kinder- und Jugendarbeit im Freien (Berlin: PbS, ASP, Kinderfarm).'
	}
];

/** `schulart` of the school register → kind (Berlin's Grundschule runs to grade 6, ages 6–12). */
export const schoolKindMap: Record<string, string> = {
	Grundschule: 'grundschule',
	'Integrierte Sekundarschule': 'weiterfuehrende_schule',
	Gymnasium: 'weiterfuehrende_schule',
	Gemeinschaftsschule: 'gemeinschaftsschule',
	'Freie Waldorfschule': 'gemeinschaftsschule',
	'Kombinierte allgemein bildende Schule': 'gemeinschaftsschule',
	Oberstufenzentrum: 'berufliche_schule',
	'Kombinierte berufliche Schule': 'berufliche_schule',
	'Kombinierte allg./berufl. Schule': 'berufliche_schule',
	Fachschule: 'berufliche_schule',
	Berufsfachschule: 'berufliche_schule',
	Berufsschule: 'berufliche_schule',
	'Berufsschule mit sonderpäd. Aufgaben': 'berufliche_schule',
	'Übrige Förderschwerpunkte': 'foerderschule',
	'Förderschwerp. "Geistige Entwicklung"': 'foerderschule',
	'Förderschwerp. "Lernen"': 'foerderschule',
	'Förderschwerp. "Lernen"u."Geistige Entwickl."': 'foerderschule',
	'Förderschwerp. einschl. beruflichem Teil': 'foerderschule'
};

/** `e_art` of the youth register → kind. */
export const youthKindMap: Record<string, string> = {
	'Jugendfreizeiteinrichtungen (JFE)': 'jugendfreizeit',
	'PbS oder ASP oder Kinderfarm': 'kinderfarm_spielplatz'
};

function input(name: string, options: FacilityImportInput['options']): FacilityImportInput {
	return {
		file: { name, bytes: new Uint8Array(readFileSync(path.join(berlinFacilitiesDir, name))) },
		options
	};
}

/** The import inputs; columns (bsn, schulart, strasse+hausnr, e_nr, e_platz, t_name, t_art …) are recognised. */
export const schoolsImport = () => input(schoolsFile, { kindMap: schoolKindMap, source: schoolsSource });
export const youthImport = () =>
	input(youthFile, { kindMap: youthKindMap, place: 'e_bez', source: youthSource });

/**
 * Creates the missing kinds and imports each register once: a demo that has the first facility of
 * a file is left alone, so an existing demo gets them on its next start (audited like any import)
 * and a planner's later changes stay.
 */
export async function seedBerlinSchoolsAndYouth(tc: TenantContext): Promise<void> {
	for (const kind of berlinExtraKinds) {
		if (!(await findFacilityKindByCode(tc.db, tc.tenant.id, kind.code)))
			await saveFacilityKind(tc, {
				...kind,
				lifePhases: [...kind.lifePhases],
				capacityCodes: [...kind.capacityCodes]
			});
	}
	for (const [firstCode, make] of [
		['01B01', schoolsImport],
		['01010003', youthImport]
	] as const) {
		if (!(await findFacilityByCode(tc.db, tc.tenant.id, firstCode))) await importFacilities(tc, make());
	}
}
