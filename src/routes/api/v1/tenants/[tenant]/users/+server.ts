import { createUser, listUsers } from '$lib/server/services/user.service';
import { serviceContext } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

export const GET = (event) => apiResult(() => listUsers(serviceContext(event), event.params.tenant));

export const POST = (event) =>
	apiResult(
		async () => createUser(serviceContext(event), event.params.tenant, await jsonBody(event.request)),
		201
	);
