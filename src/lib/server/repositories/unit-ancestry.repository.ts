import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { execute, queryRows } from '../db/raw-query';

/**
 * Recomputes the tenant's closure of unit ancestors from parent_unit_id: every unit with itself
 * (distance 0) and each unit above it. Run it in the transaction that changed the units, once
 * per import. The depth limit only guards against a cycle of parents; layers nest a few deep.
 */
export async function rebuildAncestry(db: Database, tenantId: string): Promise<number> {
	await db.execute(sql`delete from spatial_unit_ancestor where tenant_id = ${tenantId}`);
	return execute(
		db,
		sql`insert into spatial_unit_ancestor (tenant_id, unit_id, ancestor_id, ancestor_layer_id, distance)
			with recursive up (unit_id, ancestor_id, ancestor_layer_id, next_id, distance) as (
				select id, id, layer_id, parent_unit_id, 0 from spatial_unit where tenant_id = ${tenantId}
				union all
				select up.unit_id, p.id, p.layer_id, p.parent_unit_id, up.distance + 1
				from up join spatial_unit p on p.tenant_id = ${tenantId} and p.id = up.next_id
				where up.distance < 32
			)
			select ${tenantId}::uuid, unit_id, ancestor_id, ancestor_layer_id, distance from up`
	);
}

/**
 * How many units lie at each distance below every unit of the given layers (index = distance,
 * [0] = 1 for the unit itself): the denominators of coverage. Optionally for one unit only.
 */
export async function unitsBelowByDistance(
	db: Database,
	tenantId: string,
	layerIds: readonly string[],
	unitId: string | null = null
): Promise<Map<string, number[]>> {
	const rows = await queryRows<{ ancestorId: string; distance: number; units: number }>(
		db,
		sql`select ancestor_id as "ancestorId", distance, count(*)::int as units
			from spatial_unit_ancestor
			where tenant_id = ${tenantId} and ancestor_layer_id = any(${sql.param([...layerIds])}::uuid[])
				${unitId ? sql`and ancestor_id = ${unitId}` : sql``}
			group by ancestor_id, distance`
	);
	const byUnit = new Map<string, number[]>();
	for (const row of rows) {
		let counts = byUnit.get(row.ancestorId);
		if (!counts) byUnit.set(row.ancestorId, (counts = []));
		counts[row.distance] = row.units;
	}
	return byUnit;
}
