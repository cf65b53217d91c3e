import { importPlan, planSummary } from '$lib/server/services/plan-import.service';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

/**
 * Import and export of the plan (Steuerung): download the plan or the blank template, upload a
 * workbook or CSV files to check or import. Reading is for the administration (a Träger is
 * refused by the service); the upload form is for who may write goals, and the service checks
 * every row again.
 */
export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	const summary = await loadResult(async () => planSummary(await tenantContextOf(event)));
	return { summary, canWrite: capabilities.writeGoals };
};

async function run(event: RequestEvent, dryRun: boolean) {
	const form = await event.request.formData();
	const uploads = form.getAll('files').filter((f): f is File => f instanceof File && f.size > 0);
	const result = await formResult(form, async () => {
		// No file is the service's refusal too, after it has asked who may import.
		const files = await Promise.all(
			uploads.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))
		);
		return importPlan(await tenantContextOf(event), files, { dryRun });
	});
	if (isFormFailure(result)) return result;
	const { warnings, ...report } = result;
	return { report: { ...report, warnings: warnings.map((w) => w.message) }, dryRun };
}

export const actions = {
	pruefen: (event) => run(event, true),
	importieren: (event) => run(event, false)
} satisfies Actions;
