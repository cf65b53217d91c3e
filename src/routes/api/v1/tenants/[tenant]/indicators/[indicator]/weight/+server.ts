import { indicatorResource } from '$lib/server/api/presenters/indicators';
import { setIndicatorWeight } from '$lib/server/services/indicator-weight.service';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

/**
 * Sets how a directly imported indicator aggregates above its layer: `weight` (variable code or
 * null), `weightStandIn` (the weight stands in for the reference population) and `weightNote`.
 */
export const PUT = (event) =>
	apiResult(async () =>
		indicatorResource(
			await setIndicatorWeight(
				await tenantContextOf(event),
				event.params.indicator,
				await jsonBody(event.request)
			)
		)
	);
