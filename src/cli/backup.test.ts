import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli, runCliProcess, words } from '../../test/support/cli';

/**
 * Backup and restore of the embedded database through the real command. The source database
 * starts as a restore of the test template (3 s instead of a 10–15 s initdb).
 */
let dir: string;
const source = () => ({ DATA_DIR: path.join(dir, 'quelle') });
const target = () => ({ DATA_DIR: path.join(dir, 'ziel') });
const dump = () => path.join(dir, 'sicherung.tar.gz');

beforeAll(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'querschnitt-backup-'));
	const template = await runCli(['restore', inject('pgliteTemplate')], { env: source() });
	expect(template.stderr).toBe('');
	expect(template.code).toBe(0);
	const tenant = await runCli(
		words('tenant create --slug muenster --kind kreisfreie_stadt --name', 'Stadt Münster'),
		{ env: source() }
	);
	expect(tenant.code).toBe(0);
	const user = await runCli(
		words(
			'user create --tenant muenster --username p.planer --role planner --password-stdin --name',
			'Paula Planer'
		),
		{ env: source(), input: 'ein-langes-passwort\n' }
	);
	expect(user.code).toBe(0);
}, 180_000);

afterAll(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
});

describe('backup and restore of the embedded database', () => {
	it('backs up into a file and will not overwrite it without --force', async () => {
		const result = await runCli(['backup', dump()], { env: source() });
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Gesichert:');
		expect(existsSync(dump())).toBe(true);
		const again = await runCli(['backup', dump()], { env: source() });
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('Fehler [backup.file_exists]');
	}, 120_000);

	it('restores into a fresh data directory, and the data are there', async () => {
		const result = await runCli(['restore', dump()], { env: target() });
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('1 Mandant(en) (muenster)');
		const users = await runCli(['user', 'list', '--tenant', 'muenster'], { env: target() });
		expect(users.stdout).toMatch(/p\.planer\s+Paula Planer/);
	}, 120_000);

	it('refuses a non-empty data directory without --force and changes nothing', async () => {
		const before = { parent: await readdir(dir), data: await readdir(target().DATA_DIR) };
		const result = await runCli(['restore', dump()], { env: target() });
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('Fehler [backup.target_not_empty]');
		expect(result.stderr).toContain('--force');
		expect(await readdir(dir)).toEqual(before.parent);
		expect(await readdir(target().DATA_DIR)).toEqual(before.data);
	});

	it('with --force moves the old directory aside (never deletes it) and restores', async () => {
		const result = await runCli(['restore', '--force', dump()], { env: target() });
		expect(result.code).toBe(0);
		const aside = (await readdir(dir)).filter((name) => name.startsWith('ziel.vorher-'));
		expect(aside).toHaveLength(1);
		expect(existsSync(path.join(dir, aside[0]!, 'PG_VERSION'))).toBe(true);
		expect(result.stdout).toContain(aside[0]);
		// The restore opened the new copy and found the tenant before swapping it in.
		expect(result.stdout).toContain('1 Mandant(en) (muenster)');
	}, 120_000);

	it('rejects a file that is no backup before touching anything', async () => {
		const broken = path.join(dir, 'kaputt.tar.gz');
		await writeFile(broken, 'keine Sicherung');
		const result = await runCli(['restore', broken], { env: { DATA_DIR: path.join(dir, 'nie') } });
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('Fehler [backup.invalid_file]');
		expect(existsSync(path.join(dir, 'nie'))).toBe(false);
	});

	it('refuses while another process (a running server) holds the database', async () => {
		// The test process is alive and is not the CLI: to the CLI it looks like a running server.
		const lock = path.join(source().DATA_DIR, 'querschnitt.pid');
		await writeFile(lock, String(process.pid));
		try {
			const result = await runCliProcess(['backup', '--force', dump()], { env: source() });
			expect(result.code).toBe(1);
			expect(result.stderr).toContain('Fehler [db.locked]');
			expect(result.stderr).toContain(`PID ${process.pid}`);
		} finally {
			await rm(lock, { force: true });
		}
	});

	it('points to pg_dump and pg_restore for a PostgreSQL server', async () => {
		const env = { DATABASE_URL: 'postgres://querschnitt:geheim@127.0.0.1:1/planung' };
		for (const args of [
			['backup', dump()],
			['restore', dump()]
		]) {
			const result = await runCli(args, { env });
			expect(result.code).toBe(1);
			expect(result.stderr).toContain('Fehler [backup.unsupported]');
			expect(result.stderr).toContain('pg_dump -Fc');
			expect(result.stderr).toContain('pg_restore');
		}
	});
});
