import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { drizzle } from 'drizzle-orm/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database, type DatabaseHandle } from '../../src/lib/server/db/client';
import * as schema from '../../src/lib/server/db/schema';
import { dataChangesSettled } from '../../src/lib/server/services/data-change';
import { databaseUrl, templateDatabase, testEngine, testServerUrl } from './engine';

/** A fresh, migrated database of its own for one test file, on the engine under test. */
export async function createTestDatabase(): Promise<DatabaseHandle> {
	if (testEngine === 'pglite') {
		const dump = await readFile(inject('pgliteTemplate'));
		const handle = await openDatabase({ engine: 'pglite-memory', loadDataDir: new Blob([dump]) });
		return {
			...handle,
			async close() {
				await dataChangesSettled();
				await handle.close();
			}
		};
	}
	const name = `querschnitt_test_${randomUUID().replaceAll('-', '')}`;
	const admin = new pg.Client({ connectionString: testServerUrl });
	await admin.connect();
	await admin.query(`create database ${name} template ${templateDatabase}`);
	await admin.end();
	const handle = await openDatabase({ engine: 'postgres', url: databaseUrl(name) });
	const ours: DatabaseHandle = {
		...handle,
		async close() {
			// Follow-ups of the last changes (goal ratings, services/data-change.ts) finish first.
			await dataChangesSettled();
			await handle.close();
			const cleanup = new pg.Client({ connectionString: testServerUrl });
			await cleanup.connect();
			await cleanup.query(`drop database if exists ${name} with (force)`);
			await cleanup.end();
		}
	};
	serverDatabases.set(ours, name);
	return ours;
}

const serverDatabases = new WeakMap<DatabaseHandle, string>();

/**
 * A second way into the same database, as a second app server has: its own connection pool on
 * PostgreSQL; on PGlite (one process, one instance) its own Drizzle over the same instance.
 */
export async function openSecondHandle(handle: DatabaseHandle): Promise<DatabaseHandle> {
	if (handle.pglite) {
		return {
			db: drizzle(handle.pglite, { schema }) as unknown as Database,
			engine: 'pglite',
			close: async () => {}
		};
	}
	const name = serverDatabases.get(handle);
	if (!name) throw new Error('openSecondHandle: not a test database of createTestDatabase');
	return openDatabase({ engine: 'postgres', url: databaseUrl(name) });
}
