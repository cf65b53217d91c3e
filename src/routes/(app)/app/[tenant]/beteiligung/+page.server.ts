import { AppError } from '$lib/core/errors';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

/** The area shows nothing yet, but it is the administration's: a Träger (no data.read) is refused. */
export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	await loadResult(async () => {
		if (!capabilities.readData) throw new AppError('auth.forbidden');
	});
	return {};
};
