import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { queryRows } from '../db/raw-query';

export interface RelatedUnit {
	layerCode: string;
	layerName: string;
	code: string;
	name: string;
}

/**
 * The units of the same layer that share a boundary with a unit. Neighbouring shapes from real
 * files rarely meet exactly (digitising gaps, simplification), so "neighbour" means within one
 * metre in the layer's metric CRS; the bounding-box test in 4326 lets the spatial index prefilter.
 */
export async function findNeighbourUnits(
	db: Database,
	tenantId: string,
	unitId: string,
	metricSrid: number
): Promise<RelatedUnit[]> {
	return queryRows<RelatedUnit>(
		db,
		sql`select l.code as "layerCode", l.name as "layerName", n.code, n.name
			from spatial_unit u
			join spatial_unit n on n.tenant_id = u.tenant_id and n.layer_id = u.layer_id and n.id <> u.id
			join spatial_layer l on l.tenant_id = u.tenant_id and l.id = u.layer_id
			where u.tenant_id = ${tenantId} and u.id = ${unitId}
				and u.geom is not null and n.geom is not null
				and n.geom && ST_Expand(u.geom, 0.001)
				and ST_DWithin(
					ST_Transform(n.geom, ${metricSrid}::int),
					ST_Transform(u.geom, ${metricSrid}::int),
					1
				)
			order by n.code`
	);
}

/** The units directly below a unit, on every layer nested in its layer. */
export async function findChildUnits(db: Database, tenantId: string, unitId: string): Promise<RelatedUnit[]> {
	return queryRows<RelatedUnit>(
		db,
		sql`select l.code as "layerCode", l.name as "layerName", c.code, c.name
			from spatial_unit c
			join spatial_layer l on l.tenant_id = c.tenant_id and l.id = c.layer_id
			where c.tenant_id = ${tenantId} and c.parent_unit_id = ${unitId}
			order by l.code, c.code`
	);
}

/**
 * Every pair of neighbouring units of a layer (each pair once per direction), with the same
 * one-metre tolerance as findNeighbourUnits.
 */
export async function layerNeighbourPairs(
	db: Database,
	tenantId: string,
	layerId: string,
	metricSrid: number
): Promise<{ unitId: string; neighbourId: string }[]> {
	return queryRows(
		db,
		sql`with m as (
				select id, geom, ST_Transform(geom, ${metricSrid}::int) as g from spatial_unit
				where tenant_id = ${tenantId} and layer_id = ${layerId} and geom is not null
			)
			select a.id as "unitId", b.id as "neighbourId"
			from m a join m b on a.id <> b.id and b.geom && ST_Expand(a.geom, 0.001) and ST_DWithin(a.g, b.g, 1)`
	);
}
