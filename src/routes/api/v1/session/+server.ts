import { AppError } from '$lib/core/errors';
import { listMyTenants } from '$lib/server/services/tenant.service';
import { serviceContext } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

/**
 * Who is logged in, with their tenants and roles, and the CSRF token that API calls changing data
 * with this session cookie must send in the `x-csrf-token` header.
 */
export const GET = (event) =>
	apiResult(async () => {
		const { actor } = event.locals;
		if (actor.kind !== 'user' || !event.locals.user) throw new AppError('auth.unauthenticated');
		const tenants = await listMyTenants(serviceContext(event));
		return {
			user: event.locals.user,
			csrfToken: event.locals.csrfToken,
			memberships: actor.memberships.map((m) => {
				const tenant = tenants.find((t) => t.id === m.tenantId);
				return { tenant: tenant?.slug, tenantName: tenant?.name, role: m.role, departmentId: m.departmentId };
			})
		};
	});
