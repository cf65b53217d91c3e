import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { spatialUnitAncestor } from '../db/schema';
import { insertSpatialUnits, setUnitParents } from '../repositories/spatial-unit.repository';
import { rebuildAncestry, unitsBelowByDistance } from '../repositories/unit-ancestry.repository';
import { listAudit } from './audit.service';
import { createLayer, getUnit, listLayers, listUnits } from './spatial-layer.service';
import { tenantContext } from './tenant-context';

let handle: DatabaseHandle;
let home: TenantWorld;
let foreign: TenantWorld;

// A square of about 1 km around Berlin's Alexanderplatz, in ETRS89 / UTM 33N and in WGS 84.
const utmSquare = JSON.stringify({
	type: 'Polygon',
	coordinates: [
		[
			[392000, 5820000],
			[393000, 5820000],
			[393000, 5821000],
			[392000, 5821000],
			[392000, 5820000]
		]
	]
});
const wgsSquare = 'SRID=4326;POLYGON((13.40 52.52,13.41 52.52,13.41 52.53,13.40 52.53,13.40 52.52))';

beforeAll(async () => {
	handle = await createTestDatabase();
	home = await createTenantWorld(handle.db, 'home');
	foreign = await createTenantWorld(handle.db, 'fremd');
});
afterAll(() => handle?.close());

describe('spatial layers', () => {
	it('creates nested layers, lists them from the top down and audits them', async () => {
		const planner = contextFor(handle.db, home.users.planner.actor);
		await expect(
			tenantContext(planner, 'home').then((tc) =>
				createLayer(tc, { code: 'pr', name: 'Planungsräume', parent: 'bzr' })
			)
		).rejects.toMatchObject({ code: 'layer.not_found', fields: { parent: 'unbekannt' } });
		await createLayer(await tenantContext(planner, 'home'), {
			code: 'bez',
			name: 'Bezirke',
			metricSrid: 25833
		});
		await createLayer(await tenantContext(planner, 'home'), {
			code: 'bzr',
			name: 'Bezirksregionen',
			parent: 'bez',
			validFrom: '2006-01-01'
		});
		await createLayer(await tenantContext(planner, 'home'), {
			code: 'pr',
			name: 'Planungsräume',
			parent: 'bzr'
		});
		const layers = await listLayers(
			await tenantContext(contextFor(handle.db, home.users.viewer.actor), 'home')
		);
		expect(layers.map((l) => [l.code, l.parentCode, l.depth])).toEqual([
			['bez', null, 0],
			['bzr', 'bez', 1],
			['pr', 'bzr', 2]
		]);
		expect(layers[1]).toMatchObject({ validFrom: '2006-01-01', metricSrid: 25832 });
		const audit = await listAudit(
			await tenantContext(contextFor(handle.db, home.users.admin.actor), 'home'),
			{
				entity: 'spatial_layer'
			}
		);
		expect(audit.total).toBe(3);
	});

	it('refuses duplicates, bad periods, viewers, department planners and strangers', async () => {
		const planner = contextFor(handle.db, home.users.planner.actor);
		await expect(
			tenantContext(planner, 'home').then((tc) => createLayer(tc, { code: 'bez', name: 'Nochmal' }))
		).rejects.toMatchObject({
			code: 'layer.duplicate'
		});
		await expect(
			tenantContext(planner, 'home').then((tc) =>
				createLayer(tc, {
					code: 'x',
					name: 'Zeitreise',
					validFrom: '2020-01-01',
					validTo: '2019-01-01'
				})
			)
		).rejects.toMatchObject({ code: 'validation.invalid', fields: { validTo: expect.any(String) } });
		for (const who of [home.users.viewer, home.users.department_planner]) {
			await expect(
				tenantContext(contextFor(handle.db, who.actor), 'home').then((tc) =>
					createLayer(tc, { code: 'y', name: 'Ebene' })
				)
			).rejects.toMatchObject({
				code: 'auth.forbidden'
			});
		}
		await expect(
			tenantContext(contextFor(handle.db, foreign.users.admin.actor), 'home').then((tc) => listLayers(tc))
		).rejects.toMatchObject({
			code: 'auth.foreign_tenant'
		});
	});
});

describe('spatial units and their ancestry', () => {
	it('inserts units with geometries in any CRS, lists them with parent codes and finds them', async () => {
		const viewer = contextFor(handle.db, home.users.viewer.actor);
		const layers = new Map(
			(await listLayers(await tenantContext(viewer, 'home'))).map((l) => [l.code, l.id])
		);
		const [bez] = await insertSpatialUnits(handle.db, home.tenantId, layers.get('bez')!, [
			{ code: '01', name: 'Mitte', geometry: { geojson: utmSquare, srid: 25833 } }
		]);
		const regions = await insertSpatialUnits(handle.db, home.tenantId, layers.get('bzr')!, [
			{ code: '0101', name: 'Tiergarten Süd', parentUnitId: bez!.id, geometry: { ewkt: wgsSquare } },
			{ code: '0102', name: 'Regierungsviertel', parentUnitId: null, validFrom: '2006-01-01' }
		]);
		await insertSpatialUnits(handle.db, home.tenantId, layers.get('pr')!, [
			{ code: '010101', name: 'Stülerstraße', parentUnitId: regions[0]!.id },
			{ code: '010201', name: 'Wilhelmstraße', parentUnitId: regions[1]!.id }
		]);
		// A parent found later (by code prefix or containment).
		expect(
			await setUnitParents(handle.db, home.tenantId, [{ unitId: regions[1]!.id, parentUnitId: bez!.id }])
		).toBe(1);
		const units = await listUnits(await tenantContext(viewer, 'home'), 'bzr');
		expect(units.map((u) => [u.code, u.parentCode, u.hasGeometry, u.validFrom])).toEqual([
			['0101', '01', true, null],
			['0102', '01', false, '2006-01-01']
		]);
		expect(await getUnit(await tenantContext(viewer, 'home'), 'pr', '010201')).toMatchObject({
			name: 'Wilhelmstraße',
			parentCode: '0102'
		});
		await expect(tenantContext(viewer, 'home').then((tc) => getUnit(tc, 'pr', '999'))).rejects.toMatchObject({
			code: 'unit.not_found'
		});
		await expect(tenantContext(viewer, 'home').then((tc) => listUnits(tc, 'nix'))).rejects.toMatchObject({
			code: 'layer.not_found'
		});
	});

	it('rebuilds the closure with every unit, itself included, and counts units below', async () => {
		const written = await rebuildAncestry(handle.db, home.tenantId);
		// 5 units at distance 0, 4 links to a parent, 2 to a grandparent.
		expect(written).toBe(5 + 4 + 2);
		// Rebuilding again gives the same closure, not a doubled one.
		expect(await rebuildAncestry(handle.db, home.tenantId)).toBe(11);
		const viewer = await tenantContext(contextFor(handle.db, home.users.viewer.actor), 'home');
		const bez = (await listLayers(viewer)).find((l) => l.code === 'bez')!;
		const counts = await unitsBelowByDistance(handle.db, home.tenantId, [bez.id]);
		expect([...counts.values()]).toEqual([[1, 2, 2]]);
		expect(await handle.db.$count(spatialUnitAncestor)).toBe(11);
	});

	it('stores geometries in EPSG:4326 as MultiPolygons', async () => {
		const result = (await handle.db.execute(
			sql`select code, ST_GeometryType(geom) as type, ST_SRID(geom) as srid,
				round(ST_X(ST_Centroid(geom))::numeric, 2)::float as x
			from spatial_unit where geom is not null order by code`
		)) as unknown as { rows: { code: string; type: string; srid: number; x: number }[] };
		expect(result.rows).toEqual([
			{ code: '01', type: 'ST_MultiPolygon', srid: 4326, x: 13.42 },
			{ code: '0101', type: 'ST_MultiPolygon', srid: 4326, x: 13.41 }
		]);
	});
});
