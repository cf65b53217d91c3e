import { goalResource } from '$lib/server/api/presenters/goals';
import { latestAssessmentsOf } from '$lib/server/services/goal-assessment.service';
import { saveGoal } from '$lib/server/services/goal.service';
import { checkAllGoals, checkGoalNow } from '$lib/server/values/goal-check';
import { indicatorUnits } from '$lib/server/values/goal-facts';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { pageOf, parsePaging } from '$lib/server/web/paging';
import { apiResult } from '$lib/server/web/respond';

/** The goals in the order of their numbers, each with its rating now. */
export const GET = (event) =>
	apiResult(async () => {
		const tc = await tenantContextOf(event);
		const [checks, units, latest] = await Promise.all([
			checkAllGoals(tc),
			indicatorUnits(tc),
			latestAssessmentsOf(tc)
		]);
		const goals = checks.map((c) =>
			goalResource(c, units.get(c.goal.indicatorCode ?? '') ?? null, latest.get(c.goal.id) ?? null)
		);
		return pageOf(goals, parsePaging(event.url), event.url);
	});

/** Creates a goal; a number in use is refused (PUT on the goal changes it). */
export const POST = (event) =>
	apiResult(async () => {
		const tc = await tenantContextOf(event);
		const saved = await saveGoal(tc, await jsonBody(event.request), 'create');
		const units = await indicatorUnits(tc);
		return goalResource(
			await checkGoalNow(tc, saved.code),
			units.get(saved.indicatorCode ?? '') ?? null,
			null
		);
	}, 201);
