import { problemPage } from '$lib/core/imports/problem-page';
import type { ImportProblem } from '$lib/core/imports/problems';
import { getImport, rollbackImport } from '$lib/server/services/import.service';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

/** One import: all its provenance, the options used, its warnings, and the way back. */
export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	const tc = await loadResult(() => tenantContextOf(event));
	const row = await loadResult(() => getImport(tc, event.params.importId));
	const details = (row.details ?? {}) as Record<string, unknown>;
	const warnings = (Array.isArray(details.warnings) ? details.warnings : []) as ImportProblem[];
	const search = event.url.searchParams;
	const { warnings: _w, ...rest } = details;
	return {
		item: { ...row, details: undefined },
		details: JSON.parse(JSON.stringify(rest)) as Record<string, unknown>,
		warnings: problemPage(warnings, {
			code: search.get('code'),
			page: Number.parseInt(search.get('seite') ?? '1', 10) || 1
		}),
		warningTotal: warnings.length,
		canRollback: row.status === 'committed' && capabilities.writeSharedData
	};
};

export const actions = {
	rueckgaengig: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () =>
			rollbackImport(await tenantContextOf(event), event.params.importId)
		);
		if (isFormFailure(result)) return result;
		return { done: result };
	}
} satisfies Actions;
