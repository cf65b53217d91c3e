import { mayWriteDataOf } from '$lib/core/auth/capabilities';
import { goalDetailPage } from '$lib/server/presenters/goal-detail';
import { listGoals } from '$lib/server/services/goal.service';
import { listIndicators } from '$lib/server/services/indicator.service';
import { checkGoalNow, ratingHistory } from '$lib/server/values/goal-check';
import { goalScopeNames } from '$lib/server/values/goal-facts';
import { tenantContextOf } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

/** One goal: its facts, its check now (scope and units), the rating history, parent and children. */
export const load: PageServerLoad = async (event) => {
	return loadResult(async () => {
		const tc = await tenantContextOf(event);
		const code = event.params.goal;
		const [check, history, goals, indicators] = await Promise.all([
			checkGoalNow(tc, code),
			ratingHistory(tc, code),
			listGoals(tc),
			listIndicators(tc)
		]);
		const indicator = indicators.find((i) => i.code === check.goal.indicatorCode);
		const view = goalDetailPage(
			{
				check,
				history,
				goals,
				scope: await goalScopeNames(tc, check.goal),
				unit: indicator ? { label: indicator.unitLabel, decimals: indicator.decimals } : null
			},
			event.locals.locale
		);
		return {
			...view,
			canEdit: mayWriteDataOf(tc.actor, tc.tenant.id, check.goal.ownerDepartmentId),
			created: event.url.searchParams.has('angelegt'),
			saved: event.url.searchParams.has('gespeichert')
		};
	});
};
