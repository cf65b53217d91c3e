import { createProvider, listProviders } from '$lib/server/services/facility-taxonomy.service';
import { serviceContext } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

/** The Träger of the tenant; a Träger account sees only its own. */
export const GET = (event) => apiResult(() => listProviders(serviceContext(event), event.params.tenant));

export const POST = (event) =>
	apiResult(
		async () => createProvider(serviceContext(event), event.params.tenant, await jsonBody(event.request)),
		201
	);
