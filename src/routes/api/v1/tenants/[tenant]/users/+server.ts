import { createUser, listUsers } from '$lib/server/services/user.service';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

export const GET = (event) => apiResult(async () => listUsers(await tenantContextOf(event)));

export const POST = (event) =>
	apiResult(async () => createUser(await tenantContextOf(event), await jsonBody(event.request)), 201);
