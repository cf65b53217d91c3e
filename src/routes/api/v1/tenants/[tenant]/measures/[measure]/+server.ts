import { measureDetailResource } from '$lib/server/api/presenters/planning';
import { getMeasure, saveMeasure } from '$lib/server/services/measure.service';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

export const GET = (event) =>
	apiResult(async () =>
		measureDetailResource(await getMeasure(await tenantContextOf(event), event.params.measure))
	);

/** Replaces every field of the measure; the number in the path holds, whatever the body says. */
export const PUT = (event) =>
	apiResult(async () => {
		const body = await jsonBody(event.request);
		const input = typeof body === 'object' && body !== null ? body : {};
		return measureDetailResource(
			await saveMeasure(await tenantContextOf(event), { ...input, code: event.params.measure }, 'update')
		);
	});
