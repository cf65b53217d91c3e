import { listFacilityKinds, saveFacilityKind } from '$lib/server/services/facility-taxonomy.service';
import { serviceContext } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

/** The tenant's taxonomy of kinds (Angebotsarten). */
export const GET = (event) => apiResult(() => listFacilityKinds(serviceContext(event), event.params.tenant));

/** Creates a kind, or changes the one with the same code. */
export const POST = (event) =>
	apiResult(
		async () => saveFacilityKind(serviceContext(event), event.params.tenant, await jsonBody(event.request)),
		201
	);
