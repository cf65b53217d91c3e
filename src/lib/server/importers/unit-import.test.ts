import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/support/test-db';
import { contextFor, system } from '../../../../test/support/fixtures';
import type { ImportReport } from '../../core/imports/report';
import type { DatabaseHandle } from '../db/client';
import { queryRows } from '../db/raw-query';
import { createTenant } from '../services/tenant.service';
import { importBerlinLayers } from '../seed/berlin';
import { tenantContext } from '../services/tenant-context';

let handle: DatabaseHandle;
let reports: Record<string, ImportReport>;
let tenantId: string;

beforeAll(async () => {
	handle = await createTestDatabase();
	const ctx = contextFor(handle.db, system);
	tenantId = (await createTenant(ctx, { slug: 'berlin', name: 'Berlin', kind: 'kreisfreie_stadt' })).id;
	reports = await importBerlinLayers(await tenantContext(ctx, 'berlin'));
}, 240_000);
afterAll(() => handle?.close());

const count = async (layer: string, where = sql`true`) => {
	const [row] = await queryRows<{ n: number }>(
		handle.db,
		sql`select count(*)::int as n from spatial_unit u join spatial_layer l on l.tenant_id = u.tenant_id and l.id = u.layer_id
			where u.tenant_id = ${tenantId} and l.code = ${layer} and ${where}`
	);
	return row!.n;
};

describe('the four real Berlin LOR layers', () => {
	it('import with 12, 60, 138 and 447 units, all with geometry in the end', async () => {
		expect(await count('bezirk')).toBe(12);
		expect(await count('prognoseraum')).toBe(60);
		expect(await count('bezirksregion')).toBe(138);
		expect(await count('planungsraum')).toBe(447);
		for (const layer of ['bezirk', 'prognoseraum', 'bezirksregion', 'planungsraum']) {
			expect(await count(layer, sql`u.geom is null`), layer).toBe(0);
			expect(await count(layer, sql`not ST_IsValid(u.geom)`), layer).toBe(0);
		}
	});

	it('reports what each step did', () => {
		expect(reports.bezirk).toMatchObject({ created: 12, updated: 0, rows: 12 });
		// Each Shapefile has two blank records with real polygons: skipped with a warning.
		expect(reports.prognoseraum).toMatchObject({ created: 60, skipped: 2, rows: 62 });
		expect(reports.bezirksregion).toMatchObject({ created: 138, skipped: 2, rows: 140 });
		expect(
			reports.prognoseraum!.warnings.filter((w) => w.code === 'import.missing_code').map((w) => w.row)
		).toEqual([61, 62]);
		expect(reports.planungsraum).toMatchObject({ created: 447, rows: 447 });
		expect(reports.bezirkGeometry).toMatchObject({ created: 0, updated: 12, rows: 12 });
		expect(reports.planungsraumNames).toMatchObject({ created: 0, updated: 447, notInFile: [] });
	});

	it('derives the Bezirk codes of the property-less TopoJSON from the Prognoseräume inside', async () => {
		const rows = await queryRows<{ code: string; name: string; area: number }>(
			handle.db,
			sql`select u.code, u.name, ST_Area(ST_Transform(u.geom, 25833)) / 1e6 as area
				from spatial_unit u join spatial_layer l on l.tenant_id = u.tenant_id and l.id = u.layer_id
				where u.tenant_id = ${tenantId} and l.code = 'bezirk' order by u.code`
		);
		expect(rows.map((r) => r.name)).toContain('Treptow-Köpenick');
		// Berlin is 891 km²; Treptow-Köpenick the largest Bezirk (168 km²), Friedrichshain-Kreuzberg the smallest (20 km²).
		expect(rows.reduce((sum, r) => sum + r.area, 0)).toBeCloseTo(891, -1);
		expect(rows.find((r) => r.code === '09')!.area).toBeCloseTo(168, -1);
		expect(rows.find((r) => r.code === '02')!.area).toBeCloseTo(20, -1);
	});

	it('gives every Planungsraum the right ancestors, by code prefix, in the closure', async () => {
		const rows = await queryRows<{ code: string; ancestor: string; layer: string; distance: number }>(
			handle.db,
			sql`select u.code, a.code as ancestor, l.code as layer, x.distance
				from spatial_unit_ancestor x
				join spatial_unit u on u.tenant_id = x.tenant_id and u.id = x.unit_id
				join spatial_unit a on a.tenant_id = x.tenant_id and a.id = x.ancestor_id
				join spatial_layer l on l.tenant_id = x.tenant_id and l.id = x.ancestor_layer_id
				join spatial_layer ul on ul.tenant_id = u.tenant_id and ul.id = u.layer_id
				where x.tenant_id = ${tenantId} and ul.code = 'planungsraum'`
		);
		expect(rows).toHaveLength(447 * 4);
		const lengths: Record<string, number> = { planungsraum: 8, bezirksregion: 6, prognoseraum: 4, bezirk: 2 };
		for (const row of rows) {
			expect(row.ancestor, `${row.code} → ${row.layer}`).toBe(row.code.slice(0, lengths[row.layer]));
			expect(row.distance).toBe(
				['planungsraum', 'bezirksregion', 'prognoseraum', 'bezirk'].indexOf(row.layer)
			);
		}
	});

	it('keeps the names of the MSS table on the Planungsräume, and the Shapefile names in Latin-1 intact', async () => {
		const [plr] = await queryRows<{ name: string }>(
			handle.db,
			sql`select name from spatial_unit where tenant_id = ${tenantId} and code = '01011101'`
		);
		expect(plr!.name).toBe('Stülerstraße');
		const [bzr] = await queryRows<{ name: string }>(
			handle.db,
			sql`select name from spatial_unit where tenant_id = ${tenantId} and code = '010111'`
		);
		expect(bzr!.name).toBe('Tiergarten Süd');
	});

	it('records provenance for each import', async () => {
		const rows = await queryRows<{ file_name: string; sha256: string; rows: number; kind: string }>(
			handle.db,
			sql`select file_name, sha256, rows, kind from data_import where tenant_id = ${tenantId} order by at`
		);
		// Four layers, the Bezirk outlines, the Planungsraum names and the completed Bezirksregion names.
		expect(rows).toHaveLength(7);
		expect(rows.map((r) => r.file_name)).toContain('bezirksregion-namen-ergaenzt.csv');
		const shapefile = rows.find((r) => r.file_name.startsWith('prognoseraum'));
		expect(shapefile).toMatchObject({
			file_name: 'prognoseraum.shp, prognoseraum.shx, prognoseraum.dbf',
			rows: 62
		});
		for (const row of rows) expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
	});
});
