import { createDepartment, listDepartments } from '$lib/server/services/tenant.service';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

export const GET = (event) => apiResult(async () => listDepartments(await tenantContextOf(event)));

export const POST = (event) =>
	apiResult(async () => createDepartment(await tenantContextOf(event), await jsonBody(event.request)), 201);
