import { measureDetailResource, measureResource } from '$lib/server/api/presenters/planning';
import { listMeasures, saveMeasure } from '$lib/server/services/measure.service';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { pageOf, parsePaging } from '$lib/server/web/paging';
import { apiResult } from '$lib/server/web/respond';

/** The measures by number; a Träger gets only those it runs (the service filters). */
export const GET = (event) =>
	apiResult(async () =>
		pageOf(
			(await listMeasures(await tenantContextOf(event))).map(measureResource),
			parsePaging(event.url),
			event.url
		)
	);

/** Creates a measure; a number in use is refused (PUT on the measure changes it). */
export const POST = (event) =>
	apiResult(
		async () =>
			measureDetailResource(
				await saveMeasure(await tenantContextOf(event), await jsonBody(event.request), 'create')
			),
		201
	);
