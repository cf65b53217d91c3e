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

/**
 * A count variable at every unit of a layer at one date: the unit's own observation where there is
 * one, else the sum over the units below it at the nearest level that has observations (never two
 * levels at once, so nothing is counted twice). Units without either are absent from the map, and
 * so are units whose nearest level has a value a file marked as missing ("." geheim, "x" …: table
 * observation_missing): a sum without it would count the suppressed value as 0.
 */
export async function variableTotalsAtLayer(
	db: Database,
	tenantId: string,
	variableId: string,
	layerId: string,
	date: string
): Promise<Map<string, number>> {
	const rows = await queryRows<{ unitId: string; value: number }>(
		db,
		sql`with below as (
				select a.ancestor_id, a.distance, sum(o.value) as value
				from spatial_unit_ancestor a
				join observation o on o.tenant_id = a.tenant_id and o.unit_id = a.unit_id
					and o.variable_id = ${variableId} and o.date = ${date}
				where a.tenant_id = ${tenantId} and a.ancestor_layer_id = ${layerId} and a.distance > 0
				group by a.ancestor_id, a.distance
			), gap as (
				select a.ancestor_id, a.distance, null::float8 as value
				from spatial_unit_ancestor a
				join observation_missing m on m.tenant_id = a.tenant_id and m.unit_id = a.unit_id
					and m.variable_id = ${variableId} and m.date = ${date}
				where a.tenant_id = ${tenantId} and a.ancestor_layer_id = ${layerId} and a.distance > 0
					and not exists (select 1 from observation o where o.tenant_id = m.tenant_id
						and o.variable_id = m.variable_id and o.unit_id = m.unit_id and o.date = m.date)
				group by a.ancestor_id, a.distance
			), nearest as (
				-- At the same distance a gap sorts first (nulls first), and makes the total unknown.
				select distinct on (ancestor_id) ancestor_id, value
				from (select * from below union all select * from gap) levels
				order by ancestor_id, distance, value nulls first
			)
			select u.id as "unitId", coalesce(own.value, nearest.value)::float8 as value
			from spatial_unit u
			left join observation own on own.tenant_id = u.tenant_id and own.unit_id = u.id
				and own.variable_id = ${variableId} and own.date = ${date}
			left join nearest on nearest.ancestor_id = u.id
			where u.tenant_id = ${tenantId} and u.layer_id = ${layerId}
				and coalesce(own.value, nearest.value) is not null`
	);
	return new Map(rows.map((r) => [r.unitId, Number(r.value)]));
}

/**
 * A count variable of one unit at every date: its own observation where there is one, else the sum
 * over the units below it at the nearest level that has observations at that date (the rule of
 * variableTotalsAtLayer, for one unit and all dates at once — an area profile's time series).
 */
export async function variableSeriesOfUnit(
	db: Database,
	tenantId: string,
	variableId: string,
	unitId: string
): Promise<Map<string, number>> {
	const rows = await queryRows<{ date: string; value: number }>(
		db,
		sql`with below as (
				select o.date, a.distance, sum(o.value) as value
				from spatial_unit_ancestor a
				join observation o on o.tenant_id = a.tenant_id and o.unit_id = a.unit_id and o.variable_id = ${variableId}
				where a.tenant_id = ${tenantId} and a.ancestor_id = ${unitId}
				group by o.date, a.distance
			), gap as (
				select m.date, a.distance, null::float8 as value
				from spatial_unit_ancestor a
				join observation_missing m on m.tenant_id = a.tenant_id and m.unit_id = a.unit_id
					and m.variable_id = ${variableId}
				where a.tenant_id = ${tenantId} and a.ancestor_id = ${unitId} and a.distance > 0
					and not exists (select 1 from observation o where o.tenant_id = m.tenant_id
						and o.variable_id = m.variable_id and o.unit_id = m.unit_id and o.date = m.date)
				group by m.date, a.distance
			)
			select distinct on (date) date::text as date, value::float8 as value
			from (select * from below union all select * from gap) levels
			order by date, distance, value nulls first`
	);
	// A date whose nearest level has a value marked missing has no total (never a partial sum).
	return new Map(rows.filter((r) => r.value !== null).map((r) => [r.date, Number(r.value)]));
}
