import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	actorOf,
	contextFor,
	createTenantWorld,
	system,
	testPassword,
	type TenantWorld
} from '../../../../test/support/fixtures';
import { parseRawCsv } from '../../../../test/support/raw-csv';
import { createTestDatabase } from '../../../../test/support/test-db';
import { defaultFacilityKinds } from '../../core/facility/kinds';
import { isImportFailed } from '../../core/imports/import-failed';
import type { Actor } from '../../core/auth/policy';
import type { DatabaseHandle } from '../db/client';
import { queryRows } from '../db/raw-query';
import { insertFacilityKinds, listFacilityKinds } from '../repositories/facility-kind.repository';
import { insertProvider } from '../repositories/provider.repository';
import { berlinDataDir } from '../seed/berlin';
import { importFacilities, type FacilityImportInput } from './facility-import.service';
import { importUnits } from './import.service';
import { createUser } from './user.service';
import { tenantContext } from './tenant-context';

/**
 * The facility import against a tenant with Berlin's 447 Planungsräume (issue 6, "Bad input"):
 * each bad file is refused with the exact code, row and column, and nothing is written; the real
 * Berlin Kita list imports with only the kind and the capacity columns named.
 */
let handle: DatabaseHandle;
let world: TenantWorld;
const badDir = path.join(berlinDataDir, '..', '..', 'test', 'fixtures', 'bad', 'facilities');
const admin = () => tenantContext(contextFor(handle.db, world.users.admin.actor), 'berlin');

function file(dir: string, name: string) {
	return { name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) };
}

async function count(query: string): Promise<number> {
	const [row] = await queryRows<{ n: number }>(handle.db, sql.raw(query));
	return Number(row!.n);
}

const facilityCount = () => count(`select count(*) as n from facility`);
const facilityImportCount = () => count(`select count(*) as n from data_import where kind = 'facilities'`);
const providerCount = () => count(`select count(*) as n from provider`);

/** The problems of a refused import, as code, row and column of the errors. */
async function refused(input: FacilityImportInput, actor: Actor = world.users.admin.actor) {
	try {
		await importFacilities(await tenantContext(contextFor(handle.db, actor), 'berlin'), input);
	} catch (caught) {
		if (!isImportFailed(caught)) throw caught;
		return caught.problems
			.filter((p) => p.severity === 'error')
			.map((p) => ({ code: p.code, row: p.row, column: p.column }));
	}
	throw new Error('The import was expected to fail.');
}

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'berlin');
	if ((await listFacilityKinds(handle.db, world.tenantId)).length === 0) {
		await insertFacilityKinds(handle.db, world.tenantId, defaultFacilityKinds);
	}
	// Only the Planungsräume: the tenant's area is their union.
	await importUnits(await tenantContext(contextFor(handle.db, system), 'berlin'), {
		layer: { code: 'planungsraum', name: 'Planungsraum', metricSrid: 25833 },
		files: [file(berlinDataDir, 'planungsraum.geojson')],
		options: { crs: 25833, code: 'SCHLUESSEL' }
	});
}, 300_000);
afterAll(() => handle?.close());

const kita = { fixedKind: 'kita', capacities: { u3: 'under', ue3: 'over' } };

describe('bad facility files', () => {
	const cases: [
		string,
		FacilityImportInput['options'],
		{ code: string; row: number | null; column: string | null }[]
	][] = [
		['lat-lon-vertauscht.csv', kita, [{ code: 'import.swapped_coordinates', row: 2, column: 'lat' }]],
		['ausserhalb-des-gebiets.csv', kita, [{ code: 'import.outside_area', row: 3, column: null }]],
		['xy-ohne-crs.csv', kita, [{ code: 'import.missing_crs', row: null, column: 'rechtswert' }]],
		['doppelte-kennung.csv', kita, [{ code: 'import.duplicate_code', row: 4, column: 'id' }]],
		['negative-plaetze.csv', kita, [{ code: 'import.negative_count', row: 2, column: 'under' }]],
		['unbekannte-art.csv', {}, [{ code: 'import.unknown_kind', row: 3, column: 'art' }]],
		[
			'falsche-daten.csv',
			{ fixedKind: 'kita' },
			[
				{ code: 'import.invalid_date', row: 2, column: 'gueltig_ab' },
				{ code: 'import.date_order', row: 3, column: 'gueltig_ab' }
			]
		],
		['utm-ohne-crs.geojson', kita, [{ code: 'import.missing_crs', row: null, column: null }]],
		['flaeche-statt-punkt.geojson', kita, [{ code: 'import.geometry_type', row: 2, column: null }]],
		// Issue 12: places no analysis would count are refused, not stored.
		['unbekannte-platzart.csv', {}, [{ code: 'import.unknown_capacity_code', row: 3, column: 'plaetze' }]],
		[
			'platzart-falsch-umgeschluesselt.csv',
			{ kindMap: { Grundschule: 'grundschule' }, capacityCodeMap: { plaetze: 'u3' } },
			[{ code: 'import.unknown_capacity_code', row: 2, column: 'e_platz' }]
		],
		[
			'art-zuordnung-unbekannt.csv',
			{ kindMap: { Grundschule: 'grundschule', Gymnasium: 'gymnasium' } },
			[{ code: 'import.unknown_kind', row: 3, column: 'schulart' }]
		]
	];
	for (const [name, options, expected] of cases) {
		it(`refuses ${name} with the exact problems and writes nothing`, async () => {
			const before = { facilities: await facilityCount(), imports: await facilityImportCount() };
			expect(await refused({ file: file(badDir, name), options })).toEqual(expected);
			expect({ facilities: await facilityCount(), imports: await facilityImportCount() }).toEqual(before);
		});
	}

	it('says which way the swap goes and what the CRS looks like', async () => {
		try {
			await importFacilities(await admin(), {
				file: file(badDir, 'lat-lon-vertauscht.csv'),
				options: kita
			});
		} catch (caught) {
			if (!isImportFailed(caught)) throw caught;
			expect(caught.problems[0]!.message).toContain('Breite und Länge vertauscht?');
		}
		try {
			await importFacilities(await admin(), {
				file: file(badDir, 'xy-ohne-crs.csv'),
				options: kita
			});
		} catch (caught) {
			if (!isImportFailed(caught)) throw caught;
			expect(caught.problems[0]!.message).toMatch(/Koordinatensystem fehlt.*UTM/);
		}
	});

	it('writes nothing when one row of many is bad, not even the providers it names', async () => {
		const lines = ['id,name,lat,lon,traeger,under,over'];
		for (let i = 1; i <= 50; i++)
			lines.push(`${i},Kita ${i},52.5${i % 10},13.4${i % 10},Neuer Träger ${i},5,10`);
		lines.push('51,Kita kaputt,52.5,13.4,Neuer Träger 51,-1,10');
		const bytes = new TextEncoder().encode(lines.join('\n'));
		const before = [await facilityCount(), await facilityImportCount(), await providerCount()];
		expect(await refused({ file: { name: 'fast-gut.csv', bytes }, options: kita })).toEqual([
			{ code: 'import.negative_count', row: 52, column: 'under' }
		]);
		expect([await facilityCount(), await facilityImportCount(), await providerCount()]).toEqual(before);
	});
});

describe('who may import which rows', () => {
	it('refuses rows of another department for a department planner, with their rows', async () => {
		const bytes = new TextEncoder().encode(
			'id,name,lat,lon,amt\nd1,Kita A,52.52,13.40,Jugendamt\nd2,Kita B,52.50,13.41,Schulverwaltungsamt\nd3,Kita C,52.51,13.42,\n'
		);
		expect(
			await refused(
				{ file: { name: 'aemter.csv', bytes }, options: { fixedKind: 'kita' } },
				world.users.department_planner.actor
			)
		).toEqual([{ code: 'import.forbidden_row', row: 3, column: 'amt' }]);
	});

	it('lets a provider import only rows of its own provider', async () => {
		const own = await insertProvider(handle.db, {
			tenantId: world.tenantId,
			name: 'Eigener Träger',
			sector: 'frei'
		});
		const member = await createUser(await tenantContext(contextFor(handle.db, system), 'berlin'), {
			username: 'berlin-traeger',
			displayName: 'Träger',
			password: testPassword,
			role: 'provider',
			providerId: own.id
		});
		const actor = await actorOf(handle.db, member.userId);
		const bytes = new TextEncoder().encode(
			'id,name,lat,lon,traeger\np1,Kita A,52.52,13.40,Eigener Träger\np2,Kita B,52.50,13.41,Anderer Träger\n'
		);
		expect(
			await refused({ file: { name: 'traeger.csv', bytes }, options: { fixedKind: 'kita' } }, actor)
		).toEqual([{ code: 'import.forbidden_row', row: 3, column: 'traeger' }]);
		const good = new TextEncoder().encode('id,name,lat,lon\np3,Kita C,52.52,13.40\n');
		const report = await importFacilities(await tenantContext(contextFor(handle.db, actor), 'berlin'), {
			file: { name: 'traeger-gut.csv', bytes: good },
			options: { fixedKind: 'kita' }
		});
		expect(report.created).toBe(1);
		const [row] = await queryRows<{ provider_id: string }>(
			handle.db,
			sql`select provider_id from facility where code = 'p3'`
		);
		expect(row!.provider_id).toBe(own.id);
		await handle.db.execute(sql`delete from facility where code = 'p3'`);
	});

	it('refuses a viewer outright', async () => {
		const bytes = new TextEncoder().encode('id,name,lat,lon\nv1,Kita,52.52,13.40\n');
		await expect(
			tenantContext(contextFor(handle.db, world.users.viewer.actor), 'berlin').then((tc) =>
				importFacilities(tc, {
					file: { name: 'v.csv', bytes },
					options: kita
				})
			)
		).rejects.toMatchObject({ code: 'auth.forbidden' });
	});
});

describe('the Berlin Kitas 2017', () => {
	const kitas = () => file(berlinDataDir, 'kitas-2017.csv');
	const rows = parseRawCsv(readFileSync(path.join(berlinDataDir, 'kitas-2017.csv'), 'utf8'));
	const sum = (column: string) =>
		rows.reduce((s, r) => (r[column] === 'NaN' || r[column] === '' ? s : s + Number(r[column])), 0);
	const unknown = (column: string) => rows.filter((r) => r[column] === 'NaN' || r[column] === '').length;

	it('checks in a dry run without writing anything', async () => {
		const before = [await facilityCount(), await facilityImportCount()];
		const report = await importFacilities(await admin(), { file: kitas(), options: kita }, { dryRun: true });
		expect(report.created).toBe(2552);
		expect([await facilityCount(), await facilityImportCount()]).toEqual(before);
	});

	it('imports 2,552 Kitas with the file’s places, unknown places as null', async () => {
		expect(rows).toHaveLength(2552);
		const report = await importFacilities(await admin(), {
			file: kitas(),
			options: kita
		});
		expect(report).toMatchObject({ rows: 2552, created: 2552, updated: 0 });
		expect(await count(`select count(*) as n from facility where code ~ '^[0-9]+$'`)).toBe(2552);
		const places = await queryRows<{ code: string; total: number; unknown: number; n: number }>(
			handle.db,
			sql`select code, coalesce(sum(places), 0)::int as total, count(*) filter (where places is null)::int as unknown,
				count(*)::int as n from facility_capacity group by code order by code`
		);
		expect(places).toEqual([
			{ code: 'u3', total: sum('under'), unknown: unknown('under'), n: 2552 },
			{ code: 'ue3', total: sum('over'), unknown: unknown('over'), n: 2552 }
		]);
		expect(unknown('under')).toBeGreaterThan(200);
		expect(await count(`select count(*) as n from facility_capacity where places = 0`)).toBe(
			rows.filter((r) => r.under === '0').length + rows.filter((r) => r.over === '0').length
		);
		// Address and place (Ortsteil) from the file's own columns.
		const [first] = await queryRows<{
			street: string;
			postcode: string;
			place: string;
			lon: number;
			lat: number;
		}>(
			handle.db,
			sql`select street, postcode, place, ST_X(geom) as lon, ST_Y(geom) as lat from facility where code = '274129'`
		);
		expect(first).toMatchObject({ street: 'Grabensprung 51', postcode: '12683', place: 'Biesdorf' });
		expect(Number(first!.lon)).toBeCloseTo(13.55291, 6);
		expect(Number(first!.lat)).toBeCloseTo(52.50581, 6);
		const [provenance] = await queryRows<{ file_name: string; rows: number; sha256: string }>(
			handle.db,
			sql`select file_name, rows, sha256 from data_import where kind = 'facilities' and file_name = 'kitas-2017.csv'`
		);
		expect(provenance).toMatchObject({ file_name: 'kitas-2017.csv', rows: 2552 });
		expect(provenance!.sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(
			await count(
				`select count(*) as n from audit_entry where entity = 'data_import' and after->>'fileName' = 'kitas-2017.csv'`
			)
		).toBe(1);
	});

	it('updates by code on a second import instead of doubling', async () => {
		const report = await importFacilities(await admin(), {
			file: kitas(),
			options: kita
		});
		expect(report).toMatchObject({ created: 0, updated: 2552 });
		expect(await count(`select count(*) as n from facility_capacity`)).toBe(2 * 2552);
	});

	it('imports GeoJSON in ETRS89 / UTM 33N when the CRS is stated, transformed by PostGIS', async () => {
		const geojson = {
			type: 'FeatureCollection',
			crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25833' } },
			features: [
				{
					type: 'Feature',
					properties: { id: 'g1', name: 'Kita am Alex', traeger: 'Neuer Träger GmbH', u3: 12 },
					geometry: { type: 'Point', coordinates: [392000, 5820000] }
				}
			]
		};
		const bytes = new TextEncoder().encode(JSON.stringify(geojson));
		const providersBefore = await providerCount();
		const report = await importFacilities(await admin(), {
			file: { name: 'kitas.geojson', bytes },
			options: { fixedKind: 'kita', capacities: { u3: 'u3' } }
		});
		expect(report).toMatchObject({ created: 1, providersCreated: ['Neuer Träger GmbH'] });
		expect(await providerCount()).toBe(providersBefore + 1);
		const [g] = await queryRows<{ lon: number; lat: number }>(
			handle.db,
			sql`select ST_X(geom) as lon, ST_Y(geom) as lat from facility where code = 'g1'`
		);
		// 392000/5820000 in UTM 33N is about 13.41 E, 52.52 N (central Berlin).
		expect(Number(g!.lon)).toBeGreaterThan(13.35);
		expect(Number(g!.lon)).toBeLessThan(13.45);
		expect(Number(g!.lat)).toBeGreaterThan(52.49);
		expect(Number(g!.lat)).toBeLessThan(52.54);
	});
	it('imports an Excel file with Rechts-/Hochwert in a stated CRS, a Träger and an Amt', async () => {
		const book = new ExcelJS.Workbook();
		const sheet = book.addWorksheet('Schulen');
		sheet.addRow(['Schulnummer', 'Bezeichnung', 'RW', 'HW', 'Träger', 'Amt', 'Plätze', 'gültig ab']);
		sheet.addRow([
			'x1',
			'Grundschule am Park',
			392000,
			5820000,
			'Bezirksamt',
			'Schulverwaltungsamt',
			300,
			'01.08.2017'
		]);
		const bytes = new Uint8Array(await book.xlsx.writeBuffer());
		const report = await importFacilities(await admin(), {
			file: { name: 'schulen.xlsx', bytes },
			options: { fixedKind: 'grundschule', x: 'RW', y: 'HW', crs: 25833, capacities: { schueler: 'Plätze' } }
		});
		expect(report).toMatchObject({ created: 1, providersCreated: ['Bezirksamt'] });
		const [row] = await queryRows<{ department_id: string; valid_from: string; places: number }>(
			handle.db,
			sql`select f.department_id, f.valid_from::text as valid_from, c.places from facility f
				join facility_capacity c on c.facility_id = f.id where f.code = 'x1'`
		);
		expect(row).toEqual({ department_id: world.schulamtId, valid_from: '2017-08-01', places: 300 });
	});
});
