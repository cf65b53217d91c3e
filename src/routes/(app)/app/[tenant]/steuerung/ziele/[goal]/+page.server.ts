import { redirect } from '@sveltejs/kit';
import { mayWriteDataOf } from '$lib/core/auth/capabilities';
import { getConfig } from '$lib/server/config';
import { goalDetailPage } from '$lib/server/presenters/goal-detail';
import { decisionsAbout } from '$lib/server/services/decision.service';
import { assessGoal, listAssessments } from '$lib/server/services/goal-assessment.service';
import { listGoals } from '$lib/server/services/goal.service';
import { listIndicators } from '$lib/server/services/indicator.service';
import { checkGoalNow, ratingHistory } from '$lib/server/values/goal-check';
import { goalScopeNames } from '$lib/server/values/goal-facts';
import { goalChangeSources, goalMapLayer } from '$lib/server/values/goal-page';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

/**
 * One goal: its facts, its check now (scope and units, also on a map), the rating history, parent
 * and children, its changes from the audit log, and for a qualitative goal its dated assessments
 * with the form for a new one (for whom the policy lets write the goal's department's data).
 */
export const load: PageServerLoad = async (event) => {
	return loadResult(async () => {
		const tc = await tenantContextOf(event);
		const code = event.params.goal;
		const [check, history, goals, indicators, assessments, decisions] = await Promise.all([
			checkGoalNow(tc, code),
			ratingHistory(tc, code),
			listGoals(tc),
			listIndicators(tc),
			listAssessments(tc, code),
			decisionsAbout(tc, { goal: code })
		]);
		const goal = check.goal;
		const indicator = indicators.find((i) => i.code === goal.indicatorCode);
		const view = goalDetailPage(
			{
				check,
				history,
				goals,
				scope: await goalScopeNames(tc, goal),
				unit: indicator ? { label: indicator.unitLabel, decimals: indicator.decimals } : null,
				changes: await goalChangeSources(tc, goal),
				assessments,
				map: await goalMapLayer(tc, goal)
			},
			event.locals.locale
		);
		const canEdit = mayWriteDataOf(tc.actor, tc.tenant.id, goal.ownerDepartmentId);
		return {
			...view,
			decisions,
			canEdit,
			// The service assesses only goals without an indicator, for the same writers.
			canAssess: canEdit && goal.indicatorId === null,
			today: tc.now.toISOString().slice(0, 10),
			basemapStyleUrl: getConfig().basemap?.styleUrl ?? null,
			created: event.url.searchParams.has('angelegt'),
			saved: event.url.searchParams.has('gespeichert'),
			assessed: event.url.searchParams.has('bewertet')
		};
	});
};

export const actions = {
	bewerten: async (event) => {
		const form = await event.request.formData();
		const text = (name: string) => String(form.get(name) ?? '');
		const result = await formResult(form, async () =>
			assessGoal(await tenantContextOf(event), event.params.goal, {
				assessedOn: text('assessedOn'),
				rating: text('rating'),
				text: text('text')
			})
		);
		if (isFormFailure(result)) return result;
		redirect(303, `${event.url.pathname}?bewertet#bewertungen`);
	}
} satisfies Actions;
