import { listFacilityKinds, saveFacilityKind } from '$lib/server/services/facility-taxonomy.service';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

/** The tenant's taxonomy of kinds (Angebotsarten). */
export const GET = (event) => apiResult(async () => listFacilityKinds(await tenantContextOf(event)));

/** Creates a kind, or changes the one with the same code. */
export const POST = (event) =>
	apiResult(async () => saveFacilityKind(await tenantContextOf(event), await jsonBody(event.request)), 201);
