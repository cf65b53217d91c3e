import { listFieldsOfAction, saveFieldOfAction } from '$lib/server/services/field-of-action.service';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

/** The Handlungsfelder with the departments that own them. */
export const GET = (event) => apiResult(async () => listFieldsOfAction(await tenantContextOf(event)));

export const POST = (event) =>
	apiResult(async () => saveFieldOfAction(await tenantContextOf(event), await jsonBody(event.request)), 201);
