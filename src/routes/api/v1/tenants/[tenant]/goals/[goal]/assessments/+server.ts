import { assessmentResource } from '$lib/server/api/presenters/goals';
import { assessGoal, listAssessments } from '$lib/server/services/goal-assessment.service';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

/** The dated assessments of a qualitative goal, oldest first. */
export const GET = (event) =>
	apiResult(async () =>
		(await listAssessments(await tenantContextOf(event), event.params.goal)).map(assessmentResource)
	);

/** A new assessment by the goal's owner; it never replaces an earlier one. */
export const POST = (event) =>
	apiResult(async () => {
		const tc = await tenantContextOf(event);
		return assessmentResource(await assessGoal(tc, event.params.goal, await jsonBody(event.request)));
	}, 201);
