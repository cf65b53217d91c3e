import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/lib/server/db/client';
import { migrateDatabase } from '../../src/lib/server/db/migrate';
import { databaseUrl, templateDatabase, testEngine, testServerUrl } from './engine';

declare module 'vitest' {
	export interface ProvidedContext {
		pgliteTemplate: string;
	}
}

/**
 * Builds one migrated database with PostGIS before all tests; each test file then starts from a
 * copy (2–3 s) instead of running initdb and the migrations again (10–13 s).
 */
export default async function setup(project: TestProject) {
	if (testEngine === 'postgres') {
		const admin = new pg.Client({ connectionString: testServerUrl });
		await admin.connect();
		await admin.query(`drop database if exists ${templateDatabase} with (force)`);
		await admin.query(`create database ${templateDatabase}`);
		await admin.end();
		const handle = await openDatabase({ engine: 'postgres', url: databaseUrl(templateDatabase) });
		await migrateDatabase(handle);
		await handle.close();
		project.provide('pgliteTemplate', '');
		return;
	}
	const handle = await openDatabase({ engine: 'pglite-memory' });
	await migrateDatabase(handle);
	const dump = await handle.pglite!.dumpDataDir('gzip');
	await handle.close();
	const file = path.join(os.tmpdir(), `querschnitt-test-template-${process.pid}.tar.gz`);
	await writeFile(file, Buffer.from(await dump.arrayBuffer()));
	project.provide('pgliteTemplate', file);
}
