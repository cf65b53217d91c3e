import type { SQL } from 'drizzle-orm';
import type { Database } from './client';

/** Rows of a raw query; both drivers (PGlite, node-postgres) return them as `rows`. */
export async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
	const result = (await db.execute(query)) as unknown as { rows: T[] };
	return result.rows;
}

/** Rows touched by a raw statement: `affectedRows` (PGlite) or `rowCount` (node-postgres). */
export async function execute(db: Database, query: SQL): Promise<number> {
	const result = (await db.execute(query)) as unknown as { affectedRows?: number; rowCount?: number | null };
	return result.affectedRows ?? result.rowCount ?? 0;
}
