import { computeCrosswalk, listCrosswalks } from '$lib/server/services/crosswalk.service';
import { serviceContext } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

/** The tenant's crosswalks between layers (without their weights). */
export const GET = (event) => apiResult(() => listCrosswalks(serviceContext(event), event.params.tenant));

/** Computes a crosswalk (replacing the one of the same pair, method and date). */
export const POST = (event) =>
	apiResult(
		async () =>
			computeCrosswalk(
				serviceContext(event),
				event.params.tenant,
				(await jsonBody(event.request)) as Parameters<typeof computeCrosswalk>[2]
			),
		201
	);
