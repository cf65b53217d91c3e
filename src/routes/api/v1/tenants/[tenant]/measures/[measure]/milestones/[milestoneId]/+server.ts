import { milestoneResource } from '$lib/server/api/presenters/planning';
import { reportMilestone } from '$lib/server/services/measure-progress.service';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

/** Progress: the milestone reached on a date (`doneOn`), or open again (null). */
export const PATCH = (event) =>
	apiResult(async () => {
		const body = (await jsonBody(event.request)) as { doneOn?: string | null } | null;
		return milestoneResource(
			await reportMilestone(
				await tenantContextOf(event),
				event.params.measure,
				event.params.milestoneId,
				body?.doneOn ?? null
			)
		);
	});
