import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** The start: sign in first; then straight into the one tenant, or a choice between several. */
export const load: PageServerLoad = async ({ locals, parent }) => {
	if (!locals.user) redirect(303, locals.sessionExpired ? '/anmelden?abgelaufen=1' : '/anmelden');
	const { memberships } = await parent();
	if (memberships.length === 1) redirect(303, `/app/${memberships[0]!.slug}`);
	return {};
};
