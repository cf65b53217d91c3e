/**
 * One connection to a fresh benchmark database with PostGIS, for benchmarks that speak plain SQL
 * with array parameters and temporary tables: embedded PGlite, or one client of the server's pool
 * (temporary tables live in a connection, so every statement must go through the same one).
 */
import type pg from 'pg';
import { openBenchDatabase, type Engine } from './bench-database';

export interface SqlSession {
	engine: Engine;
	/** Where it runs and which PostgreSQL / PostGIS, for the report. */
	label: string;
	query<T>(text: string, params?: unknown[]): Promise<T[]>;
	/** Several statements without parameters. */
	exec(text: string): Promise<void>;
	close(): Promise<void>;
}

export async function openSqlSession(
	engine: Engine,
	options: { prefix: string; workMem?: string }
): Promise<SqlSession> {
	const handle = await openBenchDatabase(engine, options);
	let session: SqlSession;
	if (engine === 'pglite') {
		const db = handle.pglite!;
		session = {
			engine,
			label: handle.label,
			query: async <T>(text: string, params?: unknown[]) => (await db.query<T>(text, params)).rows,
			exec: async (text) => void (await db.exec(text)),
			close: () => handle.close()
		};
	} else {
		const pool = (handle.db as unknown as { $client: pg.Pool }).$client;
		const client = await pool.connect();
		session = {
			engine,
			label: handle.label,
			query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
			exec: async (text) => void (await client.query(text)),
			async close() {
				client.release();
				await handle.close();
			}
		};
	}
	await session.exec('create extension if not exists postgis');
	const [v] = await session.query<{ v: string; g: string }>(
		'select version() as v, postgis_lib_version() as g'
	);
	session.label = `${handle.label}, ${v!.v.split(' on ')[0]}, PostGIS ${v!.g}`;
	return session;
}
