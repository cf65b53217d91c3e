import { outputResource } from '$lib/server/api/presenters/planning';
import { reportOutput } from '$lib/server/services/measure-progress.service';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

/** An output figure for a period; a second report of the same period replaces the first. */
export const POST = (event) =>
	apiResult(async () => {
		const tc = await tenantContextOf(event);
		return outputResource(await reportOutput(tc, event.params.measure, await jsonBody(event.request)));
	}, 201);
