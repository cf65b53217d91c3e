import { redirect } from '@sveltejs/kit';
import { isLocale } from '$lib/core/i18n/locale';
import { setLocaleCookie } from '$lib/server/web/cookies';
import { refererPath, safeReturnPath } from '$lib/server/web/return-path';
import type { Actions, PageServerLoad } from './$types';

/** The language switch posts here; there is nothing to show. */
export const load: PageServerLoad = () => redirect(303, '/');

export const actions = {
	default: async ({ request, cookies, url }) => {
		const form = await request.formData();
		const language = form.get('sprache');
		if (typeof language === 'string' && isLocale(language)) setLocaleCookie(cookies, language);
		const back = form.get('zurueck') ?? refererPath(request.headers.get('referer'), url.origin);
		redirect(303, safeReturnPath(back));
	}
} satisfies Actions;
