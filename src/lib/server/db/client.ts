import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { AppError } from '../../core/errors';
import type { Config } from '../config';
import { lockDataDirWaiting } from './data-dir-lock';
import { postgisCore } from './postgis-core';
import * as schema from './schema';

export type Schema = typeof schema;
/** The database or a transaction in it: repositories accept either. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
	db: Database;
	engine: 'pglite' | 'postgres';
	/** The embedded instance, for dumps (backup) and tests. */
	pglite?: PGlite;
	close(): Promise<void>;
}

export type DatabaseTarget =
	| Config['database']
	/** A new embedded data directory, filled from a dump as it is opened (restore). */
	| { engine: 'pglite'; dataDir: string; loadDataDir: Blob }
	/** In memory, optionally from a dump (tests). */
	| { engine: 'pglite-memory'; loadDataDir?: Blob };

/**
 * `lockWaitMs`: how long to wait for another process holding an embedded data directory to end
 * (the server waits for its killed predecessor; a CLI call fails fast while the server runs).
 */
export async function openDatabase(
	target: DatabaseTarget,
	{ lockWaitMs = 0 }: { lockWaitMs?: number } = {}
): Promise<DatabaseHandle> {
	if (target.engine === 'postgres') return openPostgres(target.url);
	const unlock = target.engine === 'pglite' ? await lockDataDirWaiting(target.dataDir, lockWaitMs) : () => {};
	try {
		const pglite = await PGlite.create({
			dataDir: target.engine === 'pglite' ? target.dataDir : undefined,
			loadDataDir: 'loadDataDir' in target ? target.loadDataDir : undefined,
			extensions: { postgis: postgisCore }
		});
		return {
			db: drizzlePglite(pglite, { schema }) as unknown as Database,
			engine: 'pglite',
			pglite,
			async close() {
				await pglite.close();
				unlock();
			}
		};
	} catch (error) {
		unlock();
		throw error;
	}
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
	const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
	// Without a listener an idle client's network error would crash the process.
	pool.on('error', (error) => console.error('[querschnitt] PostgreSQL-Verbindung verloren:', error.message));
	try {
		await pool.query('select 1');
	} catch (error) {
		await pool.end().catch(() => {});
		const where = new URL(url);
		throw new AppError('db.unreachable', {
			details: `${where.hostname}:${where.port || 5432}${where.pathname} – ${(error as Error).message}`
		});
	}
	return {
		db: drizzleNodePg(pool, { schema }) as unknown as Database,
		engine: 'postgres',
		close: () => pool.end()
	};
}
