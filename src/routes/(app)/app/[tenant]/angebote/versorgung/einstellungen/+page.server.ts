import { fail } from '@sveltejs/kit';
import { draftFromForm, draftOf, emptyBand, settingsInputOf } from '$lib/core/supply/supply-settings-form';
import { authorize } from '$lib/server/services/context';
import { listFacilityKinds } from '$lib/server/services/facility-taxonomy.service';
import { getSupplySettings, setSupplySettings } from '$lib/server/services/supply-settings.service';
import { listVariables } from '$lib/server/services/variable.service';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

/** The age bands, Bedarfsquoten and catchment of the Versorgung page; planners and admins edit them. */
export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	const tc = await loadResult(() => tenantContextOf(event));
	const [settings, kinds, variables] = await Promise.all([
		loadResult(() => getSupplySettings(tc)),
		loadResult(() => listFacilityKinds(tc)),
		loadResult(() => listVariables(tc))
	]);
	return {
		draft: draftOf(settings),
		kinds: kinds.map((k) => ({ code: k.code, name: k.name })),
		variables: variables.filter((v) => v.kind === 'count').map((v) => ({ code: v.code, name: v.name })),
		canEdit: capabilities.writeSharedData
	};
};

export const actions = {
	/**
	 * One action for the form's three buttons: "weitere Altersgruppe" and "entfernen" only change
	 * the draft shown again (nothing is saved, so this works without JavaScript); "speichern" saves.
	 */
	default: async (event) => {
		const form = await event.request.formData();
		const draft = draftFromForm(form);
		const intent = String(form.get('intent') ?? 'save');
		// Redrawing the draft is part of editing: only those who may save may do it.
		const tc = await formResult(form, async () => {
			const tc = await tenantContextOf(event);
			authorize(tc, 'data.write', { tenantId: tc.tenant.id, departmentId: null });
			return tc;
		});
		if (isFormFailure(tc)) return fail(tc.status, { ...tc.data, draft });
		if (intent === 'add') return { saved: false, draft: { ...draft, bands: [...draft.bands, emptyBand] } };
		const remove = /^remove_(\d+)$/.exec(intent);
		if (remove)
			return {
				saved: false,
				draft: { ...draft, bands: draft.bands.filter((_, i) => i !== Number(remove[1])) }
			};
		const result = await formResult(form, () => setSupplySettings(tc, settingsInputOf(draft)));
		if (isFormFailure(result)) return fail(result.status, { ...result.data, draft });
		return { saved: true, draft: draftOf(result) };
	}
} satisfies Actions;
