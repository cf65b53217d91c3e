import { redirect } from '@sveltejs/kit';
import { mayWriteDataOf } from '$lib/core/auth/capabilities';
import { AppError } from '$lib/core/errors';
import { formValues, goalFormInput, goalFormState } from '$lib/components/goals/goal-form';
import { goalFormOptions } from '$lib/server/presenters/goal-form';
import { getGoal, saveGoal } from '$lib/server/services/goal.service';
import { goalScopeNames } from '$lib/server/values/goal-facts';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

/** Changing a goal: for its department's planners, planners and the administration. */
export const load: PageServerLoad = async (event) => {
	const { role, departmentId } = await event.parent();
	const ownDepartmentId = role === 'department_planner' ? departmentId : null;
	return loadResult(async () => {
		const tc = await tenantContextOf(event);
		const goal = await getGoal(tc, event.params.goal);
		if (!mayWriteDataOf(tc.actor, tc.tenant.id, goal.ownerDepartmentId)) throw new AppError('auth.forbidden');
		const [scope, options] = await Promise.all([
			goalScopeNames(tc, goal),
			goalFormOptions(tc, ownDepartmentId)
		]);
		const values = goalFormState(
			{ ...goal, scopeIndexCode: scope.indexCode, unitCodes: scope.units.map((u) => u.code) },
			event.locals.locale
		);
		return { code: goal.code, title: goal.title, values, options };
	});
};

export const actions = {
	speichern: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () =>
			saveGoal(
				await tenantContextOf(event),
				{ ...goalFormInput(formValues(form)), code: event.params.goal },
				'update'
			)
		);
		if (isFormFailure(result)) return result;
		redirect(
			303,
			`/app/${event.params.tenant}/steuerung/ziele/${encodeURIComponent(result.code)}?gespeichert=1`
		);
	}
} satisfies Actions;
