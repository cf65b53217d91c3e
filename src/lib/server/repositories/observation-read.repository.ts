import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { queryRows } from '../db/raw-query';

/**
 * Dates (ISO) at which every one of the given variables has at least one observation, in
 * ascending order: the dates an indicator over these variables can be computed for.
 */
export async function datesWithAllVariables(
	db: Database,
	tenantId: string,
	variableIds: readonly string[]
): Promise<string[]> {
	const ids = [...new Set(variableIds)];
	if (ids.length === 0) return [];
	const rows = await queryRows<{ date: string }>(
		db,
		sql`select date::text as date from observation
			where tenant_id = ${tenantId} and variable_id = any(${sql.param(ids)}::uuid[])
			group by date
			having count(distinct variable_id) = ${ids.length}
			order by date`
	);
	return rows.map((r) => r.date);
}
