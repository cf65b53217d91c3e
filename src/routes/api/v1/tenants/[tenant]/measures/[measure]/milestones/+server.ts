import { milestoneResource } from '$lib/server/api/presenters/planning';
import { saveMilestones } from '$lib/server/services/measure-progress.service';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

export const PUT = (event) =>
	apiResult(async () =>
		(
			await saveMilestones(await tenantContextOf(event), event.params.measure, await jsonBody(event.request))
		).map(milestoneResource)
	);
