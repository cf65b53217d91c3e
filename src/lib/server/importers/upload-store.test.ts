import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, system } from '../../../../test/support/fixtures';
import { createTestDatabase, openSecondHandle } from '../../../../test/support/test-db';
import { isImportFailed } from '../../core/imports/import-failed';
import type { DatabaseHandle } from '../db/client';
import { queryRows } from '../db/raw-query';
import { createTenant } from '../services/tenant.service';
import { chosenFiles, UploadStore } from './upload-store';
import { textFile } from './readers/test-files';

/** The wizard's uploads in the database: on PGlite here, on PostgreSQL with `npm run test:pg`. */
let handle: DatabaseHandle;
let alice: { tenantId: string; userId: string };
let bob: { tenantId: string; userId: string };
let aliceElsewhere: { tenantId: string; userId: string };
const now = new Date('2026-11-21T10:00:00Z');
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

async function rowCount(table: 'import_upload' | 'import_upload_file', tenantId: string): Promise<number> {
	const [row] = await queryRows<{ n: number }>(
		handle.db,
		sql`select count(*)::int as n from ${sql.identifier(table)} where tenant_id = ${tenantId}`
	);
	return row!.n;
}

beforeAll(async () => {
	handle = await createTestDatabase();
	const ctx = contextFor(handle.db, system);
	const here = await createTenant(ctx, { slug: 'hier', name: 'Stadt Hier', kind: 'kreisfreie_stadt' });
	const there = await createTenant(ctx, { slug: 'dort', name: 'Stadt Dort', kind: 'kreisfreie_stadt' });
	alice = { tenantId: here.id, userId: randomUUID() };
	bob = { tenantId: here.id, userId: randomUUID() };
	aliceElsewhere = { tenantId: there.id, userId: alice.userId };
}, 120_000);
afterAll(async () => handle?.close());

describe('upload store', () => {
	it('gives the owner back the same bytes under the same names, with the wizard state', async () => {
		const store = new UploadStore(handle.db);
		const binary = new Uint8Array([0, 1, 2, 254, 255, 0, 92, 120]);
		const files = [
			textFile('Gebiete.csv', 'Schlüssel;Name\n01;Mitte\n'),
			textFile('b.prj', 'PROJCS'),
			{ name: 'c.shp', bytes: binary }
		];
		const saved = await store.save(alice, files, { step: 1 }, now);
		expect(saved.files).toEqual([
			{ name: 'Gebiete.csv', bytes: files[0]!.bytes.length },
			{ name: 'b.prj', bytes: 6 },
			{ name: 'c.shp', bytes: 8 }
		]);
		const back = await store.files(alice, saved.id, hours(1));
		expect(back.map((f) => f.name)).toEqual(['Gebiete.csv', 'b.prj', 'c.shp']);
		expect(Buffer.from(back[0]!.bytes).toString('utf8')).toBe('Schlüssel;Name\n01;Mitte\n');
		expect(back[2]!.bytes).toEqual(binary);
		expect(back[2]!.bytes.constructor).toBe(Uint8Array);
		await store.update(alice, saved.id, { step: 2 }, hours(1));
		expect((await store.manifest(alice, saved.id, hours(2))).state).toEqual({ step: 2 });
	});

	it('keeps only the base name of a file, never a path', async () => {
		const store = new UploadStore(handle.db);
		const saved = await store.save(alice, [textFile('..\\..\\böse.csv', 'x')], null, now);
		expect(saved.files[0]!.name).toBe('böse.csv');
		expect((await store.manifest(alice, saved.id, now)).files[0]!.name).toBe('böse.csv');
	});

	it('shows an upload to nobody but its owner in its tenant', async () => {
		const store = new UploadStore(handle.db);
		const { id } = await store.save(alice, [textFile('a.csv', 'a')], null, now);
		await expect(store.files(bob, id, now)).rejects.toMatchObject({ code: 'import.upload_not_found' });
		await expect(store.manifest(aliceElsewhere, id, now)).rejects.toMatchObject({
			code: 'import.upload_not_found'
		});
		await expect(store.files(aliceElsewhere, id, now)).rejects.toMatchObject({
			code: 'import.upload_not_found'
		});
		await expect(store.update(bob, id, { step: 9 }, now)).rejects.toMatchObject({
			code: 'import.upload_not_found'
		});
		await expect(store.remove(bob, id, now)).rejects.toMatchObject({ code: 'import.upload_not_found' });
		await expect(store.manifest(alice, '../x', now)).rejects.toMatchObject({
			code: 'import.upload_not_found'
		});
		await expect(store.manifest(alice, randomUUID(), now)).rejects.toMatchObject({
			code: 'import.upload_not_found'
		});
		expect((await store.files(alice, id, now)).length).toBe(1);
		expect((await store.manifest(alice, id, now)).state).toBeNull();
	});

	it('is the same upload through a second database handle (another app server)', async () => {
		const second = await openSecondHandle(handle);
		try {
			const saved = await new UploadStore(handle.db).save(
				alice,
				[textFile('a.csv', 'zwei')],
				{ step: 1 },
				now
			);
			const other = new UploadStore(second.db);
			const back = await other.files(alice, saved.id, now);
			expect(Buffer.from(back[0]!.bytes).toString('utf8')).toBe('zwei');
			await expect(other.files(bob, saved.id, now)).rejects.toMatchObject({
				code: 'import.upload_not_found'
			});
			await other.update(alice, saved.id, { step: 2 }, now);
			expect((await new UploadStore(handle.db).manifest(alice, saved.id, now)).state).toEqual({ step: 2 });
			await other.remove(alice, saved.id, now);
			await expect(new UploadStore(handle.db).manifest(alice, saved.id, now)).rejects.toMatchObject({
				code: 'import.upload_not_found'
			});
		} finally {
			await second.close();
		}
	});

	it('forgets uploads after the time to live, and sweeps them away with their bytes', async () => {
		const store = new UploadStore(handle.db);
		await store.sweep(hours(1000));
		const old = await store.save(alice, [textFile('a.csv', 'a')], null, now);
		const fresh = await store.save(bob, [textFile('b.csv', 'b')], null, hours(20));
		const other = await store.save(aliceElsewhere, [textFile('c.csv', 'c')], null, now);
		expect((await store.manifest(alice, old.id, hours(23.9))).id).toBe(old.id);
		await expect(store.manifest(alice, old.id, hours(24.1))).rejects.toMatchObject({
			code: 'import.upload_not_found'
		});
		// Reading the expired upload deleted it at once.
		expect(await rowCount('import_upload', alice.tenantId)).toBe(1);
		// The sweep reaches every tenant.
		expect(await store.sweep(hours(30))).toBe(1);
		expect(await rowCount('import_upload', aliceElsewhere.tenantId)).toBe(0);
		await expect(store.files(aliceElsewhere, other.id, hours(1))).rejects.toMatchObject({
			code: 'import.upload_not_found'
		});
		expect(await store.sweep(hours(44.5))).toBe(1);
		expect(await rowCount('import_upload', alice.tenantId)).toBe(0);
		expect(await rowCount('import_upload_file', alice.tenantId)).toBe(0);
		expect(fresh.id).toBeTruthy();
	});

	it('refuses more than the size limit with import.too_large and a German message, storing nothing', async () => {
		const store = new UploadStore(handle.db, { maxBytes: 1024 * 1024 });
		await store.sweep(hours(1000));
		const big = [
			{ name: 'gross.csv', bytes: new Uint8Array(512 * 1024) },
			{ name: 'gross.dbf', bytes: new Uint8Array(512 * 1024 + 1) }
		];
		const error = await store.save(alice, big, null, now).catch((e: unknown) => e);
		expect(isImportFailed(error)).toBe(true);
		const problem = isImportFailed(error) ? error.problems[0]! : null;
		expect(problem).toMatchObject({ code: 'import.too_large', file: 'gross.csv, gross.dbf' });
		expect(problem?.message).toContain('höchstens 1 MB');
		expect(await rowCount('import_upload', alice.tenantId)).toBe(0);
		expect(await rowCount('import_upload_file', alice.tenantId)).toBe(0);
		const exact = new Uint8Array(1024 * 1024).map((_, i) => i % 251);
		const saved = await store.save(alice, [{ name: 'ok.csv', bytes: exact }], null, now);
		// Compared as a Buffer: a deep equality over a million elements takes seconds.
		expect(Buffer.from((await store.files(alice, saved.id, now))[0]!.bytes).equals(exact)).toBe(true);
	});

	it('ignores the empty part a browser sends for a file input left empty', () => {
		const empty = { name: '', bytes: new Uint8Array(0) };
		expect(chosenFiles([empty, textFile('a.csv', 'a')]).map((f) => f.name)).toEqual(['a.csv']);
	});
});
