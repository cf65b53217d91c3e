import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportReport } from '../../core/imports/report';
import { tenantContext, type TenantContext } from '../services/tenant-context';
import { importObservations, importUnits, type ImportMode } from '../services/import.service';
import { defineIndicator } from '../services/indicator.service';
import { ensureDefaultTopics } from '../services/variable.service';
import { berlinDataDir } from './berlin-data';
import { seedBerlinCrosswalk } from './berlin-crosswalk';
import { seedBerlinFacilities } from './berlin-facilities';
import { seedBerlinIndex } from './berlin-index';
import { seedBerlinPlan } from './berlin-plan';
import { seedBerlinSteering } from './berlin-steering';
import { seedBerlinWeights } from './berlin-weights';

/**
 * The demo's real data: Berlin's LOR 2006 areas and open statistics (see demo/berlin-lor-2006/
 * README.md). Loaded through the same import services a planner uses, so the demo shows real
 * provenance in the import history and the audit log.
 */
export { berlinDataDir };

const source = 'Amt für Statistik Berlin-Brandenburg; SenSW Berlin (dl-de/by-2.0)';
const licence = 'Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2.0)';

function file(name: string) {
	return { name, bytes: new Uint8Array(readFileSync(path.join(berlinDataDir, name))) };
}

const shapefile = (name: string) => ['shp', 'shx', 'dbf'].map((ext) => file(`${name}.${ext}`));

/**
 * The Bezirksregion DBF cuts about 18 names („promenade“, „hausen Nord“, „Charlotten-“, bare „Nord“);
 * the import warns about them. This names import from another file, as a planner would do it,
 * puts in the completed names where they are certain (`sicher = ja`) and marks the others as
 * incomplete, a guess only as a guess. Audited and in the import history like any import.
 */
export function importBerlinRegionNames(tc: TenantContext, mode: ImportMode = {}) {
	return importUnits(
		tc,
		{
			layer: 'bezirksregion',
			files: [file(regionNamesFile)],
			options: {
				delimiter: ';',
				code: 'SCHLUESSEL',
				name: 'BZR_NAME',
				namesOnly: true,
				nameCertainty: { column: 'sicher', certainValues: ['ja'], fragment: 'BZR_NAME_DBF' }
			}
		},
		undefined,
		mode
	);
}

export const regionNamesFile = 'bezirksregion-namen-ergaenzt.csv';

/** The four LOR layers, each from its own file and format. */
export async function importBerlinLayers(tc: TenantContext): Promise<Record<string, ImportReport>> {
	const reports: Record<string, ImportReport> = {};
	reports.bezirk = await importUnits(tc, {
		layer: { code: 'bezirk', name: 'Bezirk', metricSrid: 25833 },
		files: [file('bezirke.csv')],
		options: { code: 'Schlüssel', name: 'Name' }
	});
	reports.prognoseraum = await importUnits(tc, {
		layer: { code: 'prognoseraum', name: 'Prognoseraum', parentLayer: 'bezirk', metricSrid: 25833 },
		files: shapefile('prognoseraum'),
		options: {
			crs: 25833,
			code: 'SCHLUESSEL',
			name: 'PRG_NAME',
			parent: { from: 'prefix', length: 2 },
			skipRecordsWithoutCode: true
		}
	});
	reports.bezirksregion = await importUnits(tc, {
		layer: { code: 'bezirksregion', name: 'Bezirksregion', parentLayer: 'prognoseraum', metricSrid: 25833 },
		files: shapefile('bezirksregion'),
		options: {
			crs: 25833,
			code: 'SCHLUESSEL',
			name: 'BZR_NAME',
			parent: { from: 'prefix', length: 4 },
			skipRecordsWithoutCode: true
		}
	});
	reports.bezirksregionNames = await importBerlinRegionNames(tc);
	// The GeoJSON's coordinates are ETRS89 / UTM 33N, though the file does not say so.
	reports.planungsraum = await importUnits(tc, {
		layer: { code: 'planungsraum', name: 'Planungsraum', parentLayer: 'bezirksregion', metricSrid: 25833 },
		files: [file('planungsraum.geojson')],
		options: { crs: 25833, code: 'SCHLUESSEL', parent: { from: 'prefix', length: 6 } }
	});
	// The Bezirk shapes come without any attribute: their codes follow from the Prognoseräume inside.
	reports.bezirkGeometry = await importUnits(tc, {
		layer: 'bezirk',
		files: [file('bezirk.topojson')],
		options: { codeFromChildren: { layer: 'prognoseraum', prefixLength: 2 } }
	});
	reports.planungsraumNames = await importUnits(tc, {
		layer: 'planungsraum',
		files: [file('mss-2017.csv')],
		options: { code: 'SCHLUESSEL', name: 'PLANNAME' }
	});
	return reports;
}

/**
 * The age bands of the inhabitants file, named as German statistics write them: the variable
 * („Kinder 1 bis unter 2 Jahre“) and the phrase after „Anteil der Kinder“ („von 1 bis unter 2 Jahren“).
 */
export const bands = [
	{ band: '00_01', name: 'Kinder unter 1 Jahr', share: 'unter 1 Jahr' },
	{ band: '01_02', name: 'Kinder 1 bis unter 2 Jahre', share: 'von 1 bis unter 2 Jahren' },
	{ band: '02_03', name: 'Kinder 2 bis unter 3 Jahre', share: 'von 2 bis unter 3 Jahren' },
	{ band: '03_05', name: 'Kinder 3 bis unter 5 Jahre', share: 'von 3 bis unter 5 Jahren' },
	{ band: '05_06', name: 'Kinder 5 bis unter 6 Jahre', share: 'von 5 bis unter 6 Jahren' }
];

/** The variables of the inhabitants file (also redefined by the demo upgrade, seed/demo-upgrade.ts). */
export const inhabitantVariables = [
	{ code: 'einwohner', name: 'Einwohner', kind: 'count' as const, source },
	...bands.map(({ band, name }) => ({ code: `einwohner_${band}`, name, kind: 'count' as const, source }))
];

const mss = [
	{
		column: 'STATUS1',
		name: 'Arbeitslosigkeit (SGB II und III)',
		of: 'der Einwohner von 15 bis unter 65 Jahren'
	},
	{ column: 'STATUS2', name: 'Langzeitarbeitslosigkeit', of: 'der Einwohner von 15 bis unter 65 Jahren' },
	{ column: 'STATUS3', name: 'Transferbezug (ohne Arbeitslose)', of: 'der Einwohner' },
	{ column: 'STATUS4', name: 'Kinderarmut (SGB II, unter 15 Jahren)', of: 'der Einwohner unter 15 Jahren' }
];

/** Inhabitants and children by age band per Planungsraum, 2001–2016 (a wide file). */
export async function importBerlinInhabitants(tc: TenantContext): Promise<ImportReport> {
	return importObservations(tc, {
		layer: 'planungsraum',
		files: [file('einwohner-kinder-2001-2016.csv')],
		format: 'wide',
		options: {
			columns: { unit: 'PLR' },
			widePatterns: [
				{ match: '^(\\d{4})_E_E(\\d\\d)_(\\d\\d)$', variable: 'einwohner_$2_$3', date: '$1-12-31' },
				{ match: '^(\\d{4})_E_E$', variable: 'einwohner', date: '$1-12-31' }
			],
			variables: inhabitantVariables
		}
	});
}

/** The MSS 2017 index indicators at 31.12.2016, with the inhabitants of that date. */
export async function importBerlinMss(tc: TenantContext): Promise<ImportReport> {
	const columns = [...mss.map((m) => m.column), ...mss.map((m) => m.column.replace('STATUS', 'DYNAMO'))];
	return importObservations(tc, {
		layer: 'planungsraum',
		files: [file('mss-2017.csv')],
		format: 'wide',
		options: {
			columns: { unit: 'SCHLUESSEL' },
			date: '31.12.2016',
			wideColumns: {
				EW2016: 'einwohner',
				...Object.fromEntries(columns.map((c) => [c, `mss_${c.toLowerCase()}`]))
			},
			variables: columns.map((c) => ({
				code: `mss_${c.toLowerCase()}`,
				name: `MSS 2017 ${c}`,
				kind: 'rate' as const,
				unitLabel: c.startsWith('STATUS') ? '%' : 'Prozentpunkte',
				source: 'SenSW Berlin, Monitoring Soziale Stadtentwicklung 2017'
			}))
		}
	});
}

/** The shares of children by age band, computed at all four levels from the counts. */
export async function defineBerlinAgeIndicators(tc: TenantContext): Promise<void> {
	for (const { band, name, share } of bands) {
		await defineIndicator(tc, {
			code: `anteil_kinder_${band}`,
			name: `Anteil der Kinder ${share}`,
			kind: 'rate',
			numerator: `einwohner_${band}`,
			denominator: 'einwohner',
			factor: 100,
			polarity: 'neutral',
			unitLabel: '%',
			decimals: 2,
			topic: 'demografie',
			metadata: {
				definition: `${name} je 100 Einwohner`,
				formula: `${name} / Einwohner × 100`,
				source,
				stichtag: '31.12.',
				updateInterval: 'jährlich',
				licence,
				interpretation: 'Kleine Zahlen sind in der Quelle auf Vielfache von 3 gerundet.'
			}
		});
	}
	// The shares the planners ask for (Krippe, Kita age) need several bands summed in the numerator.
	for (const { code, label, upTo } of [
		{ code: 'anteil_kinder_unter_3', label: 'unter 3', upTo: 3 },
		{ code: 'anteil_kinder_unter_6', label: 'unter 6', upTo: 6 }
	]) {
		const summed = bands.filter((b) => Number(b.band.slice(3)) <= upTo);
		await defineIndicator(tc, {
			code,
			name: `Anteil der Kinder ${label} Jahren`,
			kind: 'rate',
			numerator: summed.map((b) => `einwohner_${b.band}`),
			denominator: 'einwohner',
			factor: 100,
			polarity: 'neutral',
			unitLabel: '%',
			decimals: 2,
			topic: 'demografie',
			metadata: {
				definition: `Kinder ${label} Jahren je 100 Einwohner`,
				formula: `(${summed.map((b) => b.name).join(' + ')}) / Einwohner × 100`,
				source,
				stichtag: '31.12.',
				updateInterval: 'jährlich',
				licence,
				interpretation:
					'Ein Gebiet zählt nur, wenn alle Altersgruppen vorliegen. Kleine Zahlen sind in der Quelle auf Vielfache von 3 gerundet.'
			}
		});
	}
}

/** Indicators computed at all four levels from the counts, and the MSS indicators as published. */
export async function defineBerlinIndicators(tc: TenantContext): Promise<void> {
	await defineBerlinAgeIndicators(tc);
	await defineIndicator(tc, {
		code: 'veraenderung_kinder_00_01',
		name: 'Veränderung des Anteils der Kinder unter 1 Jahr über 5 Jahre',
		kind: 'change',
		base: 'anteil_kinder_00_01',
		changeYears: 5,
		changeMode: 'points',
		polarity: 'neutral',
		unitLabel: 'Prozentpunkte',
		decimals: 2,
		topic: 'demografie',
		metadata: { definition: 'Anteil heute minus Anteil vor 5 Jahren', source, licence, stichtag: '31.12.' }
	});
	for (const m of mss) {
		const status = m.column.toLowerCase();
		// Transferbezug is a share of all inhabitants, so inhabitants are the right weight upwards;
		// for the others the population they refer to is not in the demo data: Planungsraum only.
		const weight = m.column === 'STATUS3' ? 'einwohner' : null;
		await defineIndicator(tc, {
			code: `mss_${status}`,
			name: m.name,
			kind: 'direct',
			value: `mss_${status}`,
			weight,
			polarity: 'higher_worse',
			unitLabel: '%',
			decimals: 2,
			topic: 'soziales',
			metadata: {
				definition: `${m.name} in Prozent ${m.of} (MSS 2017, Statusindikator ${m.column.slice(-1)})`,
				source: 'SenSW Berlin, Monitoring Soziale Stadtentwicklung 2017',
				stichtag: '31.12.2016',
				licence,
				levels: weight ? ['bezirk', 'prognoseraum', 'bezirksregion', 'planungsraum'] : ['planungsraum']
			}
		});
		const dynamo = m.column.replace('STATUS', 'DYNAMO').toLowerCase();
		await defineIndicator(tc, {
			code: `mss_${dynamo}`,
			name: `${m.name}: Veränderung 2014–2016`,
			kind: 'direct',
			value: `mss_${dynamo}`,
			weight,
			polarity: 'higher_worse',
			unitLabel: 'Prozentpunkte',
			decimals: 2,
			topic: 'soziales',
			metadata: {
				definition: `Veränderung von „${m.name}“ vom 31.12.2014 zum 31.12.2016 in Prozentpunkten (MSS 2017, Dynamikindikator)`,
				source: 'SenSW Berlin, Monitoring Soziale Stadtentwicklung 2017',
				stichtag: '31.12.2016',
				licence
			}
		});
	}
}

export async function seedBerlin(tc: TenantContext): Promise<void> {
	await ensureDefaultTopics(tc);
	await importBerlinLayers(tc);
	await importBerlinInhabitants(tc);
	await importBerlinMss(tc);
	await defineBerlinIndicators(tc);
	await seedBerlinWeights(tc);
	await seedBerlinIndex(tc);
	await seedBerlinFacilities(tc);
	await seedBerlinCrosswalk(tc);
	// A context read anew: the plan reads the layers and indicators the steps above created, and a
	// context's memo holds what it read under the data version it was built with.
	await seedBerlinPlan(await tenantContext(tc, tc.tenant.slug));
	await seedBerlinSteering(await tenantContext(tc, tc.tenant.slug));
}
