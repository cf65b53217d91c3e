import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Capacity } from '../../core/facility/facility';
import type { Database } from '../db/client';
import { facility, facilityCapacity } from '../db/schema';
import { queryRows } from '../db/raw-query';

/** A facility as the pages and services read it: with kind, provider, department, point and places. */
export interface FacilityListItem {
	id: string;
	code: string;
	name: string;
	kindId: string;
	kindCode: string;
	kindName: string;
	/** The facility's own life phases, or null when the kind's apply. */
	lifePhases: string[] | null;
	kindLifePhases: string[];
	/** The facility's own target age range (years, ageTo exclusive); null where the kind's applies. */
	ageFrom: number | null;
	ageTo: number | null;
	kindAgeFrom: number | null;
	kindAgeTo: number | null;
	providerId: string | null;
	providerName: string | null;
	departmentId: string | null;
	departmentName: string | null;
	street: string | null;
	postcode: string | null;
	place: string | null;
	lon: number;
	lat: number;
	validFrom: string | null;
	validTo: string | null;
	updatedAt: Date;
	capacities: Capacity[];
}

export interface FacilityFilter {
	facilityId?: string;
	providerId?: string;
	kindCode?: string;
	departmentId?: string;
}

/** Facilities of a tenant, ordered by name; filters combine. */
export async function listFacilities(
	db: Database,
	tenantId: string,
	filter: FacilityFilter = {}
): Promise<FacilityListItem[]> {
	const rows = await queryRows<FacilityListItem & { updatedAt: Date | string }>(
		db,
		sql`select f.id, f.code, f.name, f.kind_id as "kindId", k.code as "kindCode", k.name as "kindName",
				f.life_phases as "lifePhases", k.life_phases as "kindLifePhases",
				f.age_from as "ageFrom", f.age_to as "ageTo", k.age_from as "kindAgeFrom", k.age_to as "kindAgeTo",
				f.provider_id as "providerId", p.name as "providerName",
				f.department_id as "departmentId", d.name as "departmentName",
				f.street, f.postcode, f.place, ST_X(f.geom) as lon, ST_Y(f.geom) as lat,
				f.valid_from::text as "validFrom", f.valid_to::text as "validTo", f.updated_at as "updatedAt",
				coalesce((select json_agg(json_build_object('code', c.code, 'places', c.places) order by c.code)
					from facility_capacity c where c.tenant_id = f.tenant_id and c.facility_id = f.id), '[]'::json) as capacities
			from facility f
			join facility_kind k on k.tenant_id = f.tenant_id and k.id = f.kind_id
			left join provider p on p.tenant_id = f.tenant_id and p.id = f.provider_id
			left join department d on d.tenant_id = f.tenant_id and d.id = f.department_id
			where f.tenant_id = ${tenantId}
				${filter.facilityId ? sql`and f.id = ${filter.facilityId}` : sql``}
				${filter.providerId ? sql`and f.provider_id = ${filter.providerId}` : sql``}
				${filter.kindCode ? sql`and k.code = ${filter.kindCode}` : sql``}
				${filter.departmentId ? sql`and f.department_id = ${filter.departmentId}` : sql``}
			order by f.name, f.code`
	);
	return rows.map((r) => ({
		...r,
		lon: Number(r.lon),
		lat: Number(r.lat),
		ageFrom: r.ageFrom === null ? null : Number(r.ageFrom),
		ageTo: r.ageTo === null ? null : Number(r.ageTo),
		kindAgeFrom: r.kindAgeFrom === null ? null : Number(r.kindAgeFrom),
		kindAgeTo: r.kindAgeTo === null ? null : Number(r.kindAgeTo),
		updatedAt: new Date(r.updatedAt),
		capacities: typeof r.capacities === 'string' ? JSON.parse(r.capacities) : r.capacities
	}));
}

export async function findFacilityByCode(
	db: Database,
	tenantId: string,
	code: string
): Promise<{ id: string } | undefined> {
	const [row] = await db
		.select({ id: facility.id })
		.from(facility)
		.where(and(eq(facility.tenantId, tenantId), eq(facility.code, code)));
	return row;
}

/** The stored fields of one facility (what an edit changes and the audit records). */
export interface FacilityValues {
	code: string;
	name: string;
	kindId: string;
	providerId: string | null;
	departmentId: string | null;
	lifePhases: string[] | null;
	ageFrom: number | null;
	ageTo: number | null;
	street: string | null;
	postcode: string | null;
	place: string | null;
	lon: number;
	lat: number;
	validFrom: string | null;
	validTo: string | null;
}

function columns(values: FacilityValues) {
	const { lon, lat, lifePhases, ...rest } = values;
	return {
		...rest,
		lifePhases: lifePhases && lifePhases.length > 0 ? lifePhases : null,
		geom: sql`ST_SetSRID(ST_MakePoint(${lon}::float8, ${lat}::float8), 4326)` as unknown as string
	};
}

export async function insertFacility(
	db: Database,
	tenantId: string,
	values: FacilityValues,
	importId: string | null = null
): Promise<string> {
	const [row] = await db
		.insert(facility)
		.values({ tenantId, ...columns(values), importId })
		.returning({ id: facility.id });
	return row!.id;
}

export async function updateFacility(
	db: Database,
	tenantId: string,
	id: string,
	values: FacilityValues,
	now: Date
): Promise<void> {
	await db
		.update(facility)
		.set({ ...columns(values), updatedAt: now })
		.where(and(eq(facility.tenantId, tenantId), eq(facility.id, id)));
}

export async function deleteFacility(db: Database, tenantId: string, id: string): Promise<void> {
	await db.delete(facility).where(and(eq(facility.tenantId, tenantId), eq(facility.id, id)));
}

/** Replaces the places of one facility. */
export async function replaceCapacities(
	db: Database,
	tenantId: string,
	facilityId: string,
	capacities: readonly Capacity[]
): Promise<void> {
	await db
		.delete(facilityCapacity)
		.where(and(eq(facilityCapacity.tenantId, tenantId), eq(facilityCapacity.facilityId, facilityId)));
	if (capacities.length === 0) return;
	await db
		.insert(facilityCapacity)
		.values(capacities.map((c) => ({ tenantId, facilityId, code: c.code, places: c.places })));
}

/** One facility's unit on each layer of the tenant that has geometries (none where it lies outside). */
export interface FacilityLocation {
	layerId: string;
	layerCode: string;
	layerName: string;
	unitId: string | null;
	unitCode: string | null;
	unitName: string | null;
}

/**
 * The units a facility lies in: those whose outline contains its point, and their ancestors, so
 * that a layer without outlines (imported from a table) gets its unit through a layer below it
 * (issue 12). `direct`: the unit's own outline contains the point.
 */
const unitsContaining = (facilityFilter: SQL) => sql`
	with recursive hit as (
		select f.id as fid, u.id as uid, u.parent_unit_id as pid, u.layer_id as lid, true as direct
		from facility f
		join spatial_unit u on u.tenant_id = f.tenant_id and u.geom && f.geom and ST_Intersects(u.geom, f.geom)
		where ${facilityFilter}
		union
		select h.fid, p.id, p.parent_unit_id, p.layer_id, false
		from hit h join spatial_unit p on p.id = h.pid
	)`;

/**
 * The unit of every layer for one facility: the unit whose outline contains it, else (a layer
 * without outlines) the ancestor of such a unit; unit null on a layer with outlines where it lies
 * outside them. Layers neither with outlines nor reached through the hierarchy are left out.
 */
export async function locateFacility(
	db: Database,
	tenantId: string,
	facilityId: string
): Promise<FacilityLocation[]> {
	return queryRows<FacilityLocation>(
		db,
		sql`${unitsContaining(sql`f.tenant_id = ${tenantId} and f.id = ${facilityId}`)}
			select l.id as "layerId", l.code as "layerCode", l.name as "layerName",
				u.id as "unitId", u.code as "unitCode", u.name as "unitName"
			from spatial_layer l
			left join lateral (
				select u.id, u.code, u.name from hit h join spatial_unit u on u.id = h.uid
				where h.lid = l.id order by h.direct desc, u.code limit 1
			) u on true
			where l.tenant_id = ${tenantId}
				and (u.id is not null
					or exists (select 1 from spatial_unit g where g.tenant_id = l.tenant_id and g.layer_id = l.id and g.geom is not null))
			order by l.code`
	);
}

/**
 * Assignment of every facility to the unit of one layer that contains it (point in polygon with the
 * GiST index). A point on a shared boundary lies in both units: it goes to the one with the smaller
 * code, so that every facility counts once. A layer without outlines (imported from a table) is
 * reached through the hierarchy: the unit of a layer below that contains the point, then its
 * ancestors (issue 12). `unitId` null: outside every unit of the layer — reported, never dropped.
 */
export async function assignFacilities(
	db: Database,
	tenantId: string,
	layerId: string
): Promise<{ facilityId: string; unitId: string | null }[]> {
	const direct = await queryRows<{ facilityId: string; unitId: string | null }>(
		db,
		sql`select f.id as "facilityId", u.id as "unitId"
			from facility f
			left join lateral (
				select u.id from spatial_unit u
				where u.tenant_id = f.tenant_id and u.layer_id = ${layerId} and u.geom && f.geom and ST_Intersects(u.geom, f.geom)
				order by u.code limit 1
			) u on true
			where f.tenant_id = ${tenantId}`
	);
	const missing = direct.filter((a) => a.unitId === null).map((a) => a.facilityId);
	if (missing.length === 0) return direct;
	// Only where the point lies in no outline of the layer: the layer's units reached from below.
	const below = await queryRows<{ facilityId: string; unitId: string }>(
		db,
		sql`${unitsContaining(
			sql`f.tenant_id = ${tenantId} and f.id in (${sql.join(
				missing.map((id) => sql`${id}::uuid`),
				sql`, `
			)})`
		)}
			select distinct on (h.fid) h.fid as "facilityId", h.uid as "unitId"
			from hit h join spatial_unit u on u.id = h.uid
			where h.lid = ${layerId} and not h.direct
			order by h.fid, u.code`
	);
	const found = new Map(below.map((b) => [b.facilityId, b.unitId]));
	return direct.map((a) => (a.unitId === null ? { ...a, unitId: found.get(a.facilityId) ?? null } : a));
}

/**
 * Facility points in a metric CRS (for distances in the 2SFCA).
 */
export async function facilityPoints(
	db: Database,
	tenantId: string,
	metricSrid: number
): Promise<{ facilityId: string; x: number; y: number }[]> {
	const rows = await queryRows<{ facilityId: string; x: number; y: number }>(
		db,
		sql`select f.id as "facilityId", ST_X(p.g) as x, ST_Y(p.g) as y
			from facility f, lateral (select ST_Transform(f.geom, ${metricSrid}::int) as g) p
			where f.tenant_id = ${tenantId}`
	);
	return rows.map((r) => ({ facilityId: r.facilityId, x: Number(r.x), y: Number(r.y) }));
}

/** How many facilities a tenant has registered. */
export async function countFacilities(db: Database, tenantId: string): Promise<number> {
	const [row] = await queryRows<{ n: number }>(
		db,
		sql`select count(*)::int as n from facility where tenant_id = ${tenantId}`
	);
	return Number(row?.n ?? 0);
}

/**
 * Whether a point (EPSG:4326) lies in the tenant's area, i.e. in any unit of any of its layers;
 * `no_area` when the tenant has no unit with a geometry yet (nothing to check against).
 */
export async function pointInTenantArea(
	db: Database,
	tenantId: string,
	lon: number,
	lat: number
): Promise<'inside' | 'outside' | 'no_area'> {
	const [row] = await queryRows<{ inside: boolean; hasArea: boolean }>(
		db,
		sql`with p as (select ST_SetSRID(ST_MakePoint(${lon}::float8, ${lat}::float8), 4326) as g)
			select
				exists (select 1 from spatial_unit u, p where u.tenant_id = ${tenantId} and u.geom && p.g and ST_Intersects(u.geom, p.g)) as inside,
				exists (select 1 from spatial_unit u where u.tenant_id = ${tenantId} and u.geom is not null) as "hasArea"`
	);
	if (!row?.hasArea) return 'no_area';
	return row.inside ? 'inside' : 'outside';
}
