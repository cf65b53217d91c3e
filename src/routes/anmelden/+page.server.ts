import { redirect } from '@sveltejs/kit';
import { getConfig } from '$lib/server/config';
import { database } from '$lib/server/runtime';
import { login } from '$lib/server/services/auth.service';
import { setSessionCookie } from '$lib/server/web/cookies';
import { formResult, isFormFailure } from '$lib/server/web/respond';
import { safeReturnPath } from '$lib/server/web/return-path';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const next = safeReturnPath(url.searchParams.get('weiter'));
	if (locals.user) redirect(303, next);
	return {
		next,
		expired: locals.sessionExpired || url.searchParams.get('abgelaufen') === '1',
		passwordChanged: url.searchParams.get('passwort-geaendert') === '1'
	};
};

export const actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, () =>
			login(
				database(),
				{ login: form.get('login') ?? '', password: form.get('password') ?? '' },
				{
					address: event.getClientAddress(),
					userAgent: event.request.headers.get('user-agent'),
					now: new Date()
				},
				getConfig()
			)
		);
		if (isFormFailure(result)) return result;
		setSessionCookie(event.cookies, result.token, result.expiresAt);
		redirect(303, safeReturnPath(form.get('weiter')));
	}
} satisfies Actions;
