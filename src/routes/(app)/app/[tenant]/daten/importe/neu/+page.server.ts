import { redirect } from '@sveltejs/kit';
import { AppError } from '$lib/core/errors';
import { stageImportUpload } from '$lib/server/services/import-wizard.service';
import { listLayers } from '$lib/server/services/spatial-layer.service';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

/** The value of the layer choice that stands for "create a new layer with this import". */
const newLayer = '__neu';

export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	const tc = await loadResult(() => tenantContextOf(event));
	const layers = await loadResult(async () => {
		// The form is for those who may import; the service checks every upload again.
		if (!capabilities.writeSharedData) throw new AppError('auth.forbidden');
		return listLayers(tc);
	});
	return { layers: layers.map((l) => ({ code: l.code, name: l.name })), newLayer };
};

const field = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value.trim() : '';
};

export const actions = {
	hochladen: async (event) => {
		const form = await event.request.formData();
		const files = await Promise.all(
			form
				.getAll('files')
				.filter((f): f is File => f instanceof File)
				.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))
		);
		const creating = field(form, 'layer') === newLayer;
		const target = {
			kind: field(form, 'kind') || undefined,
			layer: creating ? '' : field(form, 'layer'),
			...(creating
				? {
						newLayer: {
							code: field(form, 'newCode'),
							name: field(form, 'newName'),
							parentLayer: field(form, 'newParent') || undefined
						}
					}
				: {})
		};
		const result = await formResult(form, async () =>
			stageImportUpload(await tenantContextOf(event), { target, files })
		);
		if (isFormFailure(result)) return result;
		redirect(303, `/app/${event.params.tenant}/daten/importe/neu/${result.id}`);
	}
} satisfies Actions;
