import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isImportFailed } from '../../core/imports/import-failed';
import { chosenFiles, UploadStore } from './upload-store';
import { textFile } from './readers/test-files';

let root: string;
const alice = { tenantId: randomUUID(), userId: randomUUID() };
const bob = { tenantId: alice.tenantId, userId: randomUUID() };
const aliceElsewhere = { tenantId: randomUUID(), userId: alice.userId };
const now = new Date('2026-11-21T10:00:00Z');
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

beforeEach(() => {
	root = mkdtempSync(path.join(os.tmpdir(), 'qs-uploads-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('upload store', () => {
	it('gives the owner back the same bytes under the same names, with the wizard state', async () => {
		const store = new UploadStore(root);
		const files = [textFile('Gebiete.csv', 'Schlüssel;Name\n01;Mitte\n'), textFile('b.prj', 'PROJCS')];
		const saved = await store.save(alice, files, { step: 1 }, now);
		expect(saved.files).toEqual([
			{ name: 'Gebiete.csv', bytes: files[0]!.bytes.length },
			{ name: 'b.prj', bytes: 6 }
		]);
		const back = await store.files(alice, saved.id, hours(1));
		expect(back.map((f) => f.name)).toEqual(['Gebiete.csv', 'b.prj']);
		expect(Buffer.from(back[0]!.bytes).toString('utf8')).toBe('Schlüssel;Name\n01;Mitte\n');
		await store.update(alice, saved.id, { step: 2 }, hours(1));
		expect((await store.manifest(alice, saved.id, hours(2))).state).toEqual({ step: 2 });
	});

	it('keeps files in a per-tenant folder under their index, never under the given name', async () => {
		const store = new UploadStore(root);
		const saved = await store.save(alice, [textFile('../../böse.csv', 'x')], null, now);
		expect(saved.files[0]!.name).toBe('böse.csv');
		expect(readdirSync(path.join(root, alice.tenantId, saved.id)).sort()).toEqual(['0.bin', 'manifest.json']);
	});

	it('shows an upload to nobody but its owner in its tenant', async () => {
		const store = new UploadStore(root);
		const { id } = await store.save(alice, [textFile('a.csv', 'a')], null, now);
		await expect(store.files(bob, id, now)).rejects.toMatchObject({ code: 'import.upload_not_found' });
		await expect(store.manifest(aliceElsewhere, id, now)).rejects.toMatchObject({
			code: 'import.upload_not_found'
		});
		await expect(store.remove(bob, id, now)).rejects.toMatchObject({ code: 'import.upload_not_found' });
		await expect(store.manifest(alice, '../x', now)).rejects.toMatchObject({
			code: 'import.upload_not_found'
		});
		expect((await store.files(alice, id, now)).length).toBe(1);
	});

	it('forgets uploads after the time to live, and sweeps them away', async () => {
		const store = new UploadStore(root);
		const old = await store.save(alice, [textFile('a.csv', 'a')], null, now);
		const fresh = await store.save(bob, [textFile('b.csv', 'b')], null, hours(20));
		expect((await store.manifest(alice, old.id, hours(23.9))).id).toBe(old.id);
		await expect(store.manifest(alice, old.id, hours(24.1))).rejects.toMatchObject({
			code: 'import.upload_not_found'
		});
		expect(await store.sweep(hours(30))).toBe(0);
		expect(await store.sweep(hours(44.5))).toBe(1);
		expect(readdirSync(path.join(root, alice.tenantId))).toEqual([]);
		expect(fresh.id).toBeTruthy();
	});

	it('refuses more than the size limit with import.too_large and a German message, storing nothing', async () => {
		const store = new UploadStore(root, { maxBytes: 1024 * 1024 });
		const big = { name: 'gross.csv', bytes: new Uint8Array(1024 * 1024 + 1) };
		const error = await store.save(alice, [big], null, now).catch((e: unknown) => e);
		expect(isImportFailed(error)).toBe(true);
		const problem = isImportFailed(error) ? error.problems[0]! : null;
		expect(problem).toMatchObject({ code: 'import.too_large', file: 'gross.csv' });
		expect(problem?.message).toContain('höchstens 1 MB');
		expect(readdirSync(root)).toEqual([]);
		await expect(
			store.save(alice, [{ name: 'ok.csv', bytes: new Uint8Array(1024 * 1024) }], null, now)
		).resolves.toBeTruthy();
	});

	it('ignores the empty part a browser sends for a file input left empty', () => {
		const empty = { name: '', bytes: new Uint8Array(0) };
		expect(chosenFiles([empty, textFile('a.csv', 'a')]).map((f) => f.name)).toEqual(['a.csv']);
	});
});
