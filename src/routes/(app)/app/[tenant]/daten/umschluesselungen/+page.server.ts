import { redirect } from '@sveltejs/kit';
import { AppError } from '$lib/core/errors';
import { t } from '$lib/core/i18n/translate';
import { dateField } from '$lib/components/crosswalk/crosswalk-view';
import {
	computeCrosswalk,
	listCrosswalks,
	type CrosswalkSummary
} from '$lib/server/services/crosswalk.service';
import { listLayers } from '$lib/server/services/spatial-layer.service';
import { listVariables } from '$lib/server/services/variable.service';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

/** The tenant's crosswalks and, for those who may write data, the form that computes one. */
export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	const tc = await loadResult(() => tenantContextOf(event));
	const [crosswalks, layers, variables] = await loadResult(() =>
		Promise.all([listCrosswalks(tc), listLayers(tc), listVariables(tc)])
	);
	return {
		crosswalks: crosswalks.map((c) => {
			const summary = c.summary as CrosswalkSummary;
			return {
				id: c.id,
				fromName: c.fromLayerName,
				toName: c.toLayerName,
				method: c.method,
				weightVariable: c.weightVariableCode
					? (variables.find((v) => v.code === c.weightVariableCode)?.name ?? c.weightVariableCode)
					: null,
				weightLayer: c.weightLayerCode
					? (layers.find((l) => l.code === c.weightLayerCode)?.name ?? c.weightLayerCode)
					: null,
				date: summary.date,
				computedAt: c.computedAt.toISOString(),
				computedBy: c.computedBy,
				sourceUnits: summary.sourceUnits,
				sourcesCovered: summary.sourcesCovered,
				targetsNotCovered: summary.targetsNotCovered.length
			};
		}),
		layers: layers.map((l) => ({ code: l.code, name: l.name })),
		// Only counts and amounts can weigh; a rate cannot.
		variables: variables.filter((v) => v.kind !== 'rate').map((v) => ({ code: v.code, name: v.name })),
		canWrite: capabilities.writeSharedData,
		deleted: event.url.searchParams.get('geloescht')
	};
};

const text = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value.trim() : '';
};

export const actions = {
	berechnen: async (event) => {
		const form = await event.request.formData();
		const date = dateField(text(form, 'date'));
		const result = await formResult(form, async () => {
			if (date.invalid) {
				const message = t(event.locals.locale, 'crosswalk.field.dateInvalid');
				throw new AppError('validation.invalid', { details: message }, { date: message });
			}
			return computeCrosswalk(await tenantContextOf(event), {
				from: text(form, 'from'),
				to: text(form, 'to'),
				method: text(form, 'method') as 'areal' | 'population',
				weightVariable: text(form, 'weightVariable') || null,
				weightLayer: text(form, 'weightLayer') || null,
				date: date.iso
			});
		});
		if (isFormFailure(result)) return result;
		redirect(303, `/app/${event.params.tenant}/daten/umschluesselungen/${result.id}?berechnet`);
	}
} satisfies Actions;
