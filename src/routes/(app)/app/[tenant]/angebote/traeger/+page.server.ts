import { listFacilities } from '$lib/server/services/facility.service';
import { createProvider, listProviders } from '$lib/server/services/facility-taxonomy.service';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

/** The Träger with the number of their facilities, and the form to add one. */
export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	const tc = await loadResult(() => tenantContextOf(event));
	const [providers, facilities] = await loadResult(() =>
		Promise.all([listProviders(tc), listFacilities(tc)])
	);
	const counts = new Map<string, number>();
	for (const f of facilities) if (f.providerId) counts.set(f.providerId, (counts.get(f.providerId) ?? 0) + 1);
	return {
		providers: providers.map((p) => ({
			id: p.id,
			name: p.name,
			sector: p.sector,
			facilities: counts.get(p.id) ?? 0
		})),
		canWrite: capabilities.writeSharedData
	};
};

export const actions = {
	anlegen: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () =>
			createProvider(await tenantContextOf(event), {
				name: form.get('name') ?? '',
				sector: form.get('sector') || undefined
			})
		);
		if (isFormFailure(result)) return result;
		return { saved: result.name };
	}
} satisfies Actions;
