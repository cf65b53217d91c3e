import { AppError } from '$lib/core/errors';
import { measureFormOptions } from '$lib/server/presenters/measure-form';
import { tenantContextOf } from '$lib/server/web/context';
import { addMeasureFormRow, saveMeasureForm } from '$lib/server/web/measure-form';
import { loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

/** A new measure: for those who may write measures (a department planner for the own department). */
export const load: PageServerLoad = async (event) => {
	const { capabilities, role, departmentId } = await event.parent();
	const ownDepartmentId = role === 'department_planner' ? departmentId : null;
	const options = await loadResult(async () => {
		if (!capabilities.writeMeasures) throw new AppError('auth.forbidden');
		return measureFormOptions(await tenantContextOf(event), ownDepartmentId, event.locals.locale);
	});
	return { options, ownDepartmentId };
};

export const actions = {
	anlegen: (event) => saveMeasureForm(event, 'create'),
	zeile: (event) => addMeasureFormRow(event)
} satisfies Actions;
