import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/lib/server/db/client';
import { databaseUrl, templateDatabase, testEngine, testServerUrl } from './engine';

/** A fresh, migrated database of its own for one test file, on the engine under test. */
export async function createTestDatabase(): Promise<DatabaseHandle> {
	if (testEngine === 'pglite') {
		const dump = await readFile(inject('pgliteTemplate'));
		return openDatabase({ engine: 'pglite-memory', loadDataDir: new Blob([dump]) });
	}
	const name = `querschnitt_test_${randomUUID().replaceAll('-', '')}`;
	const admin = new pg.Client({ connectionString: testServerUrl });
	await admin.connect();
	await admin.query(`create database ${name} template ${templateDatabase}`);
	await admin.end();
	const handle = await openDatabase({ engine: 'postgres', url: databaseUrl(name) });
	return {
		...handle,
		async close() {
			await handle.close();
			const cleanup = new pg.Client({ connectionString: testServerUrl });
			await cleanup.connect();
			await cleanup.query(`drop database if exists ${name} with (force)`);
			await cleanup.end();
		}
	};
}
