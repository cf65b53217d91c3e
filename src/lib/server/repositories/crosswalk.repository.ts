import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client';
import { crosswalk, spatialLayer, variable } from '../db/schema';
import { queryRows } from '../db/raw-query';

/**
 * SQL of crosswalks (DOMAIN.md §5): the PostGIS intersections of two layers, the fine units that
 * weigh them by population, and the stored crosswalks with their weights. Every area is computed
 * in the metric CRS the caller passes (the from-layer's), never in degrees.
 */

export type CrosswalkRow = typeof crosswalk.$inferSelect;

/** A unit of a layer with its area in m² (0 when it has no geometry). */
export interface UnitWithArea {
	id: string;
	code: string;
	name: string;
	area: number;
	hasGeometry: boolean;
}

/**
 * A geometry in the metric CRS, repaired only where reprojection left it invalid: the import
 * already repaired the stored shapes, but GEOS refuses to intersect an invalid polygon outright.
 */
const metric = (column: SQL, srid: number) =>
	sql`(select case when ST_IsValid(m) then m else ST_CollectionExtract(ST_MakeValid(m), 3) end
		from ST_Transform(${column}, ${srid}::int) as m)`;

/** Every unit of a layer with its area in the metric CRS, ordered by code. */
export async function unitAreas(
	db: Database,
	tenantId: string,
	layerId: string,
	metricSrid: number
): Promise<UnitWithArea[]> {
	const rows = await queryRows<UnitWithArea>(
		db,
		sql`select u.id, u.code, u.name, u.geom is not null as "hasGeometry",
				coalesce(ST_Area(${metric(sql`u.geom`, metricSrid)}), 0)::float8 as area
			from spatial_unit u
			where u.tenant_id = ${tenantId} and u.layer_id = ${layerId}
			order by u.code`
	);
	return rows.map((r) => ({ ...r, area: Number(r.area) }));
}

/**
 * A(s ∩ t) in m² for every pair of units of the two layers that meet with a positive area.
 * The GiST index on the stored (EPSG:4326) shapes finds the candidate pairs (`&&`, then
 * ST_Intersects); each unit is reprojected once, and ST_Intersection runs only on candidates.
 */
export async function layerIntersections(
	db: Database,
	tenantId: string,
	fromLayerId: string,
	toLayerId: string,
	metricSrid: number
): Promise<{ source: string; target: string; area: number }[]> {
	const rows = await queryRows<{ source: string; target: string; area: number }>(
		db,
		sql`with candidates as materialized (
				select s.id as sid, t.id as tid
				from spatial_unit s
				join spatial_unit t on t.tenant_id = s.tenant_id and t.layer_id = ${toLayerId}
					and t.geom && s.geom and ST_Intersects(t.geom, s.geom)
				where s.tenant_id = ${tenantId} and s.layer_id = ${fromLayerId}
			), projected as materialized (
				select u.id, u.code, ${metric(sql`u.geom`, metricSrid)} as g
				from spatial_unit u
				where u.tenant_id = ${tenantId} and u.layer_id in (${fromLayerId}, ${toLayerId})
					and u.id in (select sid from candidates union select tid from candidates)
			), pieces as (
				select s.code as source, t.code as target, ST_Area(ST_Intersection(s.g, t.g))::float8 as area
				from candidates c
				join projected s on s.id = c.sid
				join projected t on t.id = c.tid
			)
			select source, target, area from pieces where area > 0 order by source, target`
	);
	return rows.map((r) => ({ ...r, area: Number(r.area) }));
}

/** A unit of the weighting layer, assigned whole to the source and the target unit it lies in. */
export interface AssignedUnit {
	id: string;
	code: string;
	area: number;
	source: string | null;
	target: string | null;
}

/**
 * Population weighting: every unit of the (finer) weighting layer is assigned WHOLE to the
 * source and the target unit that contain its ST_PointOnSurface — the input of the core's
 * `assignedPopulationWeights`. We assign rather than split fine units by area share
 * (`populationWeights`) because the fine layer is the building block the other layers are
 * (or should be) made of (DOMAIN.md §5): where they nest, assignment is exact, while an area
 * split turns every digitising difference between two files into a small false flow of people
 * across a boundary. The price: a fine unit that really straddles a boundary goes wholly to the
 * side holding its point — so the weighting layer should be clearly finer than the target layer.
 * With the source layer as its own weighting layer every source unit goes whole to one target:
 * exactly right for layers that nest but come from different files, coarse otherwise.
 * A point in several units (overlapping shapes) takes the lowest code, so nothing counts twice.
 */
export async function assignFineUnits(
	db: Database,
	tenantId: string,
	layers: { fine: string; from: string; to: string },
	metricSrid: number
): Promise<AssignedUnit[]> {
	const rows = await queryRows<AssignedUnit>(
		db,
		sql`with fine as materialized (
				select f.id, f.code, f.geom, ST_PointOnSurface(f.geom) as p
				from spatial_unit f
				where f.tenant_id = ${tenantId} and f.layer_id = ${layers.fine} and f.geom is not null
			)
			select f.id, f.code, ST_Area(${metric(sql`f.geom`, metricSrid)})::float8 as area,
				(select s.code from spatial_unit s
					where s.tenant_id = ${tenantId} and s.layer_id = ${layers.from}
						and s.geom && f.p and ST_Intersects(s.geom, f.p)
					order by s.code limit 1) as source,
				(select t.code from spatial_unit t
					where t.tenant_id = ${tenantId} and t.layer_id = ${layers.to}
						and t.geom && f.p and ST_Intersects(t.geom, f.p)
					order by t.code limit 1) as target
			from fine f
			order by f.code`
	);
	return rows.map((r) => ({ ...r, area: Number(r.area) }));
}

export interface NewCrosswalk {
	tenantId: string;
	fromLayerId: string;
	toLayerId: string;
	method: 'areal' | 'population';
	weightVariableId: string | null;
	weightLayerId: string | null;
	weightDate: string | null;
	summary: unknown;
	computedAt: Date;
	computedBy: string;
}

/** Rows per INSERT of weights: a crosswalk of blocks may have tens of thousands. */
const chunkSize = 5000;

/**
 * Stores a crosswalk with its weights, replacing the one of the same pair, method and date (its
 * weights go with it by the foreign key's cascade). Returns the new row and the replaced one.
 * Call it inside a transaction, so that the replacement is all or nothing.
 */
export async function replaceCrosswalk(
	db: Database,
	values: NewCrosswalk,
	weights: readonly { fromUnitId: string; toUnitId: string; weight: number }[]
): Promise<{ row: CrosswalkRow; replaced: CrosswalkRow | null }> {
	const same = and(
		eq(crosswalk.tenantId, values.tenantId),
		eq(crosswalk.fromLayerId, values.fromLayerId),
		eq(crosswalk.toLayerId, values.toLayerId),
		eq(crosswalk.method, values.method),
		values.weightDate === null
			? sql`${crosswalk.weightDate} is null`
			: eq(crosswalk.weightDate, values.weightDate)
	);
	const [replaced] = await db.delete(crosswalk).where(same).returning();
	const [row] = await db.insert(crosswalk).values(values).returning();
	for (let start = 0; start < weights.length; start += chunkSize) {
		const part = weights.slice(start, start + chunkSize);
		await db.execute(sql`insert into crosswalk_weight (tenant_id, crosswalk_id, from_unit_id, to_unit_id, weight)
			select ${values.tenantId}::uuid, ${row!.id}::uuid, f, t, w
			from unnest(${sql.param(part.map((p) => p.fromUnitId))}::uuid[], ${sql.param(part.map((p) => p.toUnitId))}::uuid[],
				${sql.param(part.map((p) => p.weight))}::float8[]) as x(f, t, w)`);
	}
	return { row: row!, replaced: replaced ?? null };
}

/** A crosswalk as listed: with the codes and names of its layers and weighting variable. */
export interface CrosswalkListItem extends CrosswalkRow {
	fromLayerCode: string;
	fromLayerName: string;
	toLayerCode: string;
	toLayerName: string;
	weightLayerCode: string | null;
	weightVariableCode: string | null;
	weightCount: number;
}

function listQuery(db: Database) {
	const from = alias(spatialLayer, 'from_layer');
	const to = alias(spatialLayer, 'to_layer');
	const weighting = alias(spatialLayer, 'weight_layer');
	return db
		.select({
			crosswalk,
			fromLayerCode: from.code,
			fromLayerName: from.name,
			toLayerCode: to.code,
			toLayerName: to.name,
			weightLayerCode: weighting.code,
			weightVariableCode: variable.code,
			weightCount: sql<number>`(select count(*) from crosswalk_weight w
				where w.tenant_id = ${crosswalk.tenantId} and w.crosswalk_id = ${crosswalk.id})::int`
		})
		.from(crosswalk)
		.innerJoin(from, and(eq(from.tenantId, crosswalk.tenantId), eq(from.id, crosswalk.fromLayerId)))
		.innerJoin(to, and(eq(to.tenantId, crosswalk.tenantId), eq(to.id, crosswalk.toLayerId)))
		.leftJoin(
			weighting,
			and(eq(weighting.tenantId, crosswalk.tenantId), eq(weighting.id, crosswalk.weightLayerId))
		)
		.leftJoin(
			variable,
			and(eq(variable.tenantId, crosswalk.tenantId), eq(variable.id, crosswalk.weightVariableId))
		);
}

type ListRow = Awaited<ReturnType<ReturnType<typeof listQuery>['execute']>>[number];
const flatten = ({ crosswalk: row, ...rest }: ListRow): CrosswalkListItem => ({ ...row, ...rest });

export async function listCrosswalkItems(db: Database, tenantId: string): Promise<CrosswalkListItem[]> {
	const rows = await listQuery(db)
		.where(eq(crosswalk.tenantId, tenantId))
		.orderBy(asc(crosswalk.computedAt), desc(crosswalk.id));
	return rows.map(flatten);
}

export async function findCrosswalkItem(
	db: Database,
	tenantId: string,
	id: string
): Promise<CrosswalkListItem | undefined> {
	const [row] = await listQuery(db).where(and(eq(crosswalk.tenantId, tenantId), eq(crosswalk.id, id)));
	return row ? flatten(row) : undefined;
}

/** A stored weight with the codes and names of its units (units deleted since drop out). */
export interface StoredWeight {
	source: string;
	sourceName: string;
	target: string;
	targetName: string;
	weight: number;
}

export async function crosswalkWeights(
	db: Database,
	tenantId: string,
	crosswalkId: string
): Promise<StoredWeight[]> {
	const rows = await queryRows<StoredWeight>(
		db,
		sql`select s.code as source, s.name as "sourceName", t.code as target, t.name as "targetName", w.weight
			from crosswalk_weight w
			join spatial_unit s on s.tenant_id = w.tenant_id and s.id = w.from_unit_id
			join spatial_unit t on t.tenant_id = w.tenant_id and t.id = w.to_unit_id
			where w.tenant_id = ${tenantId} and w.crosswalk_id = ${crosswalkId}
			order by s.code, t.code`
	);
	return rows.map((r) => ({ ...r, weight: Number(r.weight) }));
}

export async function deleteCrosswalkRow(db: Database, tenantId: string, id: string): Promise<boolean> {
	const rows = await db
		.delete(crosswalk)
		.where(and(eq(crosswalk.tenantId, tenantId), eq(crosswalk.id, id)))
		.returning({ id: crosswalk.id });
	return rows.length > 0;
}
