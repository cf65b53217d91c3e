import { redirect } from '@sveltejs/kit';
import { facilityFormInput, formWithJoinedPhases } from '$lib/components/facilities/facility-form';
import { createFacility } from '$lib/server/services/facility.service';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import { facilityFormOptions } from '../form-options';
import type { Actions, PageServerLoad } from './$types';

/**
 * A new facility. The kind can be chosen first (`?art=kita`, a GET form), so that the form offers
 * that kind's places also without JavaScript.
 */
export const load: PageServerLoad = async (event) => {
	const options = await loadResult(async () => facilityFormOptions(await tenantContextOf(event)));
	const kind = options.kinds.find((k) => k.code === event.url.searchParams.get('art')) ?? null;
	return { ...options, kindCode: kind?.code ?? '' };
};

export const actions = {
	anlegen: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(formWithJoinedPhases(form), async () =>
			createFacility(await tenantContextOf(event), facilityFormInput(form))
		);
		if (isFormFailure(result)) return result;
		redirect(303, `/app/${event.params.tenant}/angebote/einrichtungen/${result}?angelegt=1`);
	}
} satisfies Actions;
