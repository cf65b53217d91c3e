import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { queryRows } from '../db/raw-query';
import { insertSpatialUnits } from '../repositories/spatial-unit.repository';
import { berlinDataDir, importBerlinInhabitants, importBerlinLayers } from '../seed/berlin';
import { createFacility } from './facility.service';
import { createLayer } from './spatial-layer.service';
import { supplyAnalysis, unitSupplySeries } from './supply.service';
import { setSupplySettings } from './supply-settings.service';
import { tenantContext } from './tenant-context';

/**
 * Supply and need on the Berlin Planungsräume with a few Kitas placed at known points. Every
 * number is checked against a computation written here from the raw CSV of children and from
 * distances between coordinates asked of PostGIS directly (not through the service's queries).
 */
let handle: DatabaseHandle;
let world: TenantWorld;
const planner = () => tenantContext(contextFor(handle.db, world.users.planner.actor), 'berlin');
const viewer = () => tenantContext(contextFor(handle.db, world.users.viewer.actor), 'berlin');

const A = '01011101';
const B = '01011102';
const date = '2016-12-31';
const catchment = 1000;
const needRate = 55;

/** Children under 3 per Planungsraum at 31.12.2016, read from the CSV the seed imports. */
function childrenU3(): Map<string, number> {
	const [header, ...lines] = readFileSync(path.join(berlinDataDir, 'einwohner-kinder-2001-2016.csv'), 'utf8')
		.trim()
		.split(/\r?\n/)
		.map((l) => l.split(','));
	const columns = ['2016_E_E00_01', '2016_E_E01_02', '2016_E_E02_03'].map((c) => header!.indexOf(c));
	expect(columns.every((c) => c > 0)).toBe(true);
	return new Map(lines.map((cells) => [cells[0]!, columns.reduce((s, c) => s + Number(cells[c]), 0)]));
}

interface Point {
	code: string;
	lon: number;
	lat: number;
	x: number;
	y: number;
}
let points: Map<string, Point>;
const kitas: { code: string; unit: string; places: number | null }[] = [
	{ code: 'kita-a1', unit: A, places: 40 },
	{ code: 'kita-a2', unit: A, places: null },
	{ code: 'kita-b1', unit: B, places: 10 }
];

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'berlin');
	const root = contextFor(handle.db, system);
	await importBerlinLayers(await tenantContext(root, 'berlin'));
	await importBerlinInhabitants(await tenantContext(root, 'berlin'));
	const rows = await queryRows<Point>(
		handle.db,
		sql`select u.code, ST_X(p.g) as lon, ST_Y(p.g) as lat,
				ST_X(ST_Transform(p.g, 25833)) as x, ST_Y(ST_Transform(p.g, 25833)) as y
			from spatial_unit u join spatial_layer l on l.id = u.layer_id,
				lateral (select ST_PointOnSurface(u.geom) as g) p
			where l.code = 'planungsraum' and u.tenant_id = ${world.tenantId}`
	);
	points = new Map(rows.map((r) => [r.code, { ...r, lon: +r.lon, lat: +r.lat, x: +r.x, y: +r.y }]));
	for (const kita of kitas) {
		const p = points.get(kita.unit)!;
		await createFacility(await planner(), {
			code: kita.code,
			name: `Kita ${kita.code}`,
			kind: 'kita',
			lat: p.lat,
			lon: p.lon,
			capacities: { u3: kita.places ?? '' }
		});
	}
	await setSupplySettings(await planner(), {
		bands: [
			{
				code: 'u3',
				label: 'unter 3 Jahre',
				capacityCode: 'u3',
				kindCodes: ['kita'],
				populationVariables: ['einwohner_00_01', 'einwohner_01_02', 'einwohner_02_03'],
				needRate
			}
		],
		catchment,
		decay: { kind: 'none' }
	});
}, 600_000);
afterAll(() => handle?.close());

/** The metric position of each Kita as PostGIS places its stored WGS84 point. */
async function kitaPositions(): Promise<Map<string, { x: number; y: number }>> {
	const rows = await queryRows<{ code: string; x: number; y: number }>(
		handle.db,
		sql`select code, ST_X(ST_Transform(geom, 25833)) as x, ST_Y(ST_Transform(geom, 25833)) as y
			from facility where tenant_id = ${world.tenantId}`
	);
	return new Map(rows.map((r) => [r.code, { x: +r.x, y: +r.y }]));
}

describe('supplyAnalysis on the Berlin Planungsräume', () => {
	it('gives Versorgungsquote, need and shortfall from the CSV children, places a lower bound', async () => {
		const children = childrenU3();
		const analysis = await supplyAnalysis(await viewer(), {
			layer: 'planungsraum',
			band: 'u3'
		});
		expect(analysis.date).toBe(date);
		expect(analysis.rows).toHaveLength(447);
		const rowA = analysis.rows.find((r) => r.code === A)!;
		const rowB = analysis.rows.find((r) => r.code === B)!;
		expect(rowA.children).toBe(children.get(A));
		expect(rowA.places).toBe(40);
		expect(rowA.facilities).toBe(2);
		expect(rowA.unknownPlaces).toBe(1);
		expect(rowA.coverageRate).toBeCloseTo((40 / children.get(A)!) * 100, 10);
		const needA = Math.ceil((children.get(A)! * needRate) / 100);
		expect(rowA.placesNeeded).toBe(needA);
		expect(rowA.shortfall).toBe(Math.max(0, needA - 40));
		expect(rowA.surplus).toBe(Math.max(0, 40 - needA));
		expect(rowB.places).toBe(10);
		expect(rowB.unknownPlaces).toBe(0);
		expect(rowB.children).toBe(children.get(B));
		// A unit without any Kita: 0 places, the whole need is missing.
		const other = analysis.rows.find((r) => r.code === '12103115')!;
		expect(other.places).toBe(0);
		expect(other.shortfall).toBe(Math.ceil((children.get('12103115')! * needRate) / 100));
		// Totals: sums of the rows, and the sum of shortfalls is not the city's netted shortfall.
		const sum = (f: (r: (typeof analysis.rows)[number]) => number) =>
			analysis.rows.reduce((s, r) => s + f(r), 0);
		expect(analysis.totals.children).toBe([...children.values()].reduce((s, v) => s + v, 0));
		expect(analysis.totals.places).toBe(50);
		expect(analysis.totals.unknownPlaces).toBe(1);
		expect(analysis.totals.sumOfShortfalls).toBe(sum((r) => r.shortfall!));
		expect(analysis.outside).toEqual([]);
	});

	it('gives the 2SFCA of a brute-force computation over all 447 representative points', async () => {
		const children = childrenU3();
		const kitaAt = await kitaPositions();
		const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
			Math.hypot(a.x - b.x, a.y - b.y);
		const ratio = new Map<string, number>();
		for (const kita of kitas) {
			const at = kitaAt.get(kita.code)!;
			let demand = 0;
			for (const [code, p] of points) if (distance(at, p) <= catchment) demand += children.get(code) ?? 0;
			ratio.set(kita.code, demand === 0 ? 0 : (kita.places ?? 0) / demand);
		}
		const analysis = await supplyAnalysis(await viewer(), {
			layer: 'planungsraum',
			band: 'u3'
		});
		let reached = 0;
		for (const row of analysis.rows) {
			const p = points.get(row.code)!;
			const inReach = kitas.filter((k) => distance(kitaAt.get(k.code)!, p) <= catchment);
			const expected = inReach.reduce((s, k) => s + ratio.get(k.code)!, 0) * 100;
			expect(row.accessibility, row.code).toBeCloseTo(expected, 9);
			expect(row.unknownInReach, row.code).toBe(inReach.some((k) => k.places === null));
			if (inReach.length > 0) reached++;
		}
		// The Kitas reach more units than their own two: a Kita near a boundary serves both sides.
		expect(reached).toBeGreaterThan(2);
	});

	it('reports facilities outside every unit of a layer instead of dropping them', async () => {
		const layer = await createLayer(await tenantContext(contextFor(handle.db, system), 'berlin'), {
			code: 'teilgebiet',
			name: 'Teilgebiet',
			metricSrid: 25833
		});
		const [geometry] = await queryRows<{ geojson: string }>(
			handle.db,
			sql`select ST_AsGeoJSON(u.geom) as geojson from spatial_unit u join spatial_layer l on l.id = u.layer_id
				where l.code = 'planungsraum' and u.code = ${A} and u.tenant_id = ${world.tenantId}`
		);
		await insertSpatialUnits(handle.db, world.tenantId, layer.id, [
			{ code: 'T1', name: 'Teilgebiet 1', geometry: { geojson: geometry!.geojson } }
		]);
		const analysis = await supplyAnalysis(await viewer(), {
			layer: 'teilgebiet',
			band: 'u3'
		});
		expect(analysis.outside.map((f) => f.code)).toEqual(['kita-b1']);
		expect(analysis.rows.map((r) => [r.code, r.facilities, r.places])).toEqual([['T1', 2, 40]]);
	});

	it('gives the area profile series over all dates of the CSV', async () => {
		const [series] = await unitSupplySeries(await viewer(), {
			layer: 'planungsraum',
			unit: A
		});
		expect(series!.points.map((p) => p.date)).toEqual(
			Array.from({ length: 16 }, (_, i) => `${2001 + i}-12-31`)
		);
		const last = series!.points.at(-1)!;
		expect(last.children).toBe(childrenU3().get(A));
		expect(last.places).toBe(40);
		expect(last.unknownPlaces).toBe(1);
	});

	it('refuses a Träger (no data.read) and a foreign band', async () => {
		await expect(
			tenantContext(contextFor(handle.db, world.users.provider.actor), 'berlin').then((tc) =>
				supplyAnalysis(tc, {
					layer: 'planungsraum',
					band: 'u3'
				})
			)
		).rejects.toMatchObject({ code: 'auth.forbidden' });
		await expect(
			viewer().then((tc) => supplyAnalysis(tc, { layer: 'planungsraum', band: 'ue3' }))
		).rejects.toMatchObject({ code: 'supply.band_not_found' });
	});
});
