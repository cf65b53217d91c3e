import { mayWriteDataOf } from '$lib/core/auth/capabilities';
import { AppError } from '$lib/core/errors';
import { measureFormState } from '$lib/components/measures/measure-form';
import { measureFormOptions } from '$lib/server/presenters/measure-form';
import { getMeasure } from '$lib/server/services/measure.service';
import { tenantContextOf } from '$lib/server/web/context';
import { addMeasureFormRow, saveMeasureForm } from '$lib/server/web/measure-form';
import { loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

/** Changing a measure with its budget and milestones: for its lead department's planners, planners and the administration. */
export const load: PageServerLoad = async (event) => {
	const { role, departmentId } = await event.parent();
	const ownDepartmentId = role === 'department_planner' ? departmentId : null;
	return loadResult(async () => {
		const tc = await tenantContextOf(event);
		const detail = await getMeasure(tc, event.params.measure);
		if (!mayWriteDataOf(tc.actor, tc.tenant.id, detail.measure.leadDepartmentId))
			throw new AppError('auth.forbidden');
		const options = await measureFormOptions(tc, ownDepartmentId, event.locals.locale);
		return {
			code: detail.measure.code,
			title: detail.measure.title,
			values: measureFormState(detail),
			options
		};
	});
};

export const actions = {
	speichern: (event) => saveMeasureForm(event, 'update'),
	zeile: (event) => addMeasureFormRow(event)
} satisfies Actions;
