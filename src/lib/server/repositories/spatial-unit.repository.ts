import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client';
import { spatialUnit } from '../db/schema';
import { execute, queryRows } from '../db/raw-query';

/**
 * A geometry as a file gives it: GeoJSON text in a stated CRS (EPSG code, default 4326) or EWKT
 * with its SRID. Stored as a MultiPolygon in EPSG:4326; repairing invalid geometries is the
 * importer's job (it reports what it repaired), not this insert's.
 */
export type UnitGeometry = { geojson: string; srid?: number } | { ewkt: string };

export interface NewSpatialUnit {
	code: string;
	name: string;
	parentUnitId?: string | null;
	geometry?: UnitGeometry | null;
	validFrom?: string | null;
	validTo?: string | null;
}

export interface SpatialUnitListItem {
	id: string;
	code: string;
	name: string;
	parentUnitId: string | null;
	parentCode: string | null;
	hasGeometry: boolean;
	validFrom: string | null;
	validTo: string | null;
}

/** Rows per INSERT: geometries can be large, and one statement per unit would be slow. */
const chunkSize = 1000;

/**
 * Inserts units of one layer in bulk and returns their ids by code. The ancestor closure is not
 * touched: call `rebuildAncestry` once after all units of an import are in.
 */
export async function insertSpatialUnits(
	db: Database,
	tenantId: string,
	layerId: string,
	units: readonly NewSpatialUnit[],
	importId: string | null = null
): Promise<{ id: string; code: string }[]> {
	const inserted: { id: string; code: string }[] = [];
	for (let start = 0; start < units.length; start += chunkSize) {
		const part = units.slice(start, start + chunkSize);
		const geojson = part.map((u) => (u.geometry && 'geojson' in u.geometry ? u.geometry.geojson : null));
		const srid = part.map((u) => (u.geometry && 'geojson' in u.geometry ? (u.geometry.srid ?? 4326) : null));
		const ewkt = part.map((u) => (u.geometry && 'ewkt' in u.geometry ? u.geometry.ewkt : null));
		const rows = await queryRows<{ id: string; code: string }>(
			db,
			sql`insert into spatial_unit (tenant_id, layer_id, code, name, parent_unit_id, geom, valid_from, valid_to, import_id)
				select ${tenantId}::uuid, ${layerId}::uuid, u.code, u.name, u.parent,
					case
						when u.geojson is not null then ST_Multi(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(u.geojson), u.srid), 4326))
						when u.ewkt is not null then ST_Multi(ST_Transform(ST_GeomFromEWKT(u.ewkt), 4326))
					end,
					u.valid_from, u.valid_to, ${importId}::uuid
				from unnest(${sql.param(part.map((u) => u.code))}::text[], ${sql.param(part.map((u) => u.name))}::text[],
					${sql.param(part.map((u) => u.parentUnitId ?? null))}::uuid[], ${sql.param(geojson)}::text[],
					${sql.param(srid)}::int[], ${sql.param(ewkt)}::text[],
					${sql.param(part.map((u) => u.validFrom ?? null))}::date[], ${sql.param(part.map((u) => u.validTo ?? null))}::date[]
				) with ordinality as u(code, name, parent, geojson, srid, ewkt, valid_from, valid_to, n)
				order by u.n
				returning id, code`
		);
		inserted.push(...rows);
	}
	return inserted;
}

/** Sets parents found later (by code prefix or containment), in one statement. */
export async function setUnitParents(
	db: Database,
	tenantId: string,
	parents: readonly { unitId: string; parentUnitId: string | null }[]
): Promise<number> {
	if (parents.length === 0) return 0;
	return execute(
		db,
		sql`update spatial_unit u set parent_unit_id = p.parent
			from unnest(${sql.param(parents.map((p) => p.unitId))}::uuid[],
				${sql.param(parents.map((p) => p.parentUnitId))}::uuid[]) as p(id, parent)
			where u.tenant_id = ${tenantId} and u.id = p.id`
	);
}

const parent = alias(spatialUnit, 'parent');

const listColumns = {
	id: spatialUnit.id,
	code: spatialUnit.code,
	name: spatialUnit.name,
	parentUnitId: spatialUnit.parentUnitId,
	parentCode: parent.code,
	hasGeometry: sql<boolean>`${spatialUnit.geom} is not null`,
	validFrom: spatialUnit.validFrom,
	validTo: spatialUnit.validTo
};

/** The units of a layer by code, with their parent's code. */
export async function listSpatialUnits(
	db: Database,
	tenantId: string,
	layerId: string
): Promise<SpatialUnitListItem[]> {
	return db
		.select(listColumns)
		.from(spatialUnit)
		.leftJoin(parent, and(eq(parent.tenantId, spatialUnit.tenantId), eq(parent.id, spatialUnit.parentUnitId)))
		.where(and(eq(spatialUnit.tenantId, tenantId), eq(spatialUnit.layerId, layerId)))
		.orderBy(asc(spatialUnit.code));
}

export async function findSpatialUnit(
	db: Database,
	tenantId: string,
	layerId: string,
	code: string
): Promise<SpatialUnitListItem | undefined> {
	const [row] = await db
		.select(listColumns)
		.from(spatialUnit)
		.leftJoin(parent, and(eq(parent.tenantId, spatialUnit.tenantId), eq(parent.id, spatialUnit.parentUnitId)))
		.where(
			and(eq(spatialUnit.tenantId, tenantId), eq(spatialUnit.layerId, layerId), eq(spatialUnit.code, code))
		);
	return row;
}

/** A GeoJSON FeatureCollection of a layer's units, as `unitFeatureCollection` builds it. */
export interface UnitFeatureCollection {
	type: 'FeatureCollection';
	features: {
		type: 'Feature';
		id: string;
		properties: { code: string; name: string; parentCode: string | null };
		geometry: { type: 'MultiPolygon' | 'Polygon'; coordinates: number[][][][] | number[][][] } | null;
	}[];
}

export interface UnitFeatureOptions {
	/** Douglas–Peucker tolerance in metres, applied in `metricSrid`; none or 0: the stored shape. */
	simplifyMetres?: number;
	metricSrid: number;
}

/**
 * A layer's units as GeoJSON, built whole in SQL (one round trip, no parsing of geometries in
 * Node). Coordinates in EPSG:4326 rounded to 6 decimals (about 0.1 m). Simplification runs in the
 * layer's metric CRS so that the tolerance is in metres whatever the latitude, and preserves
 * topology so that no ring collapses or crosses itself (neighbours may still drift apart by up to
 * the tolerance: the shapes are simplified one by one).
 */
export async function unitFeatureCollection(
	db: Database,
	tenantId: string,
	layerId: string,
	{ simplifyMetres = 0, metricSrid }: UnitFeatureOptions
): Promise<UnitFeatureCollection> {
	const geometry =
		simplifyMetres > 0
			? sql`ST_Transform(ST_SimplifyPreserveTopology(ST_Transform(u.geom, ${metricSrid}::int), ${simplifyMetres}::float8), 4326)`
			: sql`u.geom`;
	const [row] = await queryRows<{ collection: string }>(
		db,
		sql`select json_build_object(
				'type', 'FeatureCollection',
				'features', coalesce(json_agg(json_build_object(
					'type', 'Feature',
					'id', u.code,
					'properties', json_build_object('code', u.code, 'name', u.name, 'parentCode', p.code),
					'geometry', case when u.geom is null then null else ST_AsGeoJSON(${geometry}, 6)::json end
				) order by u.code), '[]'::json)
			)::text as collection
			from spatial_unit u
			left join spatial_unit p on p.tenant_id = u.tenant_id and p.id = u.parent_unit_id
			where u.tenant_id = ${tenantId} and u.layer_id = ${layerId}`
	);
	return JSON.parse(row!.collection) as UnitFeatureCollection;
}

/**
 * A representative point of every unit of a layer in a metric CRS: ST_PointOnSurface, which lies
 * inside the unit even where it is concave (a centroid may not). The demand locations of the 2SFCA.
 */
export async function unitRepresentativePoints(
	db: Database,
	tenantId: string,
	layerId: string,
	metricSrid: number
): Promise<{ unitId: string; x: number; y: number }[]> {
	const rows = await queryRows<{ unitId: string; x: number; y: number }>(
		db,
		sql`select u.id as "unitId", ST_X(p.g) as x, ST_Y(p.g) as y
			from spatial_unit u, lateral (select ST_Transform(ST_PointOnSurface(u.geom), ${metricSrid}::int) as g) p
			where u.tenant_id = ${tenantId} and u.layer_id = ${layerId} and u.geom is not null`
	);
	return rows.map((r) => ({ unitId: r.unitId, x: Number(r.x), y: Number(r.y) }));
}
