import { fail, redirect } from '@sveltejs/kit';
import { changeOwnPassword } from '$lib/server/services/auth.service';
import { clearSessionCookie } from '$lib/server/web/cookies';
import { serviceContext } from '$lib/server/web/context';
import { formResult, isFormFailure, type FormFailure } from '$lib/server/web/respond';
import { t } from '$lib/core/i18n/translate';
import type { Actions } from './$types';

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
	}
} satisfies Actions;
