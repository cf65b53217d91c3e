import { z } from 'zod';
import type { Database } from '../db/client';
import { insertAuditEntry, listAuditEntries, type AuditRow } from '../repositories/audit.repository';
import { actorLabel, actorUserId, authorize, type ServiceContext } from './context';
import type { TenantContext } from './tenant-context';
import { parseInput } from './validation';

export interface AuditChange {
	tenantId: string;
	entity: string;
	entityId: string;
	action: 'create' | 'update' | 'delete';
	before?: unknown;
	after?: unknown;
}

/** Records a change. Call it with the transaction that makes the change, so both commit or neither. */
export async function recordChange(tx: Database, ctx: ServiceContext, change: AuditChange): Promise<void> {
	await insertAuditEntry(tx, {
		tenantId: change.tenantId,
		at: ctx.now,
		userId: actorUserId(ctx.actor),
		actor: actorLabel(ctx.actor),
		entity: change.entity,
		entityId: change.entityId,
		action: change.action,
		before: change.before ?? null,
		after: change.after ?? null
	});
}

/**
 * A change to something that belongs to a user rather than a tenant (password, API token) is
 * recorded in every tenant the user belongs to, so each tenant's admins see it in their log.
 */
export async function recordUserChange(
	tx: Database,
	ctx: ServiceContext,
	tenantIds: readonly string[],
	change: Omit<AuditChange, 'tenantId'>
): Promise<void> {
	for (const tenantId of tenantIds) await recordChange(tx, ctx, { ...change, tenantId });
}

const auditQuery = z.object({
	page: z.coerce.number().int().min(1).default(1),
	pageSize: z.coerce.number().int().min(1).max(500).default(50),
	entity: z.string().trim().min(1).max(64).optional()
});

export interface AuditPage {
	entries: AuditRow[];
	total: number;
	page: number;
	pageSize: number;
}

export async function listAudit(tc: TenantContext, query: unknown = {}): Promise<AuditPage> {
	const { page, pageSize, entity } = parseInput(auditQuery, query);
	authorize(tc, 'audit.read', { tenantId: tc.tenant.id });
	const { rows, total } = await listAuditEntries(tc.db, tc.tenant.id, {
		limit: pageSize,
		offset: (page - 1) * pageSize,
		entity
	});
	return { entries: rows, total, page, pageSize };
}
