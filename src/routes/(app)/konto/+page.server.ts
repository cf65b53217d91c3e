import { fail, redirect } from '@sveltejs/kit';
import { createApiToken, listApiTokens, revokeApiToken } from '$lib/server/services/api-token.service';
import { changeOwnPassword } from '$lib/server/services/auth.service';
import { clearSessionCookie } from '$lib/server/web/cookies';
import { serviceContext } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult, type FormFailure } from '$lib/server/web/respond';
import { t } from '$lib/core/i18n/translate';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	tokens: await loadResult(() => listApiTokens(serviceContext(event)))
});

export const actions = {
	passwort: async (event) => {
		const form = await event.request.formData();
		const newPassword = form.get('newPassword') ?? '';
		if (newPassword !== (form.get('newPasswordRepeat') ?? '')) {
			const message = t(event.locals.locale, 'account.mismatch');
			const failure: FormFailure = {
				error: { code: 'validation.invalid', message, fields: { newPasswordRepeat: message } },
				values: {}
			};
			return fail(400, failure);
		}
		const result = await formResult(form, () =>
			changeOwnPassword(serviceContext(event), {
				currentPassword: form.get('currentPassword') ?? '',
				newPassword
			})
		);
		if (isFormFailure(result)) {
			if (result.data.error.code !== 'auth.invalid_credentials') return result;
			// Here the wrong password is the current one, not a failed sign-in.
			const message = t(event.locals.locale, 'account.wrongCurrent');
			const failure: FormFailure = {
				error: { code: 'auth.invalid_credentials', message, fields: { currentPassword: message } },
				values: {}
			};
			return fail(400, failure);
		}
		// All sessions have ended, this one too: sign in again with the new password.
		clearSessionCookie(event.cookies);
		redirect(303, '/anmelden?passwort-geaendert=1');
	},
	schluessel: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, () =>
			createApiToken(serviceContext(event), {
				name: form.get('name') ?? '',
				expiresInDays: form.get('expiresInDays') ?? '',
				publicOnly: form.get('publicOnly') ?? ''
			})
		);
		// The token form shows its own errors, apart from the password form's.
		if (isFormFailure(result)) return fail(result.status, { ...result.data, tokenForm: true as const });
		return { createdToken: result.token, createdName: result.info.name };
	},
	widerrufen: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, () =>
			revokeApiToken(serviceContext(event), String(form.get('id') ?? ''))
		);
		if (isFormFailure(result)) return fail(result.status, { ...result.data, tokenForm: true as const });
		return { revoked: true as const };
	}
} satisfies Actions;
