import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { auditEntry, tenant } from '../db/schema';
import type { TenantRow } from './tenant.repository';

export type AuditRow = typeof auditEntry.$inferSelect;

export async function insertAuditEntry(db: Database, values: typeof auditEntry.$inferInsert): Promise<void> {
	await db.insert(auditEntry).values(values);
}

export async function listAuditEntries(
	db: Database,
	tenantId: string,
	options: { limit: number; offset: number; entity?: string }
): Promise<{ rows: AuditRow[]; total: number }> {
	const where = and(
		eq(auditEntry.tenantId, tenantId),
		options.entity ? eq(auditEntry.entity, options.entity) : undefined
	);
	const rows = await db
		.select()
		.from(auditEntry)
		.where(where)
		.orderBy(desc(auditEntry.at), desc(auditEntry.id))
		.limit(options.limit)
		.offset(options.offset);
	const [count] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(auditEntry)
		.where(where);
	return { rows, total: count?.n ?? 0 };
}

/**
 * The entries of some objects (an entity and its ids each), newest first, at most `limit`: one
 * object's own history, such as a goal and its assessments on the goal page.
 */
export async function auditEntriesOf(
	db: Database,
	tenantId: string,
	objects: readonly { entity: string; ids: readonly string[] }[],
	limit: number
): Promise<AuditRow[]> {
	const wanted = objects
		.filter((o) => o.ids.length > 0)
		.map((o) => and(eq(auditEntry.entity, o.entity), inArray(auditEntry.entityId, [...o.ids])));
	if (wanted.length === 0) return [];
	return db
		.select()
		.from(auditEntry)
		.where(and(eq(auditEntry.tenantId, tenantId), or(...wanted)))
		.orderBy(desc(auditEntry.at), desc(auditEntry.id))
		.limit(limit);
}

/**
 * A tenant found by its slug, with a stamp that changes with every committed change of its data:
 * every change is audited in its own transaction (rule 4), so the number of entries grows with
 * each commit. The latest time alone would not do: an import's entry carries its transaction's
 * start time, which can be older than an entry committed meanwhile. One statement (the API's hot
 * path), counted through the (tenant_id, at) index.
 */
export async function findTenantWithAuditVersion(
	db: Database,
	slug: string
): Promise<{ tenant: TenantRow; version: string } | undefined> {
	// Written out with aliases: inside a subquery, drizzle's unqualified column names would bind
	// to audit_entry's own columns (it has an id and a tenant_id too).
	const [row] = await db
		.select({
			tenant,
			version: sql<string>`(select count(*)::text || '@' || coalesce(max(a.at)::text, '')
				from audit_entry a where a.tenant_id = "tenant"."id")`
		})
		.from(tenant)
		.where(eq(tenant.slug, slug));
	return row;
}
