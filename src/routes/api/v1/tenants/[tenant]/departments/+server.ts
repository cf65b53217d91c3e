import { createDepartment, listDepartments } from '$lib/server/services/tenant.service';
import { serviceContext } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

export const GET = (event) => apiResult(() => listDepartments(serviceContext(event), event.params.tenant));

export const POST = (event) =>
	apiResult(
		async () => createDepartment(serviceContext(event), event.params.tenant, await jsonBody(event.request)),
		201
	);
