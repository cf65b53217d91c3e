import { redirect } from '@sveltejs/kit';
import { mayWriteFacility } from '$lib/core/auth/capabilities';
import { facilityFormInput, formWithJoinedPhases } from '$lib/components/facilities/facility-form';
import { deleteFacility, getFacility, updateFacility } from '$lib/server/services/facility.service';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import { facilityFormOptions } from '../form-options';
import type { Actions, PageServerLoad } from './$types';

/** One facility: every field, its places and where it lies; the edit and delete forms for those who may. */
export const load: PageServerLoad = async (event) => {
	const tc = await loadResult(() => tenantContextOf(event));
	const [facility, options] = await loadResult(() =>
		Promise.all([getFacility(tc, event.params.facility), facilityFormOptions(tc)])
	);
	const canWrite = mayWriteFacility(tc.actor, tc.tenant.id, facility);
	return {
		facility: { ...facility, updatedAt: facility.updatedAt.toISOString() },
		...options,
		canWrite,
		created: event.url.searchParams.has('angelegt')
	};
};

export const actions = {
	speichern: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(formWithJoinedPhases(form), async () =>
			updateFacility(await tenantContextOf(event), event.params.facility, facilityFormInput(form))
		);
		if (isFormFailure(result)) return result;
		return { done: 'speichern' as const };
	},
	loeschen: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () => {
			const tc = await tenantContextOf(event);
			const facility = await getFacility(tc, event.params.facility);
			await deleteFacility(tc, event.params.facility);
			return facility.name;
		});
		if (isFormFailure(result)) return result;
		redirect(303, `/app/${event.params.tenant}/angebote?geloescht=${encodeURIComponent(result)}`);
	}
} satisfies Actions;
