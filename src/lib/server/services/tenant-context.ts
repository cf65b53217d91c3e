import { AppError } from '../../core/errors';
import { findTenantWithAuditVersion } from '../repositories/audit.repository';
import type { TenantRow } from '../repositories/tenant.repository';
import { authorize, type ServiceContext } from './context';

/**
 * The service context of one tenant: resolved from its slug once per request (page, API call,
 * CLI command) and handed to every use case, which then needs neither the slug nor another
 * look-up. `dataVersion` is the tenant's audit stamp read together with the tenant: every import,
 * rollback and (re)definition writes an audit entry, so the stamp changes with the data, and the
 * value cache and the tenant memo (server/values/) keep what they computed under it.
 *
 * The stamp is read BEFORE anything is computed with the context, so nothing cached under it is
 * older than the stamp. Build a new context after a change: one built before it reads the
 * tenant's data as they were (the web accessor does so for form posts, web/context.ts).
 */
export interface TenantContext extends ServiceContext {
	tenant: TenantRow;
	dataVersion: string;
}

async function stamped(ctx: ServiceContext, slug: string) {
	const found = await findTenantWithAuditVersion(ctx.db, slug);
	if (!found) throw new AppError('tenant.not_found', { tenant: slug });
	return found;
}

/** The tenant of the slug for one of its members (or the system); others are refused here, once. */
export async function tenantContext(ctx: ServiceContext, slug: string): Promise<TenantContext> {
	const { tenant, version } = await stamped(ctx, slug);
	authorize(ctx, 'tenant.read', { tenantId: tenant.id });
	return { db: ctx.db, actor: ctx.actor, now: ctx.now, tenant, dataVersion: version };
}

/** The tenant of the slug for the public portal: anyone may read what the tenant publishes. */
export async function publicTenantContext(ctx: ServiceContext, slug: string): Promise<TenantContext> {
	const { tenant, version } = await stamped(ctx, slug);
	authorize(ctx, 'public.read', { tenantId: tenant.id });
	return { db: ctx.db, actor: ctx.actor, now: ctx.now, tenant, dataVersion: version };
}
