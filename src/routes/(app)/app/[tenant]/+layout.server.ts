import { capabilities } from '$lib/core/auth/capabilities';
import { membershipIn } from '$lib/core/auth/policy';
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
	// What the user may do here, asked of the policy once: pages take it from their parent.
	const may = capabilities(actor, tenant.id);
	return {
		tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name, kind: tenant.kind, ags: tenant.ags },
		role: membership?.role ?? null,
		departmentId: membership?.departmentId ?? null,
		capabilities: may,
		tenantNav: {
			slug: tenant.slug,
			name: tenant.name,
			canReadData: may.readData,
			canManageUsers: may.manageUsers,
			canReadAudit: may.readAudit,
			canManageTenant: may.manageTenant,
			canReportOwnMeasures: !may.readData && may.reportMeasures
		}
	};
};
