/**
 * The PostGIS half of an areal crosswalk, written to be moved into a repository later: for every
 * pair of a source and a target unit that intersect, A(s ∩ t) and A(s) in m² of the metric CRS
 * (geometries are stored in EPSG:4326, degrees are not areas — as assignParentsByOverlap in
 * src/lib/server/repositories/unit-import.repository.ts does). The join uses the GiST indexes on
 * the EPSG:4326 geometries; only the pairs found are transformed. Here the layers are the bench
 * tables `block` and `district`; in the app they would be spatial_unit filtered by layer.
 */
import type { SqlSession } from '../lib/sql-session';

export const intersectionsQuery = `
select s.code as source, t.code as target,
	ST_Area(ST_Intersection(ST_Transform(s.geom, $1::int), ST_Transform(t.geom, $1::int))) as area,
	ST_Area(ST_Transform(s.geom, $1::int)) as source_area
from block s
join district t on ST_Intersects(s.geom, t.geom)
order by s.code, t.code`;

/** Every unit of a layer with its area, so units that meet nothing are not forgotten. */
export const unitAreasQuery = (table: 'block' | 'district') =>
	`select code, ST_Area(ST_Transform(geom, $1::int)) as area from ${table} order by code`;

export interface IntersectionRow {
	source: string;
	target: string;
	area: number;
	source_area: number;
}

export async function intersections(session: SqlSession, metricSrid: number) {
	const pairs = await session.query<IntersectionRow>(intersectionsQuery, [metricSrid]);
	const sources = await session.query<{ code: string; area: number }>(unitAreasQuery('block'), [metricSrid]);
	const targets = await session.query<{ code: string; area: number }>(unitAreasQuery('district'), [
		metricSrid
	]);
	return { pairs, sources, targets };
}
