import { computeCrosswalk, listCrosswalks } from '$lib/server/services/crosswalk.service';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

/** The tenant's crosswalks between layers (without their weights). */
export const GET = (event) => apiResult(async () => listCrosswalks(await tenantContextOf(event)));

/** Computes a crosswalk (replacing the one of the same pair, method and date). */
export const POST = (event) =>
	apiResult(
		async () =>
			computeCrosswalk(
				await tenantContextOf(event),
				(await jsonBody(event.request)) as Parameters<typeof computeCrosswalk>[1]
			),
		201
	);
