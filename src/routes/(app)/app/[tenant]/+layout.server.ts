import { can, membershipIn } from '$lib/core/auth/policy';
import { tenantContextOf } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { LayoutServerLoad } from './$types';

/** The tenant of the URL; a tenant the user does not belong to is a 403, an unknown one a 404. */
export const load: LayoutServerLoad = async (event) => {
	await event.parent();
	// Built once per request and shared with the page's load (web/context.ts).
	const { tenant } = await loadResult(() => tenantContextOf(event));
	const actor = event.locals.actor;
	const membership = membershipIn(actor, tenant.id);
	const canReadData = can(actor, 'data.read', { tenantId: tenant.id });
	const canManageUsers = can(actor, 'users.manage', { tenantId: tenant.id });
	const canReadAudit = can(actor, 'audit.read', { tenantId: tenant.id });
	const canManageTenant = can(actor, 'tenant.manage', { tenantId: tenant.id });
	return {
		tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name, kind: tenant.kind, ags: tenant.ags },
		role: membership?.role ?? null,
		departmentId: membership?.departmentId ?? null,
		tenantNav: {
			slug: tenant.slug,
			name: tenant.name,
			canReadData,
			canManageUsers,
			canReadAudit,
			canManageTenant
		}
	};
};
