import { sql } from 'drizzle-orm';
import type { Database } from '../../src/lib/server/db/client';
import { queryRows } from '../../src/lib/server/db/raw-query';

/** Every table an import writes to. */
export const importTables = [
	'spatial_layer',
	'spatial_unit',
	'spatial_unit_ancestor',
	'spatial_unit_replaced',
	'variable',
	'observation',
	'observation_replaced',
	'observation_missing',
	'data_import',
	'audit_entry'
] as const;

/**
 * Row counts and a checksum of every table an import writes to, for one tenant: two equal
 * snapshots mean that nothing was written, changed or deleted in between.
 */
export async function tableSnapshot(
	db: Database,
	tenantId: string,
	tables: readonly string[] = importTables
): Promise<Record<string, string>> {
	const result: Record<string, string> = {};
	for (const table of tables) {
		const [row] = await queryRows<{ n: number; sum: string | null }>(
			db,
			sql`select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum
				from ${sql.identifier(table)} t where t.tenant_id = ${tenantId}`
		);
		result[table] = `${row!.n}:${row!.sum}`;
	}
	return result;
}
