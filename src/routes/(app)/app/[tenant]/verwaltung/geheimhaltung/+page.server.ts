import { AppError } from '$lib/core/errors';
import { getDisclosureSettings, setDisclosureSettings } from '$lib/server/services/disclosure.service';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	const tc = await loadResult(() => tenantContextOf(event));
	const settings = await loadResult(async () => {
		// The rules decide what leaves the tenant: only its administration sees this page.
		if (!capabilities.manageTenant) throw new AppError('auth.forbidden');
		return getDisclosureSettings(tc);
	});
	return { settings };
};

export const actions = {
	speichern: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () =>
			setDisclosureSettings(await tenantContextOf(event), {
				minimumCount: form.get('minimumCount'),
				method: form.get('method'),
				roundingBase: form.get('roundingBase'),
				publishZeros: form.get('publishZeros') === 'ja',
				published: form.get('published') === 'ja'
			})
		);
		if (isFormFailure(result)) return result;
		return { saved: true };
	}
} satisfies Actions;
