import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/lib/server/db/client';

export type Engine = 'pglite' | 'postgres';

export const serverUrl =
	process.env.BENCH_DATABASE_URL ?? 'postgres://querschnitt:querschnitt@127.0.0.1:5432/postgres';

/**
 * A fresh database for one benchmark run: PGlite in memory, or a temporary database on the
 * server, dropped on close. `workMem` sets work_mem for it (both engines), so that a benchmark
 * and its SQL peer sort and hash with the same memory.
 */
export async function openBenchDatabase(
	engine: Engine,
	options: { prefix: string; workMem?: string }
): Promise<DatabaseHandle & { label: string }> {
	if (engine === 'pglite') {
		const handle = await openDatabase({ engine: 'pglite-memory' });
		if (options.workMem) await handle.db.execute(sql.raw(`set work_mem = '${options.workMem}'`));
		return { ...handle, label: 'PGlite 0.5.8 (im Speicher)' };
	}
	const name = `${options.prefix}_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: serverUrl });
	await admin.connect();
	await admin.query(`create database ${name}`);
	if (options.workMem) await admin.query(`alter database ${name} set work_mem = '${options.workMem}'`);
	await admin.end();
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	const handle = await openDatabase({ engine: 'postgres', url: url.toString() });
	return {
		...handle,
		label: `PostgreSQL-Server ${url.hostname}:${url.port || 5432}`,
		async close() {
			await handle.close();
			const cleanup = new pg.Client({ connectionString: serverUrl });
			await cleanup.connect();
			await cleanup.query(`drop database if exists ${name} with (force)`);
			await cleanup.end();
		}
	};
}

/** Whether the PostgreSQL server of BENCH_DATABASE_URL answers (else its runs are skipped). */
export async function serverReachable(): Promise<boolean> {
	const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3_000 });
	try {
		await client.connect();
		await client.end();
		return true;
	} catch {
		return false;
	}
}
