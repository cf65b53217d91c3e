import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/support/test-db';
import { contextFor, system } from '../../../../test/support/fixtures';
import { isImportFailed } from '../../core/imports/import-failed';
import type { DatabaseHandle } from '../db/client';
import { queryRows } from '../db/raw-query';
import type { ServiceContext } from '../services/context';
import { importUnits } from '../services/import.service';
import { createTenant } from '../services/tenant.service';
import { textFile } from './readers/test-files';
import { tenantContext } from '../services/tenant-context';

/** Squares in EPSG:25833 near the Berlin Tiergarten, `size` metres wide, south-west corner at (x, y). */
function square(x: number, y: number, size = 1000) {
	const [x0, y0] = [386_000 + x, 5_818_000 + y];
	return {
		type: 'Polygon',
		coordinates: [
			[
				[x0, y0],
				[x0 + size, y0],
				[x0 + size, y0 + size],
				[x0, y0 + size],
				[x0, y0]
			]
		]
	};
}

function geojson(name: string, features: { code?: string; geometry: object }[]) {
	const collection = {
		type: 'FeatureCollection',
		crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25833' } },
		features: features.map((f) => ({
			type: 'Feature',
			properties: f.code ? { code: f.code } : {},
			geometry: f.geometry
		}))
	};
	return textFile(name, JSON.stringify(collection));
}

let handle: DatabaseHandle;
let ctx: ServiceContext;
let tenantId: string;

beforeAll(async () => {
	handle = await createTestDatabase();
	ctx = contextFor(handle.db, system);
	tenantId = (await createTenant(ctx, { slug: 'klein', name: 'Kleinstadt', kind: 'gemeinde' })).id;
	await importUnits(await tenantContext(ctx, 'klein'), {
		layer: { code: 'bezirk', name: 'Bezirk', metricSrid: 25833 },
		files: [
			geojson('bezirke.geojson', [
				{ code: 'A', geometry: square(0, 0, 2000) },
				{ code: 'B', geometry: square(2000, 0, 2000) }
			])
		]
	});
}, 120_000);
afterAll(() => handle?.close());

async function parents(layer: string) {
	return queryRows<{ code: string; parent: string | null }>(
		handle.db,
		sql`select u.code, p.code as parent from spatial_unit u
			join spatial_layer l on l.tenant_id = u.tenant_id and l.id = u.layer_id
			left join spatial_unit p on p.tenant_id = u.tenant_id and p.id = u.parent_unit_id
			where u.tenant_id = ${tenantId} and l.code = ${layer} order by u.code`
	);
}

describe('parents by spatial containment', () => {
	it('takes the parent with the largest overlap and warns about units that fit none', async () => {
		const report = await importUnits(await tenantContext(ctx, 'klein'), {
			layer: { code: 'ortsteil', name: 'Ortsteil', parentLayer: 'bezirk', metricSrid: 25833 },
			files: [
				geojson('ortsteile.geojson', [
					{ code: 'A1', geometry: square(100, 100, 500) },
					// 1,300 m in A, 700 m in B.
					{ code: 'AB', geometry: square(700, 0, 2000) },
					{ code: 'X', geometry: square(10_000, 10_000, 500) }
				])
			],
			options: { parent: { from: 'containment' } }
		});
		expect(report.created).toBe(3);
		expect(await parents('ortsteil')).toEqual([
			{ code: 'A1', parent: 'A' },
			{ code: 'AB', parent: 'A' },
			{ code: 'X', parent: null }
		]);
		expect(report.warnings.map((w) => [w.code, w.row, w.severity])).toEqual([
			['import.no_parent', 3, 'warning']
		]);
	});
});

describe('codes from child units', () => {
	it('reports features with children of several prefixes, or with none inside', async () => {
		await importUnits(await tenantContext(ctx, 'klein'), {
			layer: { code: 'block', name: 'Block', metricSrid: 25833 },
			files: [
				geojson('bloecke.geojson', [
					{ code: '0101', geometry: square(100, 100, 100) },
					{ code: '0102', geometry: square(300, 100, 100) },
					{ code: '0201', geometry: square(1100, 100, 100) },
					{ code: '0301', geometry: square(2100, 100, 100) },
					{ code: '0401', geometry: square(2300, 100, 100) }
				])
			]
		});
		const error = await importUnits(await tenantContext(ctx, 'klein'), {
			layer: { code: 'quartier', name: 'Quartier', metricSrid: 25833 },
			files: [
				geojson('quartiere.geojson', [
					{ geometry: square(0, 0) },
					{ geometry: square(1000, 0) },
					{ geometry: square(2000, 0) },
					{ geometry: square(5000, 0) }
				])
			],
			options: { codeFromChildren: { layer: 'block', prefixLength: 2 } }
		}).catch((e: unknown) => e);
		expect(isImportFailed(error)).toBe(true);
		if (!isImportFailed(error)) return;
		expect(error.problems.map((p) => [p.code, p.row])).toEqual([
			['import.ambiguous_code', 3],
			['import.missing_code', 4]
		]);
		expect(error.problems[0]!.message).toContain('„03“ (1), „04“ (1)');
		const [layer] = await queryRows<{ n: number }>(
			handle.db,
			sql`select count(*)::int as n from spatial_layer where tenant_id = ${tenantId} and code = 'quartier'`
		);
		expect(layer!.n).toBe(0);
	});
});

describe('tables and geodata matched by code', () => {
	it('adds geometry later to units from a table, keeping their names; lists units not in the file', async () => {
		await importUnits(await tenantContext(ctx, 'klein'), {
			layer: { code: 'schulbezirk', name: 'Schulbezirk', metricSrid: 25833 },
			files: [
				textFile('schulbezirke.csv', 'Code;Bezeichnung\nS1;Grundschule am Park\nS2;Grundschule am See\n')
			]
		});
		const report = await importUnits(await tenantContext(ctx, 'klein'), {
			layer: 'schulbezirk',
			files: [geojson('schulbezirke.geojson', [{ code: 'S1', geometry: square(0, 0) }])]
		});
		expect(report).toMatchObject({ created: 0, updated: 1, notInFile: ['S2'] });
		const [s1] = await queryRows<{ name: string; has: boolean }>(
			handle.db,
			sql`select name, geom is not null as has from spatial_unit where tenant_id = ${tenantId} and code = 'S1'`
		);
		expect(s1).toEqual({ name: 'Grundschule am Park', has: true });
	});

	it('refuses an unknown layer, and a new layer whose code exists', async () => {
		const file = textFile('x.csv', 'Code\nZ1\n');
		await expect(
			tenantContext(ctx, 'klein').then((tc) => importUnits(tc, { layer: 'gibtsnicht', files: [file] }))
		).rejects.toMatchObject({
			problems: [expect.objectContaining({ code: 'import.unknown_layer' })]
		});
		await expect(
			tenantContext(ctx, 'klein').then((tc) =>
				importUnits(tc, { layer: { code: 'bezirk', name: 'Nochmal' }, files: [file] })
			)
		).rejects.toMatchObject({ problems: [expect.objectContaining({ code: 'import.mapping' })] });
	});
});
