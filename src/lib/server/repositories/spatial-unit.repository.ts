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
