import { goalDetailResource } from '$lib/server/api/presenters/goals';
import { listAssessments } from '$lib/server/services/goal-assessment.service';
import { saveGoal } from '$lib/server/services/goal.service';
import type { TenantContext } from '$lib/server/services/tenant-context';
import { checkGoalNow, ratingHistory } from '$lib/server/values/goal-check';
import { indicatorUnits } from '$lib/server/values/goal-facts';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

async function detail(tc: TenantContext, code: string) {
	const [check, units, history, assessments] = await Promise.all([
		checkGoalNow(tc, code),
		indicatorUnits(tc),
		ratingHistory(tc, code),
		listAssessments(tc, code)
	]);
	return goalDetailResource(check, units.get(check.goal.indicatorCode ?? '') ?? null, history, assessments);
}

/** A goal with its units, the history of its rating and its assessments. */
export const GET = (event) => apiResult(async () => detail(await tenantContextOf(event), event.params.goal));

/** Replaces every field of the goal; the number in the path holds, whatever the body says. */
export const PUT = (event) =>
	apiResult(async () => {
		const tc = await tenantContextOf(event);
		const body = await jsonBody(event.request);
		const input = typeof body === 'object' && body !== null ? body : {};
		await saveGoal(tc, { ...input, code: event.params.goal }, 'update');
		return detail(tc, event.params.goal);
	});
