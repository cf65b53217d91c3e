import { redirect } from '@sveltejs/kit';
import { problemPage } from '$lib/core/imports/problem-page';
import {
	commitImportUpload,
	getImportUpload,
	startImportJob
} from '$lib/server/services/import-wizard.service';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

/** Step 3: the check's report, every problem grouped and paged; the commit when all is well. */
export const load: PageServerLoad = async (event) => {
	const { tenant } = await event.parent();
	const { uploadId } = event.params;
	const upload = await loadResult(async () => getImportUpload(await tenantContextOf(event), uploadId));
	const check = upload.state.check;
	if (!check) redirect(303, `/app/${tenant.slug}/daten/importe/neu/${uploadId}`);
	const search = event.url.searchParams;
	const listed = check.ok ? check.report.warnings : check.problems;
	return {
		upload: { id: upload.id, files: upload.files, target: upload.state.target },
		check,
		problems: problemPage(listed, {
			code: search.get('code'),
			page: Number.parseInt(search.get('seite') ?? '1', 10) || 1
		}),
		errorCount: listed.filter((p) => p.severity === 'error').length
	};
};

export const actions = {
	uebernehmen: async (event) => {
		const form = await event.request.formData();
		const { tenant, uploadId } = event.params;
		// With JavaScript the page polls a background job; without, the post runs the import.
		if (form.get('hintergrund') === '1') {
			const job = await formResult(form, async () => startImportJob(await tenantContextOf(event), uploadId));
			if (isFormFailure(job)) return job;
			return { jobId: job.id };
		}
		const result = await formResult(form, async () =>
			commitImportUpload(await tenantContextOf(event), uploadId)
		);
		if (isFormFailure(result)) return result;
		redirect(303, `/app/${tenant}/daten/importe/${result.importId}`);
	}
} satisfies Actions;
