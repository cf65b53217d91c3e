import { redirect } from '@sveltejs/kit';
import { createBody, listBodies } from '$lib/server/services/body.service';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

/** The bodies of the tenant and, for planners, the form to add one. */
export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	const bodies = await loadResult(async () => listBodies(await tenantContextOf(event)));
	return { bodies, canWrite: capabilities.writeSharedData };
};

export const actions = {
	anlegen: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () =>
			createBody(await tenantContextOf(event), {
				name: form.get('name') ?? '',
				kind: form.get('kind') ?? '',
				description: form.get('description') ?? ''
			})
		);
		if (isFormFailure(result)) return result;
		redirect(303, `${event.url.pathname}/${result.id}?angelegt`);
	}
} satisfies Actions;
