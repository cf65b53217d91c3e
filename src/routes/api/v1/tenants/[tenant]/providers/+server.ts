import { createProvider, listProviders } from '$lib/server/services/facility-taxonomy.service';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

/** The Träger of the tenant; a Träger account sees only its own. */
export const GET = (event) => apiResult(async () => listProviders(await tenantContextOf(event)));

export const POST = (event) =>
	apiResult(async () => createProvider(await tenantContextOf(event), await jsonBody(event.request)), 201);
