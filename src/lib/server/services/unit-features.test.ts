import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { queryRows } from '../db/raw-query';
import { insertSpatialUnits } from '../repositories/spatial-unit.repository';
import { berlinDataDir, importBerlinLayers } from '../seed/berlin';
import { createLayer, unitFeatures, type UnitFeatureCollection } from './spatial-layer.service';
import { tenantContext } from './tenant-context';

/** The Berlin LOR layers as the demo imports them; the raw file is the independent reference. */
let handle: DatabaseHandle;
let world: TenantWorld;
let foreign: TenantWorld;
const viewer = () => tenantContext(contextFor(handle.db, world.users.viewer.actor), 'berlin');

const rawPlanungsraum = JSON.parse(
	readFileSync(path.join(berlinDataDir, 'planungsraum.geojson'), 'utf8')
) as { features: { properties: { SCHLUESSEL: string } }[] };

type Geometry = NonNullable<UnitFeatureCollection['features'][number]['geometry']>;
function positions(geometry: Geometry | null): number[][] {
	if (!geometry) return [];
	return (geometry.coordinates as unknown[]).flat(geometry.type === 'MultiPolygon' ? 2 : 1) as number[][];
}
const vertexCount = (fc: UnitFeatureCollection) =>
	fc.features.reduce((n, f) => n + positions(f.geometry).length, 0);

/** Asks PostGIS (not our code) whether every feature's geometry is a valid polygon. */
async function invalidFeatures(fc: UnitFeatureCollection): Promise<string[]> {
	const rows = await queryRows<{ code: string }>(
		handle.db,
		sql`select f->>'id' as code from json_array_elements(${JSON.stringify(fc.features)}::json) f
			where f->'geometry' is not null and json_typeof(f->'geometry') <> 'null'
				and not ST_IsValid(ST_GeomFromGeoJSON((f->'geometry')::text))`
	);
	return rows.map((r) => r.code);
}

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'berlin');
	foreign = await createTenantWorld(handle.db, 'fremd');
	await importBerlinLayers(await tenantContext(contextFor(handle.db, system), 'berlin'));
}, 600_000);
afterAll(() => handle?.close());

describe('unitFeatures', () => {
	let full: UnitFeatureCollection;

	it('gives all 447 Planungsräume as valid GeoJSON with code, name and parent', async () => {
		full = await unitFeatures(await viewer(), 'planungsraum');
		expect(full.type).toBe('FeatureCollection');
		expect(full.features).toHaveLength(447);
		expect(full.features.map((f) => f.id)).toEqual(
			rawPlanungsraum.features.map((f) => f.properties.SCHLUESSEL).sort()
		);
		for (const f of full.features) {
			expect(f.type).toBe('Feature');
			expect(f.properties.code).toBe(f.id);
			expect(f.properties.parentCode).toBe(f.id.slice(0, 6));
			expect(f.properties.name.length).toBeGreaterThan(1);
			expect(f.geometry?.type).toBe('MultiPolygon');
		}
		expect(await invalidFeatures(full)).toEqual([]);
	});

	it('gives coordinates in WGS 84 around Berlin, rounded to at most 6 decimals', async () => {
		const all = full.features.flatMap((f) => positions(f.geometry));
		expect(all.length).toBeGreaterThan(10_000);
		const offSixDecimals = (c: number) => Math.abs(c * 1e6 - Math.round(c * 1e6)) > 1e-3;
		const outside = all.filter(([x, y]) => !(x! > 13.0 && x! < 13.8 && y! > 52.3 && y! < 52.7));
		expect(outside).toEqual([]);
		expect(all.filter(([x, y]) => offSixDecimals(x!) || offSixDecimals(y!))).toEqual([]);
	});

	it('simplifies with a tolerance in metres: fewer vertices, still valid, none lost', async () => {
		const light = await unitFeatures(await viewer(), 'planungsraum', {
			simplify: 10
		});
		const lighter = await unitFeatures(await viewer(), 'planungsraum', {
			simplify: 100
		});
		expect(light.features.map((f) => f.id)).toEqual(full.features.map((f) => f.id));
		expect(lighter.features.every((f) => f.geometry !== null)).toBe(true);
		const [n, n10, n100] = [vertexCount(full), vertexCount(light), vertexCount(lighter)];
		expect(n10).toBeLessThan(n);
		expect(n100).toBeLessThan(n10 / 2);
		expect(await invalidFeatures(light)).toEqual([]);
		expect(await invalidFeatures(lighter)).toEqual([]);
		// 10 m in Berlin is about 0.00015° longitude: no vertex moves, so the bounds stay within that.
		const extent = (fc: UnitFeatureCollection) => {
			const xs = fc.features.flatMap((f) => positions(f.geometry).map((p) => p[0]!));
			return [Math.min(...xs), Math.max(...xs)];
		};
		const [a, b] = [extent(full), extent(light)];
		expect(Math.abs(a[0]! - b[0]!)).toBeLessThan(0.00015);
		expect(Math.abs(a[1]! - b[1]!)).toBeLessThan(0.00015);
	});

	it('gives units without a shape with geometry null, and an empty layer as an empty collection', async () => {
		const admin = await tenantContext(contextFor(handle.db, world.users.admin.actor), 'berlin');
		const layer = await createLayer(admin, { code: 'schulbezirk', name: 'Schulbezirk' });
		expect(await unitFeatures(await viewer(), 'schulbezirk')).toEqual({
			type: 'FeatureCollection',
			features: []
		});
		await insertSpatialUnits(handle.db, world.tenantId, layer.id, [{ code: 'S1', name: 'Ohne Form' }]);
		const fc = await unitFeatures(await viewer(), 'schulbezirk', { simplify: 50 });
		expect(fc.features).toEqual([
			{
				type: 'Feature',
				id: 'S1',
				properties: { code: 'S1', name: 'Ohne Form', parentCode: null },
				geometry: null
			}
		]);
	});

	it('refuses bad tolerances, unknown layers and other tenants', async () => {
		for (const simplify of [-1, Number.NaN, 1e6])
			await expect(viewer().then((tc) => unitFeatures(tc, 'bezirk', { simplify }))).rejects.toMatchObject({
				code: 'validation.invalid'
			});
		await expect(viewer().then((tc) => unitFeatures(tc, 'nix'))).rejects.toMatchObject({
			code: 'layer.not_found'
		});
		await expect(
			tenantContext(contextFor(handle.db, foreign.users.admin.actor), 'berlin').then((tc) =>
				unitFeatures(tc, 'bezirk')
			)
		).rejects.toMatchObject({ code: 'auth.foreign_tenant' });
	});
});
