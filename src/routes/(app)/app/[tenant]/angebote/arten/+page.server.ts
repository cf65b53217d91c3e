import { listFacilityKinds, saveFacilityKind } from '$lib/server/services/facility-taxonomy.service';
import { listDepartments } from '$lib/server/services/tenant.service';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

/** The taxonomy of kinds; `?art=<code>` fills the form with that kind for a change. */
export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	const tc = await loadResult(() => tenantContextOf(event));
	const [kinds, departments] = await loadResult(() =>
		Promise.all([listFacilityKinds(tc), listDepartments(tc)])
	);
	const editing = kinds.find((k) => k.code === event.url.searchParams.get('art')) ?? null;
	return {
		kinds: kinds.map((k) => ({
			code: k.code,
			name: k.name,
			lifePhases: k.lifePhases,
			ageFrom: k.ageFrom,
			ageTo: k.ageTo,
			capacityCodes: k.capacityCodes,
			departmentId: k.departmentId,
			description: k.description
		})),
		editing: editing?.code ?? null,
		departments: departments.map((d) => ({ id: d.id, name: d.name })),
		// Shared taxonomy: written by planners and administration (data.write of no department).
		canWrite: capabilities.writeSharedData
	};
};

export const actions = {
	speichern: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () =>
			saveFacilityKind(await tenantContextOf(event), {
				code: form.get('code') ?? '',
				name: form.get('name') ?? '',
				lifePhases: form.getAll('lifePhases').map(String),
				ageFrom: form.get('ageFrom') ?? '',
				ageTo: form.get('ageTo') ?? '',
				capacityCodes: form.get('capacityCodes') ?? '',
				departmentId: form.get('departmentId') ?? '',
				description: form.get('description') ?? ''
			})
		);
		if (isFormFailure(result)) return result;
		return { saved: result.name };
	}
} satisfies Actions;
