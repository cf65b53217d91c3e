import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/support/test-db';
import { contextFor, createTenantWorld, type TenantWorld } from '../../../../test/support/fixtures';
import type { DatabaseHandle } from '../db/client';
import { queryRows } from '../db/raw-query';
import { listAudit } from '../services/audit.service';
import type { ServiceContext } from '../services/context';
import {
	getImport,
	importObservations,
	importUnits,
	listImports,
	rollbackImport
} from '../services/import.service';
import { fixture, textFile } from './readers/test-files';
import { tenantContext } from '../services/tenant-context';

let handle: DatabaseHandle;
let world: TenantWorld;
let ctx: ServiceContext;

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'mitte');
	ctx = contextFor(handle.db, world.users.planner.actor);
	await importUnits(await tenantContext(ctx, 'mitte'), {
		layer: { code: 'bezirksregion', name: 'Bezirksregion', metricSrid: 25833 },
		files: [textFile('bzr.csv', 'Schlüssel;Name\n010111;Tiergarten Süd\n')]
	});
	await importUnits(await tenantContext(ctx, 'mitte'), {
		layer: { code: 'planungsraum', name: 'Planungsraum', parentLayer: 'bezirksregion', metricSrid: 25833 },
		files: [fixture('good/einheiten-planungsraeume.csv')],
		options: { parent: { from: 'column', column: 'Bezirksregion' } }
	});
}, 120_000);
afterAll(() => handle?.close());

/** Each import a moment later than the one before, as in real life. */
let clock = Date.now() + 3_600_000;
function later(): ServiceContext {
	clock += 60_000;
	return { ...ctx, now: new Date(clock) };
}

async function einwohner(values: [number, number, number], name = 'einwohner.csv') {
	const text = [
		'Schlüssel;Stichtag;Merkmal;Wert',
		...['01011101', '01011102', '01011103'].map((c, i) => `${c};31.12.2016;einwohner;${values[i]}`)
	].join('\n');
	return importObservations(await tenantContext(later(), 'mitte'), {
		layer: 'planungsraum',
		files: [textFile(name, text)],
		format: 'long',
		options: { variables: [{ code: 'einwohner', name: 'Einwohner', kind: 'count' }] }
	});
}

async function values(): Promise<{ code: string; value: number; import_id: string }[]> {
	return queryRows(
		handle.db,
		sql`select u.code, o.value, o.import_id from observation o join spatial_unit u on u.tenant_id = o.tenant_id and u.id = o.unit_id
			where o.tenant_id = ${world.tenantId} order by u.code`
	);
}

describe('rolling back an observation import', () => {
	it('deletes its values, marks it rolled back and audits it', async () => {
		const report = await einwohner([3114, 192, 2461]);
		expect((await values()).map((v) => v.value)).toEqual([3114, 192, 2461]);
		const result = await rollbackImport(await tenantContext(later(), 'mitte'), report.importId);
		expect(result).toMatchObject({ deleted: 3, restored: 0 });
		expect(result.message).toMatch(/3 Werte wurden gelöscht/);
		expect(await values()).toEqual([]);
		const row = await getImport(await tenantContext(ctx, 'mitte'), report.importId);
		expect(row.status).toBe('rolled_back');
		expect(row.rolledBackAt).toBeInstanceOf(Date);
		expect(row.details).toMatchObject({ created: 3, replaced: 0 });
		const audit = await listAudit(
			await tenantContext(contextFor(handle.db, world.users.admin.actor), 'mitte'),
			{
				entity: 'data_import'
			}
		);
		const entry = audit.entries.find((e) => e.entityId === report.importId && e.action === 'update');
		expect(entry).toMatchObject({
			actor: world.users.planner.username,
			after: { status: 'rolled_back', deleted: 3 }
		});
		await expect(
			tenantContext(later(), 'mitte').then((tc) => rollbackImport(tc, report.importId))
		).rejects.toMatchObject({
			code: 'import.already_rolled_back'
		});
	});

	it('restores the values an import replaced, also past a later import rolled back first', async () => {
		const a = await einwohner([1, 1, 1], 'a.csv');
		const b = await einwohner([2, 2, 2], 'b.csv');
		const c = await einwohner([3, 3, 3], 'c.csv');
		expect(c.replaced).toBe(3);
		// B's values are all replaced by C already: rolling B back changes nothing visible …
		await rollbackImport(await tenantContext(later(), 'mitte'), b.importId);
		expect((await values()).map((v) => [v.value, v.import_id])).toEqual(Array(3).fill([3, c.importId]));
		// … but rolling C back now brings back A's values, not B's.
		const result = await rollbackImport(await tenantContext(later(), 'mitte'), c.importId);
		expect(result).toMatchObject({ deleted: 3, restored: 3 });
		expect((await values()).map((v) => [v.value, v.import_id])).toEqual(Array(3).fill([1, a.importId]));
		await rollbackImport(await tenantContext(later(), 'mitte'), a.importId);
		expect(await values()).toEqual([]);
		const [left] = await queryRows<{ n: number }>(
			handle.db,
			sql`select count(*)::int as n from observation_replaced where tenant_id = ${world.tenantId}`
		);
		expect(left!.n).toBe(0);
	});

	it('keeps each value traceable to its import, listed with provenance', async () => {
		const report = await einwohner([10, 20, 30], 'rueckverfolgbar.csv');
		expect(new Set((await values()).map((v) => v.import_id))).toEqual(new Set([report.importId]));
		const page = await listImports(
			await tenantContext(contextFor(handle.db, world.users.viewer.actor), 'mitte')
		);
		const listed = page.imports.find((i) => i.id === report.importId)!;
		expect(listed).toMatchObject({
			kind: 'observations',
			fileName: 'rueckverfolgbar.csv',
			rows: 3,
			layerCode: 'planungsraum',
			variableCodes: ['einwohner'],
			status: 'committed'
		});
		expect(listed.sha256).toMatch(/^[0-9a-f]{64}$/);
		await rollbackImport(await tenantContext(later(), 'mitte'), report.importId);
	});
});

describe('rolling back a unit import', () => {
	it('refuses while values or child units depend on its units, and names them', async () => {
		const imports = (await listImports(await tenantContext(ctx, 'mitte'))).imports;
		const units = imports.find((i) => i.fileName === 'einheiten-planungsraeume.csv')!;
		const regions = imports.find((i) => i.fileName === 'bzr.csv')!;
		const report = await einwohner([3114, 192, 2461]);
		await expect(
			tenantContext(later(), 'mitte').then((tc) => rollbackImport(tc, units.id))
		).rejects.toMatchObject({
			code: 'import.rollback_blocked',
			message: expect.stringMatching(/„einwohner“ \(3\)/)
		});
		await expect(
			tenantContext(later(), 'mitte').then((tc) => rollbackImport(tc, regions.id))
		).rejects.toMatchObject({
			code: 'import.rollback_blocked',
			message: expect.stringMatching(/3 der Ebene „Planungsraum“/)
		});
		await rollbackImport(await tenantContext(later(), 'mitte'), report.importId);
	});

	it('gives updated units their former state back, and deletes the units it created', async () => {
		const geometry = await importUnits(await tenantContext(later(), 'mitte'), {
			layer: 'planungsraum',
			files: [fixture('good/planungsraeume-25833.geojson')],
			options: { code: 'SCHLUESSEL', name: 'PLR_NAME' }
		});
		expect(geometry).toMatchObject({ created: 0, updated: 3 });
		const units = (await listImports(await tenantContext(ctx, 'mitte'))).imports.find(
			(i) => i.fileName === 'einheiten-planungsraeume.csv'
		)!;
		await expect(
			tenantContext(later(), 'mitte').then((tc) => rollbackImport(tc, units.id))
		).rejects.toMatchObject({
			message: expect.stringMatching(/planungsraeume-25833\.geojson/)
		});
		const undone = await rollbackImport(await tenantContext(later(), 'mitte'), geometry.importId);
		expect(undone).toMatchObject({ deleted: 0, restored: 3 });
		const [shapes] = await queryRows<{ n: number }>(
			handle.db,
			sql`select count(geom)::int as n from spatial_unit where tenant_id = ${world.tenantId}`
		);
		expect(shapes!.n).toBe(0);
		const result = await rollbackImport(await tenantContext(later(), 'mitte'), units.id);
		expect(result).toMatchObject({ deleted: 3 });
		const [left] = await queryRows<{ units: number; ancestors: number }>(
			handle.db,
			sql`select (select count(*)::int from spatial_unit where tenant_id = ${world.tenantId}) as units,
				(select count(*)::int from spatial_unit_ancestor where tenant_id = ${world.tenantId}) as ancestors`
		);
		expect(left).toEqual({ units: 1, ancestors: 1 });
	});

	it('finds no import under an unknown or malformed id', async () => {
		await expect(
			tenantContext(ctx, 'mitte').then((tc) => getImport(tc, 'kein-import'))
		).rejects.toMatchObject({ code: 'import.not_found' });
		await expect(
			tenantContext(ctx, 'mitte').then((tc) => rollbackImport(tc, crypto.randomUUID()))
		).rejects.toMatchObject({
			code: 'import.not_found'
		});
	});
});
