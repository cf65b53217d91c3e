import { membershipIn } from '$lib/core/auth/policy';
import { listMyTenants } from '$lib/server/services/tenant.service';
import { serviceContext } from '$lib/server/web/context';
import type { LayoutServerLoad } from './$types';

/** What every page needs: language, the CSRF token for forms, who is signed in and their tenants. */
export const load: LayoutServerLoad = async (event) => {
	const { locals } = event;
	const tenants = locals.user ? await listMyTenants(serviceContext(event)) : [];
	const memberships = tenants.flatMap((tenant) => {
		const membership = membershipIn(locals.actor, tenant.id);
		return membership ? [{ slug: tenant.slug, name: tenant.name, role: membership.role }] : [];
	});
	return {
		locale: locals.locale,
		csrfToken: locals.csrfToken,
		user: locals.user ? { displayName: locals.user.displayName, username: locals.user.username } : null,
		memberships
	};
};
