import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { auditEntry } from '../db/schema';

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
