import { redirect } from '@sveltejs/kit';
import { AppError } from '$lib/core/errors';
import { formValues, goalFormInput } from '$lib/components/goals/goal-form';
import { goalFormOptions } from '$lib/server/presenters/goal-form';
import { saveGoal } from '$lib/server/services/goal.service';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

/** A new goal: for those who may write goals (a department planner for the own department). */
export const load: PageServerLoad = async (event) => {
	const { capabilities, role, departmentId } = await event.parent();
	const ownDepartmentId = role === 'department_planner' ? departmentId : null;
	const options = await loadResult(async () => {
		if (!capabilities.writeGoals) throw new AppError('auth.forbidden');
		return goalFormOptions(await tenantContextOf(event), ownDepartmentId);
	});
	return { options, ownDepartmentId };
};

export const actions = {
	anlegen: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () =>
			saveGoal(await tenantContextOf(event), goalFormInput(formValues(form)), 'create')
		);
		if (isFormFailure(result)) return result;
		redirect(
			303,
			`/app/${event.params.tenant}/steuerung/ziele/${encodeURIComponent(result.code)}?angelegt=1`
		);
	}
} satisfies Actions;
