import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, system } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { berlinDataDir } from '../seed/berlin';
import { importFacilities } from './facility-import.service';
import { getFacility, listFacilities } from './facility.service';
import { importUnits } from './import.service';
import { preventionChainOf } from './prevention-chain.service';
import { createTenant } from './tenant.service';
import { tenantContext } from './tenant-context';

/**
 * Issue 12: facilities on a layer without outlines (the Bezirke imported from a table) are assigned
 * through the hierarchy — the Planungsraum that contains the point, then its parent — and never
 * reported as outside. The expected Bezirk is computed with turf on the raw Planungsraum file.
 */
let handle: DatabaseHandle;
const ctx = () => contextFor(handle.db, system);
const read = (name: string) => new Uint8Array(readFileSync(path.join(berlinDataDir, name)));

const areas = (
	JSON.parse(readFileSync(path.join(berlinDataDir, 'planungsraum.geojson'), 'utf8')) as FeatureCollection<
		MultiPolygon | Polygon,
		{ SCHLUESSEL: string }
	>
).features;

// Points in EPSG:25833 (as the Planungsraum file): Grundschulen of the 2023 register in six Bezirke.
const points = [
	['h1', 'Grundschule am Arkonaplatz', 391497.3, 5821994.0],
	['h2', 'Spartacus-Grundschule', 393866.7, 5820157.6],
	['h3', 'Schule am Hamburger Platz', 394027.8, 5823792.6],
	['h4', 'Eichendorff-Grundschule', 385496.6, 5819000.9],
	['h5', 'Ernst-Ludwig-Heim-Grundschule', 378364.6, 5821516.9],
	['h6', 'Nord-Grundschule', 381520.2, 5811001.0]
] as const;

beforeAll(async () => {
	handle = await createTestDatabase();
	await createTenant(ctx(), { slug: 'berlin', name: 'Berlin', kind: 'kreisfreie_stadt' });
	await importUnits(await tenantContext(ctx(), 'berlin'), {
		layer: { code: 'bezirk', name: 'Bezirk', metricSrid: 25833 },
		files: [{ name: 'bezirke.csv', bytes: read('bezirke.csv') }],
		options: { code: 'Schlüssel', name: 'Name' }
	});
	await importUnits(await tenantContext(ctx(), 'berlin'), {
		layer: { code: 'planungsraum', name: 'Planungsraum', parentLayer: 'bezirk', metricSrid: 25833 },
		files: [{ name: 'planungsraum.geojson', bytes: read('planungsraum.geojson') }],
		options: { crs: 25833, code: 'SCHLUESSEL', parent: { from: 'prefix', length: 2 } }
	});
	const csv = ['id;name;x;y', ...points.map((p) => p.join(';'))].join('\n');
	await importFacilities(await tenantContext(ctx(), 'berlin'), {
		file: { name: 'schulen.csv', bytes: new TextEncoder().encode(csv) },
		options: { fixedKind: 'grundschule', crs: 25833 }
	});
}, 300_000);
afterAll(() => handle?.close());

describe('facilities on a layer without outlines', () => {
	const expectedBezirk = (x: number, y: number) =>
		areas.find((a) => booleanPointInPolygon([x, y], a.geometry))!.properties.SCHLUESSEL.slice(0, 2);

	it('are assigned to the Bezirk of their Planungsraum in the prevention chain, none outside', async () => {
		const chain = await preventionChainOf(await tenantContext(ctx(), 'berlin'), { layer: 'bezirk' });
		expect(chain.units).toHaveLength(12);
		expect(chain.outside).toEqual([]);
		const p = chain.phases.findIndex((x) => x.code === 'alter_6_10');
		const got = chain.units.flatMap((unit, u) =>
			chain.cells[p]![u]!.offers.map((o) => [o.offer.name, unit.code] as const)
		);
		const want = points.map(([, name, x, y]) => [name, expectedBezirk(x, y)] as const);
		expect(new Set(want.map(([, b]) => b)).size).toBe(6);
		expect([...got].sort()).toEqual([...want].sort());
	});

	it('show the Bezirk on the facility page too', async () => {
		const [first] = await listFacilities(await tenantContext(ctx(), 'berlin'), { search: 'Arkonaplatz' });
		const facility = await getFacility(await tenantContext(ctx(), 'berlin'), first!.id);
		const bezirk = facility.locations.find((l) => l.layerCode === 'bezirk');
		expect(bezirk?.unitCode).toBe(expectedBezirk(391497.3, 5821994.0));
		expect(facility.locations.find((l) => l.layerCode === 'planungsraum')?.unitCode?.slice(0, 2)).toBe(
			bezirk?.unitCode
		);
	});
});
