import { createFacility, listFacilities } from '$lib/server/services/facility.service';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { pageOf, parsePaging } from '$lib/server/web/paging';
import { apiResult } from '$lib/server/web/respond';

/**
 * The facility register: filtered by kind (code), provider and department (ids) and a text search
 * `q`; a Träger gets only its own facilities (the service filters).
 */
export const GET = (event) =>
	apiResult(async () => {
		const paging = parsePaging(event.url);
		const params = event.url.searchParams;
		const facilities = await listFacilities(await tenantContextOf(event), {
			kindCode: params.get('kind') || undefined,
			providerId: params.get('provider') || undefined,
			departmentId: params.get('department') || undefined,
			search: params.get('q') ?? ''
		});
		return pageOf(facilities, paging, event.url);
	});

export const POST = (event) =>
	apiResult(async () => {
		const id = await createFacility(await tenantContextOf(event), await jsonBody(event.request));
		return { id };
	}, 201);
