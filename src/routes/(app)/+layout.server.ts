import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

/** The workspace is for signed-in users; others sign in and come back to where they wanted to go. */
export const load: LayoutServerLoad = ({ locals, url }) => {
	if (!locals.user) {
		const next = encodeURIComponent(url.pathname + url.search);
		redirect(303, `/anmelden?weiter=${next}${locals.sessionExpired ? '&abgelaufen=1' : ''}`);
	}
	return {};
};
