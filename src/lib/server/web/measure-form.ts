import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { measureFormInput, measureFormValues, type AddRow } from '../../components/measures/measure-form';
import { authorizeMeasureForm, saveMeasurePlan } from '../services/measure-plan.service';
import { tenantContextOf } from './context';
import { formResult, isFormFailure, loadResult } from './respond';

/**
 * The two actions of the measure form (new and edit): saving the measure with its budget and
 * milestones all or nothing, and "Weitere Zeile", which saves nothing and shows the form again
 * with the entries kept and one more empty row (so that it works without JavaScript).
 */
export async function saveMeasureForm(
	event: RequestEvent<{ tenant: string; measure?: string }>,
	mode: 'create' | 'update'
) {
	const form = await event.request.formData();
	const values = measureFormValues(form);
	const code = event.params.measure;
	const result = await formResult(form, async () =>
		saveMeasurePlan(
			await tenantContextOf(event),
			code === undefined ? measureFormInput(values) : { ...measureFormInput(values), code },
			mode
		)
	);
	// The failure keeps the entries as the form shows them (check boxes and rows too).
	if (isFormFailure(result)) return fail(result.status, { ...result.data, values });
	redirect(
		303,
		`/app/${event.params.tenant}/steuerung/massnahmen/${encodeURIComponent(result.measure.code)}?${mode === 'create' ? 'angelegt' : 'gespeichert'}=1`
	);
}

export async function addMeasureFormRow(event: RequestEvent<{ tenant: string; measure?: string }>) {
	const form = await event.request.formData();
	await loadResult(async () => authorizeMeasureForm(await tenantContextOf(event), event.params.measure));
	const add = form.get('add');
	const part: AddRow = add === 'milestones' ? 'milestones' : 'budget';
	return { values: measureFormValues(form, part), added: part };
}
