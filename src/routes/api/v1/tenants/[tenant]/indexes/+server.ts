import { defineCompositeIndex } from '$lib/server/services/composite-index.service';
import { listCompositeIndexes } from '$lib/server/values/composite-index';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

/** The social indexes of a tenant with their definitions and the dates they were computed for. */
export const GET = (event) => apiResult(async () => listCompositeIndexes(await tenantContextOf(event)));

/** Defines an index (or replaces the definition with the same code). */
export const POST = (event) =>
	apiResult(
		async () => defineCompositeIndex(await tenantContextOf(event), await jsonBody(event.request)),
		201
	);
