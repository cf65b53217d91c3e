import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, system } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import { defaultFacilityKinds } from '../../core/facility/kinds';
import type { DatabaseHandle } from '../db/client';
import { queryRows } from '../db/raw-query';
import { importUnits } from '../services/import.service';
import { facilitySources } from '../services/facility-export.service';
import { preventionChainOf } from '../services/prevention-chain.service';
import { createTenant } from '../services/tenant.service';
import { berlinDataDir } from './berlin';
import {
	berlinExtraKinds,
	berlinFacilitiesDir,
	schoolKindMap,
	schoolsFile,
	schoolsSource,
	seedBerlinSchoolsAndYouth,
	youthFile,
	youthKindMap,
	youthSource
} from './berlin-schools-youth';
import { tenantContext } from '../services/tenant-context';

/**
 * Issue 12: the real Berlin schools (2023) and youth centres (2022) in the demo. Their Planungsraum
 * is computed here independently of PostGIS: turf's point-in-polygon on the raw files, which are
 * all in EPSG:25833 (the Planungsraum file says so only in its README), so nothing is reprojected.
 */
let handle: DatabaseHandle;
const ctx = () => contextFor(handle.db, system);

type Props = Record<string, string | null>;
const raw = <G extends Point | MultiPolygon | Polygon>(dir: string, name: string) =>
	JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as FeatureCollection<G, Props>;

const areas = raw<MultiPolygon | Polygon>(berlinDataDir, 'planungsraum.geojson').features.sort((a, b) =>
	a.properties.SCHLUESSEL!.localeCompare(b.properties.SCHLUESSEL!)
);
// A point on a shared boundary counts for the smaller code, as in the platform (and only once).
const areaOf = (point: Point) =>
	areas.find((a) => booleanPointInPolygon(point.coordinates, a.geometry))?.properties.SCHLUESSEL ?? null;

const schools = raw<Point>(berlinFacilitiesDir, schoolsFile).features;
const youth = raw<Point>(berlinFacilitiesDir, youthFile).features;
const kindPhases = new Map(
	[...defaultFacilityKinds, ...berlinExtraKinds].map((k) => [k.code, k.lifePhases] as const)
);
/** Each facility of the raw files: its code, kind (by the seed's mapping) and Planungsraum. */
const expected = [
	...schools.map((f) => ({
		code: f.properties.bsn!,
		kind: schoolKindMap[f.properties.schulart!]!,
		unit: areaOf(f.geometry)
	})),
	...youth.map((f) => ({
		code: f.properties.e_nr!,
		kind: youthKindMap[f.properties.e_art!]!,
		unit: areaOf(f.geometry)
	}))
];

beforeAll(async () => {
	handle = await createTestDatabase();
	await createTenant(ctx(), { slug: 'berlin', name: 'Berlin (Beispiel)', kind: 'kreisfreie_stadt' });
	await importUnits(await tenantContext(ctx(), 'berlin'), {
		layer: { code: 'planungsraum', name: 'Planungsraum', metricSrid: 25833 },
		files: [
			{
				name: 'planungsraum.geojson',
				bytes: new Uint8Array(readFileSync(path.join(berlinDataDir, 'planungsraum.geojson')))
			}
		],
		options: { crs: 25833, code: 'SCHLUESSEL' }
	});
	await seedBerlinSchoolsAndYouth(await tenantContext(ctx(), 'berlin'));
}, 600_000);
afterAll(() => handle?.close());

describe('the Berlin schools and youth centres in the demo', () => {
	it('imports all 902 schools and 407 centres with kinds, addresses, places and providers with sector', async () => {
		expect([schools.length, youth.length]).toEqual([902, 407]);
		expect(expected.every((e) => e.kind !== undefined)).toBe(true);
		const kinds = await queryRows<{ code: string; n: number }>(
			handle.db,
			sql`select k.code, count(*)::int as n from facility f join facility_kind k on k.id = f.kind_id group by k.code order by k.code`
		);
		const byKind = new Map<string, number>();
		for (const e of expected) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
		expect(kinds).toEqual(
			[...byKind].sort(([a], [b]) => a.localeCompare(b)).map(([code, n]) => ({ code, n }))
		);
		const [moabit] = await queryRows<{ street: string; postcode: string; provider: string; sector: string }>(
			handle.db,
			sql`select f.street, f.postcode, p.name as provider, p.sector from facility f join provider p on p.id = f.provider_id where f.code = '01B01'`
		);
		expect(moabit).toEqual({
			street: 'Alt-Moabit 10',
			postcode: '10557',
			provider: 'öffentlicher Träger',
			sector: 'oeffentlich'
		});
		const [centre] = await queryRows<{ street: string; provider: string; sector: string }>(
			handle.db,
			sql`select f.street, p.name as provider, p.sector from facility f join provider p on p.id = f.provider_id where f.code = '01010003'`
		);
		expect(centre).toEqual({
			street: 'Schwedter Str. 234',
			provider: 'BA Mitte von Berlin',
			sector: 'oeffentlich'
		});
		// Places of the centres: e_platz summed from the raw file (text there), no cell lost.
		const places = youth.reduce((s, f) => s + Number(f.properties.e_platz), 0);
		const [stored] = await queryRows<{ total: number; n: number }>(
			handle.db,
			sql`select sum(places)::int as total, count(*)::int as n from facility_capacity where code = 'plaetze'`
		);
		expect(stored).toEqual({ total: places, n: youth.length });
		const sectors = await queryRows<{ sector: string; n: number }>(
			handle.db,
			sql`select p.sector, count(*)::int as n from facility f join provider p on p.id = f.provider_id group by p.sector order by p.sector`
		);
		const count = (pred: (p: Props) => boolean, list: typeof schools) =>
			list.filter((f) => pred(f.properties)).length;
		expect(sectors).toEqual([
			{ sector: 'frei', n: count((p) => p.t_art === 'freier Träger', youth) },
			{
				sector: 'oeffentlich',
				n:
					count((p) => p.traeger === 'öffentlich', schools) +
					count((p) => p.t_art === 'öffentlicher Träger', youth)
			},
			{ sector: 'privat', n: count((p) => p.traeger === 'privat', schools) }
		]);
	});

	it('puts the same number of schools and centres in every Planungsraum as turf does on the raw files', async () => {
		const chain = await preventionChainOf(await tenantContext(ctx(), 'berlin'), { layer: 'planungsraum' });
		expect(chain.units).toHaveLength(447);
		const seen = new Map<string, Set<string>>();
		chain.units.forEach((unit, u) => {
			for (const row of chain.cells)
				for (const o of row[u]!.offers) {
					if (o.neighbour) continue;
					seen.set(unit.code, (seen.get(unit.code) ?? new Set()).add(o.offer.facilityId));
				}
		});
		const want = new Map<string, number>();
		for (const e of expected) if (e.unit) want.set(e.unit, (want.get(e.unit) ?? 0) + 1);
		const got = new Map([...seen].map(([code, ids]) => [code, ids.size]));
		expect(Object.fromEntries([...got].sort())).toEqual(Object.fromEntries([...want].sort()));
		expect(chain.outside).toHaveLength(expected.filter((e) => e.unit === null).length);
	});

	it('fills the school and youth phases of the prevention chain where the raw files have offers', async () => {
		const chain = await preventionChainOf(await tenantContext(ctx(), 'berlin'), { layer: 'planungsraum' });
		for (const phase of ['alter_6_10', 'alter_10_16', 'alter_16_25']) {
			const p = chain.phases.findIndex((x) => x.code === phase);
			const withOffer = new Set(
				expected.filter((e) => e.unit && kindPhases.get(e.kind)!.includes(phase)).map((e) => e.unit!)
			);
			const filled = chain.units.filter((_, u) => !chain.cells[p]![u]!.gap).map((unit) => unit.code);
			expect(filled.sort()).toEqual([...withOffer].sort());
			expect(withOffer.size).toBeGreaterThan(200);
			expect(chain.phaseSummary[p]!.unitsWithGap).toBe(447 - withOffer.size);
		}
	});

	it('names both registers with their years as the source line of the facilities', async () => {
		const sources = await facilitySources(await tenantContext(ctx(), 'berlin'));
		expect([...sources].sort()).toEqual([schoolsSource, youthSource].sort());
		expect(schoolsSource).toMatch(/Oktober 2023.*2016/);
		expect(youthSource).toMatch(/Dezember 2022.*2016/);
	});

	it('imports nothing again on the next start', async () => {
		const before = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from data_import`);
		await seedBerlinSchoolsAndYouth(await tenantContext(ctx(), 'berlin'));
		expect(
			await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from data_import`)
		).toEqual(before);
	});
});
