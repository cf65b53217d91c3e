import { can } from '$lib/core/auth/policy';
import { AppError } from '$lib/core/errors';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

/** The area shows nothing yet, but it is the administration's: a Träger (no data.read) is refused. */
export const load: PageServerLoad = async (event) => {
	const { tenant } = await event.parent();
	await loadResult(async () => {
		if (!can(event.locals.actor, 'data.read', { tenantId: tenant.id })) throw new AppError('auth.forbidden');
	});
	return {};
};
