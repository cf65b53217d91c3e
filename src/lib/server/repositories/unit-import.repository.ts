import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { spatialUnit } from '../db/schema';
import { execute, queryRows } from '../db/raw-query';

/**
 * SQL of the unit import: a staging table per transaction (dropped at its end), reprojection and
 * repair with PostGIS, parents by code or overlap, and the upsert into spatial_unit.
 */
/** Code → id of every unit of a layer: one query, not one per row of a file. */
export async function unitIdsByCode(
	db: Database,
	tenantId: string,
	layerId: string
): Promise<Map<string, string>> {
	const rows = await db
		.select({ id: spatialUnit.id, code: spatialUnit.code })
		.from(spatialUnit)
		.where(and(eq(spatialUnit.tenantId, tenantId), eq(spatialUnit.layerId, layerId)));
	return new Map(rows.map((r) => [r.code, r.id]));
}

export interface StagedUnit {
	row: number;
	code: string | null;
	name: string | null;
	parentCode: string | null;
	/** GeoJSON geometry as text, in the file's CRS; null for tables. */
	geometry: string | null;
}

/**
 * Stages the units and reprojects their geometries to EPSG:4326 (as MultiPolygons). The table
 * lives until the end of the transaction.
 */
export async function stageUnits(db: Database, units: readonly StagedUnit[], srid: number): Promise<void> {
	await db.execute(sql`create temp table unit_stage (
		row int primary key, code text, name text, parent_code text, geom geometry, parent_id uuid
	) on commit drop`);
	await db.execute(sql`insert into unit_stage (row, code, name, parent_code, geom)
		select r, c, n, p, case when g is null then null
			else ST_Multi(ST_Transform(ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON(g)), ${srid}::int), 4326)) end
		from unnest(${sql.param(units.map((u) => u.row))}::int[], ${sql.param(units.map((u) => u.code))}::text[],
			${sql.param(units.map((u) => u.name))}::text[], ${sql.param(units.map((u) => u.parentCode))}::text[],
			${sql.param(units.map((u) => u.geometry))}::text[]) as t(r, c, n, p, g)`);
}

/**
 * Repairs invalid geometries with ST_MakeValid, keeping the polygonal part as a MultiPolygon;
 * returns what was repaired (with PostGIS's reason) and whether anything was left of it.
 */
export async function repairStagedGeometries(
	db: Database
): Promise<{ row: number; reason: string; empty: boolean }[]> {
	return queryRows(
		db,
		sql`with bad as (
				select row, ST_IsValidReason(geom) as reason from unit_stage where geom is not null and not ST_IsValid(geom)
			)
			update unit_stage s set geom = ST_Multi(ST_CollectionExtract(ST_MakeValid(s.geom), 3))
			from bad where bad.row = s.row
			returning s.row, bad.reason, ST_IsEmpty(s.geom) as empty`
	);
}

/** Per staged feature, the codes of the child layer's units whose point on surface lies inside it. */
export async function childCodesInside(
	db: Database,
	tenantId: string,
	childLayerId: string
): Promise<{ row: number; codes: string[] }[]> {
	return queryRows(
		db,
		sql`select s.row, coalesce(array_agg(c.code order by c.code) filter (where c.code is not null), '{}') as codes
			from unit_stage s
			left join spatial_unit c on c.tenant_id = ${tenantId} and c.layer_id = ${childLayerId}
				and c.geom && s.geom and ST_Contains(s.geom, ST_PointOnSurface(c.geom))
			where s.geom is not null
			group by s.row order by s.row`
	);
}

export async function setStagedCodes(
	db: Database,
	codes: readonly { row: number; code: string }[]
): Promise<void> {
	if (codes.length === 0) return;
	await db.execute(sql`update unit_stage s set code = t.code
		from unnest(${sql.param(codes.map((c) => c.row))}::int[], ${sql.param(codes.map((c) => c.code))}::text[]) as t(row, code)
		where s.row = t.row`);
}

export async function setStagedParents(
	db: Database,
	parents: readonly { row: number; parentId: string }[]
): Promise<void> {
	if (parents.length === 0) return;
	await db.execute(sql`update unit_stage s set parent_id = t.parent_id
		from unnest(${sql.param(parents.map((p) => p.row))}::int[], ${sql.param(parents.map((p) => p.parentId))}::uuid[]) as t(row, parent_id)
		where s.row = t.row`);
}

/**
 * Assigns each staged unit the unit of the parent layer it overlaps most, the areas computed in
 * the layer's metric CRS (degrees are not areas); returns the rows that overlap none.
 */
export async function assignParentsByOverlap(
	db: Database,
	tenantId: string,
	parentLayerId: string,
	metricSrid: number
): Promise<{ row: number; hasGeometry: boolean }[]> {
	await db.execute(sql`update unit_stage s set parent_id = best.id
		from (
			select distinct on (row) row, id from (
				select s.row, p.id,
					ST_Area(ST_Intersection(ST_Transform(s.geom, ${metricSrid}::int), ST_Transform(p.geom, ${metricSrid}::int))) as area
				from unit_stage s
				join spatial_unit p on p.tenant_id = ${tenantId} and p.layer_id = ${parentLayerId}
					and p.geom && s.geom and ST_Intersects(p.geom, s.geom)
			) candidates
			where area > 0
			order by row, area desc
		) best
		where best.row = s.row`);
	return queryRows(
		db,
		sql`select row, geom is not null as "hasGeometry" from unit_stage where parent_id is null order by row`
	);
}

const changed = (setParent: boolean) => sql`(
	(s.name is not null and s.name is distinct from u.name)
	or (${setParent}::boolean and s.parent_id is distinct from u.parent_unit_id)
	or (s.geom is not null and (u.geom is null or not ST_OrderingEquals(s.geom, u.geom)))
)`;

/**
 * Writes the staged units: existing ones (same layer and code) are updated where something
 * differs, their former state kept for a rollback; new ones are inserted with this import's id.
 */
export async function applyStagedUnits(
	db: Database,
	tenantId: string,
	layerId: string,
	importId: string,
	setParent: boolean
): Promise<{ created: number; updated: number }> {
	const matches = sql`from unit_stage s where u.tenant_id = ${tenantId} and u.layer_id = ${layerId} and u.code = s.code`;
	await db.execute(sql`insert into spatial_unit_replaced (tenant_id, import_id, unit_id, name, parent_unit_id, geom)
		select u.tenant_id, ${importId}, u.id, u.name, u.parent_unit_id, u.geom
		from spatial_unit u join unit_stage s on u.code = s.code
		where u.tenant_id = ${tenantId} and u.layer_id = ${layerId} and ${changed(setParent)}`);
	const updated = await execute(
		db,
		sql`update spatial_unit u set
			name = coalesce(s.name, u.name),
			parent_unit_id = case when ${setParent}::boolean then s.parent_id else u.parent_unit_id end,
			geom = coalesce(s.geom, u.geom)
		${matches} and ${changed(setParent)}`
	);
	const created = await execute(
		db,
		sql`insert into spatial_unit (tenant_id, layer_id, code, name, parent_unit_id, geom, import_id)
		select ${tenantId}, ${layerId}, s.code, coalesce(s.name, s.code), s.parent_id, s.geom, ${importId}
		from unit_stage s
		where s.code is not null and not exists (
			select 1 from spatial_unit u where u.tenant_id = ${tenantId} and u.layer_id = ${layerId} and u.code = s.code
		)
		order by s.code`
	);
	return { created, updated };
}

/** Codes of the layer's units that the staged file does not name (they are kept). */
export async function unitsNotStaged(db: Database, tenantId: string, layerId: string): Promise<string[]> {
	const rows = await queryRows<{ code: string }>(
		db,
		sql`select u.code from spatial_unit u
			where u.tenant_id = ${tenantId} and u.layer_id = ${layerId}
				and not exists (select 1 from unit_stage s where s.code = u.code)
			order by u.code`
	);
	return rows.map((r) => r.code);
}

/** The bounding box (EPSG:4326) of every staged unit with a geometry. */
export async function stagedBoxes(
	db: Database
): Promise<{ row: number; code: string | null; xmin: number; ymin: number; xmax: number; ymax: number }[]> {
	return queryRows(
		db,
		sql`select row, code, ST_XMin(geom) as xmin, ST_YMin(geom) as ymin, ST_XMax(geom) as xmax, ST_YMax(geom) as ymax
			from unit_stage where geom is not null and not ST_IsEmpty(geom) order by row`
	);
}

/** The extent (EPSG:4326) of the tenant's units with geometry, in any layer; null when there are none. */
export async function tenantUnitExtent(
	db: Database,
	tenantId: string
): Promise<{ xmin: number; ymin: number; xmax: number; ymax: number } | null> {
	const [row] = await queryRows<{ xmin: number | null; ymin: number; xmax: number; ymax: number }>(
		db,
		sql`select ST_XMin(e) as xmin, ST_YMin(e) as ymin, ST_XMax(e) as xmax, ST_YMax(e) as ymax
			from (select ST_Extent(geom)::box3d as e from spatial_unit where tenant_id = ${tenantId} and geom is not null) t`
	);
	return row && row.xmin !== null ? { ...row, xmin: row.xmin } : null;
}

/** Ends the staging of one layer, so that one transaction can import several (a hierarchy). */
export async function dropStagedUnits(db: Database): Promise<void> {
	await db.execute(sql`drop table if exists unit_stage`);
}
