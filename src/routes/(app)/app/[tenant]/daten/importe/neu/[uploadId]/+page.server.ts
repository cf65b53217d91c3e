import { redirect } from '@sveltejs/kit';
import { checkImportUpload, mapImportUpload } from '$lib/server/services/import-wizard.service';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

/** Step 2: the columns of the uploaded files, a preview, and the mapping (guessed at first). */
export const load: PageServerLoad = async (event) => {
	const view = await loadResult(async () =>
		mapImportUpload(await tenantContextOf(event), event.params.uploadId)
	);
	return { view };
};

export const actions = {
	pruefen: async (event) => {
		const form = await event.request.formData();
		const mapping: Record<string, string> = {};
		for (const [key, value] of form) if (key !== 'csrf' && typeof value === 'string') mapping[key] = value;
		const result = await formResult(form, async () =>
			checkImportUpload(await tenantContextOf(event), event.params.uploadId, mapping)
		);
		if (isFormFailure(result)) return result;
		redirect(303, `/app/${event.params.tenant}/daten/importe/neu/${event.params.uploadId}/pruefung`);
	}
} satisfies Actions;
