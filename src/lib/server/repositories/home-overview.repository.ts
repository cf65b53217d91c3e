import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { queryRows } from '../db/raw-query';

/** How much a tenant holds, counted in one round trip for its home page. */
export interface TenantCounts {
	variables: number;
	indicators: number;
	crosswalks: number;
	facilities: number;
	providers: number;
}

export async function tenantCounts(db: Database, tenantId: string): Promise<TenantCounts> {
	const [row] = await queryRows<Record<keyof TenantCounts, number | string>>(
		db,
		sql`select
			(select count(*) from variable where tenant_id = ${tenantId})::int as variables,
			(select count(*) from indicator where tenant_id = ${tenantId})::int as indicators,
			(select count(*) from crosswalk where tenant_id = ${tenantId})::int as crosswalks,
			(select count(*) from facility where tenant_id = ${tenantId})::int as facilities,
			(select count(*) from provider where tenant_id = ${tenantId})::int as providers`
	);
	return {
		variables: Number(row?.variables ?? 0),
		indicators: Number(row?.indicators ?? 0),
		crosswalks: Number(row?.crosswalks ?? 0),
		facilities: Number(row?.facilities ?? 0),
		providers: Number(row?.providers ?? 0)
	};
}

export interface KindCount {
	code: string;
	name: string;
	count: number;
}

/**
 * Facilities per kind, most first; only kinds that have any. With a provider, only that
 * provider's facilities (what a Träger may see).
 */
export async function facilityCountsByKind(
	db: Database,
	tenantId: string,
	providerId: string | null = null
): Promise<KindCount[]> {
	const own = providerId ? sql`and f.provider_id = ${providerId}` : sql``;
	const rows = await queryRows<{ code: string; name: string; count: number | string }>(
		db,
		sql`select k.code, k.name, count(*)::int as count
			from facility f
			join facility_kind k on k.tenant_id = f.tenant_id and k.id = f.kind_id
			where f.tenant_id = ${tenantId} ${own}
			group by k.code, k.name
			order by count(*) desc, k.name`
	);
	return rows.map((r) => ({ code: r.code, name: r.name, count: Number(r.count) }));
}
