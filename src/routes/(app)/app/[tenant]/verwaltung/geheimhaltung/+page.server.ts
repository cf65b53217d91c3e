import { AppError } from '$lib/core/errors';
import { getDisclosureSettings, setDisclosureSettings } from '$lib/server/services/disclosure.service';
import { serviceContext } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { tenant, capabilities } = await event.parent();
	const ctx = serviceContext(event);
	const settings = await loadResult(async () => {
		// The rules decide what leaves the tenant: only its administration sees this page.
		if (!capabilities.manageTenant) throw new AppError('auth.forbidden');
		return getDisclosureSettings(ctx, tenant.slug);
	});
	return { settings };
};

export const actions = {
	speichern: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, () =>
			setDisclosureSettings(serviceContext(event), event.params.tenant, {
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
