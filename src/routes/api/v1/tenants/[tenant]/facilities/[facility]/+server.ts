import { deleteFacility, getFacility, updateFacility } from '$lib/server/services/facility.service';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

/** One facility with its places and the unit of every layer that contains it. */
export const GET = (event) =>
	apiResult(async () => getFacility(await tenantContextOf(event), event.params.facility));

/** Replaces every field of the facility (the whole input, as for POST). */
export const PUT = (event) =>
	apiResult(async () => {
		await updateFacility(await tenantContextOf(event), event.params.facility, await jsonBody(event.request));
		return { ok: true };
	});

export const DELETE = (event) =>
	apiResult(async () => {
		await deleteFacility(await tenantContextOf(event), event.params.facility);
		return { ok: true };
	});
