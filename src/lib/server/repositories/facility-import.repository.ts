import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { queryRows } from '../db/raw-query';

/** Rows per statement: arrays of this many elements keep each statement small. */
const chunkSize = 5000;

/** A point in any CRS, by the row it came from. */
export interface SourcePoint {
	row: number;
	x: number;
	y: number;
	crs: number;
}

/** Whether any unit of the tenant has a geometry (else the area check cannot be made). */
export async function tenantHasUnitGeometry(db: Database, tenantId: string): Promise<boolean> {
	const [row] = await queryRows<{ found: boolean }>(
		db,
		sql`select exists(select 1 from spatial_unit where tenant_id = ${tenantId} and geom is not null) as found`
	);
	return row?.found ?? false;
}

/**
 * The points transformed to EPSG:4326 by PostGIS, each with whether it lies in the tenant's area:
 * the union of the units of all its layers, asked unit by unit through the GiST index.
 */
export async function pointsInTenantArea(
	db: Database,
	tenantId: string,
	points: readonly SourcePoint[]
): Promise<{ row: number; lon: number; lat: number; inside: boolean }[]> {
	const result: { row: number; lon: number; lat: number; inside: boolean }[] = [];
	for (let start = 0; start < points.length; start += chunkSize) {
		const part = points.slice(start, start + chunkSize);
		const rows = await queryRows<{ row: number; lon: number; lat: number; inside: boolean }>(
			db,
			sql`with p as (
				select r, ST_Transform(ST_SetSRID(ST_MakePoint(x, y), s), 4326) as g
				from unnest(${sql.param(part.map((p) => p.row))}::int[], ${sql.param(part.map((p) => p.x))}::float8[],
					${sql.param(part.map((p) => p.y))}::float8[], ${sql.param(part.map((p) => p.crs))}::int[]) as i(r, x, y, s)
			)
			select r as row, ST_X(g) as lon, ST_Y(g) as lat,
				exists(select 1 from spatial_unit u where u.tenant_id = ${tenantId} and u.geom is not null
					and ST_Intersects(u.geom, p.g)) as inside
			from p order by r`
		);
		result.push(...rows.map((r) => ({ ...r, lon: Number(r.lon), lat: Number(r.lat) })));
	}
	return result;
}

/** A facility to insert or update by its code, coordinates already in EPSG:4326. */
export interface FacilityUpsert {
	code: string;
	name: string;
	kindId: string;
	providerId: string | null;
	departmentId: string | null;
	street: string | null;
	postcode: string | null;
	place: string | null;
	ageFrom: number | null;
	ageTo: number | null;
	validFrom: string | null;
	validTo: string | null;
	lon: number;
	lat: number;
	capacities: { code: string; places: number | null }[];
}

/**
 * Inserts or updates facilities by code (same code = the same facility) and replaces their
 * capacities. Returns how many were created and updated.
 */
export async function upsertFacilities(
	db: Database,
	tenantId: string,
	importId: string,
	now: Date,
	facilities: readonly FacilityUpsert[]
): Promise<{ created: number; updated: number }> {
	let created = 0;
	let updated = 0;
	for (let start = 0; start < facilities.length; start += chunkSize) {
		const part = facilities.slice(start, start + chunkSize);
		const col = <T>(f: (x: FacilityUpsert) => T) => sql.param(part.map(f));
		const rows = await queryRows<{ id: string; code: string; inserted: boolean }>(
			db,
			sql`insert into facility (tenant_id, code, name, kind_id, provider_id, department_id, street, postcode,
					place, age_from, age_to, valid_from, valid_to, geom, import_id, updated_at)
				select ${tenantId}::uuid, code, name, kind, provider, department, street, postcode, place, age_from,
					age_to, valid_from, valid_to, ST_SetSRID(ST_MakePoint(lon, lat), 4326), ${importId}::uuid, ${now}
				from unnest(${col((f) => f.code)}::text[], ${col((f) => f.name)}::text[], ${col((f) => f.kindId)}::uuid[],
					${col((f) => f.providerId)}::uuid[], ${col((f) => f.departmentId)}::uuid[], ${col((f) => f.street)}::text[],
					${col((f) => f.postcode)}::text[], ${col((f) => f.place)}::text[], ${col((f) => f.ageFrom)}::float8[],
					${col((f) => f.ageTo)}::float8[], ${col((f) => f.validFrom)}::date[], ${col((f) => f.validTo)}::date[],
					${col((f) => f.lon)}::float8[], ${col((f) => f.lat)}::float8[])
					as i(code, name, kind, provider, department, street, postcode, place, age_from, age_to,
						valid_from, valid_to, lon, lat)
				on conflict (tenant_id, code) do update set name = excluded.name, kind_id = excluded.kind_id,
					provider_id = excluded.provider_id, department_id = excluded.department_id,
					street = excluded.street, postcode = excluded.postcode, place = excluded.place,
					age_from = excluded.age_from, age_to = excluded.age_to, valid_from = excluded.valid_from,
					valid_to = excluded.valid_to, geom = excluded.geom, import_id = excluded.import_id,
					updated_at = excluded.updated_at
				returning id, code, (xmax = 0) as inserted`
		);
		const idByCode = new Map(rows.map((r) => [r.code, r.id]));
		created += rows.filter((r) => r.inserted).length;
		updated += rows.filter((r) => !r.inserted).length;
		await db.execute(
			sql`delete from facility_capacity where tenant_id = ${tenantId}
				and facility_id = any(${sql.param(rows.map((r) => r.id))}::uuid[])`
		);
		const capacities = part.flatMap((f) =>
			f.capacities.map((c) => ({ id: idByCode.get(f.code)!, code: c.code, places: c.places }))
		);
		if (capacities.length > 0) {
			await db.execute(
				sql`insert into facility_capacity (tenant_id, facility_id, code, places)
					select ${tenantId}::uuid, f, c, p
					from unnest(${sql.param(capacities.map((c) => c.id))}::uuid[], ${sql.param(capacities.map((c) => c.code))}::text[],
						${sql.param(capacities.map((c) => c.places))}::int[]) as i(f, c, p)`
			);
		}
	}
	return { created, updated };
}

/** The sources (publisher, date, licence) stated with the tenant's facility imports, oldest first. */
export async function facilityImportSources(db: Database, tenantId: string): Promise<string[]> {
	const rows = await queryRows<{ source: string }>(
		db,
		sql`select s.source from (
				select details->'options'->>'source' as source, min(at) as first
				from data_import where tenant_id = ${tenantId} and kind = 'facilities'
					and rolled_back_at is null and details->'options'->>'source' is not null
				group by 1
			) s order by s.first, s.source`
	);
	return rows.map((r) => r.source);
}
