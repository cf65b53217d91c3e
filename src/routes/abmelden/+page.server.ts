import { redirect } from '@sveltejs/kit';
import { database } from '$lib/server/runtime';
import { logout } from '$lib/server/services/auth.service';
import { clearSessionCookie, sessionCookie } from '$lib/server/web/cookies';
import type { Actions, PageServerLoad } from './$types';

/** Signing out is a POST (a link could be triggered by another site); GET only asks. */
export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.user) redirect(303, '/anmelden');
	return {};
};

export const actions = {
	default: async ({ cookies }) => {
		const token = cookies.get(sessionCookie);
		if (token) await logout(database(), token);
		clearSessionCookie(cookies);
		redirect(303, '/anmelden');
	}
} satisfies Actions;
