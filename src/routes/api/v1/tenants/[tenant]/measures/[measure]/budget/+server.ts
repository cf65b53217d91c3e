import { budgetLineResource } from '$lib/server/api/presenters/planning';
import { saveBudget } from '$lib/server/services/measure-progress.service';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

export const PUT = (event) =>
	apiResult(async () =>
		(await saveBudget(await tenantContextOf(event), event.params.measure, await jsonBody(event.request))).map(
			budgetLineResource
		)
	);
