import { sql } from 'drizzle-orm';
import type { ServiceVia } from '../../core/planning/area-activity';
import type { Database } from '../db/client';
import { queryRows } from '../db/raw-query';

/**
 * The links between measures and the units of one layer (the matrix of measures × units), in one
 * query for the whole layer: a measure serves a unit when it is named for the unit itself
 * (`unit`), for a unit above it (`above`: a measure for a Bezirk serves its Planungsräume) or for
 * a unit below it (`below`: a measure in one block serves its Planungsraum in part), the same rule
 * as `measuresServingUnits` of the plan check, with the way it reaches the unit.
 */
export async function measureLinksOfLayer(
	db: Database,
	tenantId: string,
	layerId: string
): Promise<{ unitId: string; measureId: string; via: ServiceVia }[]> {
	return queryRows<{ unitId: string; measureId: string; via: ServiceVia }>(
		db,
		sql`select a.unit_id as "unitId", mu.measure_id as "measureId",
				case when a.distance = 0 then 'unit' else 'above' end as "via"
			from spatial_unit u
			join spatial_unit_ancestor a on a.tenant_id = u.tenant_id and a.unit_id = u.id
			join measure_unit mu on mu.tenant_id = a.tenant_id and mu.unit_id = a.ancestor_id
			where u.tenant_id = ${tenantId} and u.layer_id = ${layerId}
			union
			select a.ancestor_id, mu.measure_id, 'below'
			from spatial_unit u
			join spatial_unit_ancestor a on a.tenant_id = u.tenant_id and a.ancestor_id = u.id and a.distance > 0
			join measure_unit mu on mu.tenant_id = a.tenant_id and mu.unit_id = a.unit_id
			where u.tenant_id = ${tenantId} and u.layer_id = ${layerId}`
	);
}

/** The same links for one unit (its area profile). */
export async function measureLinksOfUnit(
	db: Database,
	tenantId: string,
	unitId: string
): Promise<{ measureId: string; via: ServiceVia }[]> {
	return queryRows<{ measureId: string; via: ServiceVia }>(
		db,
		sql`select mu.measure_id as "measureId", case when a.distance = 0 then 'unit' else 'above' end as "via"
			from spatial_unit_ancestor a
			join measure_unit mu on mu.tenant_id = a.tenant_id and mu.unit_id = a.ancestor_id
			where a.tenant_id = ${tenantId} and a.unit_id = ${unitId}
			union
			select mu.measure_id, 'below'
			from spatial_unit_ancestor a
			join measure_unit mu on mu.tenant_id = a.tenant_id and mu.unit_id = a.unit_id
			where a.tenant_id = ${tenantId} and a.ancestor_id = ${unitId} and a.distance > 0`
	);
}

/** The units above a unit and those below it (without itself), by id. */
export async function unitsAboveAndBelow(
	db: Database,
	tenantId: string,
	unitId: string
): Promise<{ above: Set<string>; below: Set<string> }> {
	const rows = await queryRows<{ id: string; above: boolean }>(
		db,
		sql`select ancestor_id as "id", true as "above" from spatial_unit_ancestor
			where tenant_id = ${tenantId} and unit_id = ${unitId} and distance > 0
			union all
			select unit_id, false from spatial_unit_ancestor
			where tenant_id = ${tenantId} and ancestor_id = ${unitId} and distance > 0`
	);
	return {
		above: new Set(rows.filter((r) => r.above).map((r) => r.id)),
		below: new Set(rows.filter((r) => !r.above).map((r) => r.id))
	};
}
