import { AppError } from '$lib/core/errors';
import { parseCapacityMapping, parseValueMapping } from '$lib/core/facility/import-mapping';
import { importFacilities } from '$lib/server/services/facility-import.service';
import { listFacilityKinds } from '$lib/server/services/facility-taxonomy.service';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	const tc = await loadResult(() => tenantContextOf(event));
	const kinds = await loadResult(async () => {
		// The form is for those who may import facilities; the service checks every row again.
		if (!capabilities.writeOwnFacilities) throw new AppError('auth.forbidden');
		return listFacilityKinds(tc);
	});
	return { kinds: kinds.map((k) => ({ code: k.code, name: k.name })) };
};

const field = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value.trim() : '';
};

/** Reads the form and runs the import; `dryRun` is „Nur prüfen“. */
async function run(event: RequestEvent, dryRun: boolean) {
	const form = await event.request.formData();
	const upload = form.get('file');
	const result = await formResult(form, async () => {
		if (!(upload instanceof File) || upload.size === 0) {
			const message = 'Bitte wählen Sie eine Datei aus.';
			throw new AppError('validation.invalid', { details: message }, { file: message });
		}
		const capacityText = field(form, 'capacities');
		const capacities = capacityText ? parseCapacityMapping(capacityText) : null;
		if (capacities && !capacities.ok) {
			throw new AppError(
				'validation.invalid',
				{ details: capacities.message },
				{ capacities: capacities.message }
			);
		}
		const mapping = (name: 'kindMap' | 'capacityCodeMap', example: string) => {
			const text = field(form, name);
			if (!text) return {};
			const parsed = parseValueMapping(text, example);
			if (!parsed.ok)
				throw new AppError('validation.invalid', { details: parsed.message }, { [name]: parsed.message });
			return { [name]: parsed.value };
		};
		const crs = field(form, 'crs');
		return importFacilities(
			await tenantContextOf(event),
			{
				file: { name: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) },
				options: {
					...(field(form, 'kind') ? { fixedKind: field(form, 'kind') } : {}),
					...(capacities?.ok ? { capacities: capacities.value } : {}),
					...(crs ? { crs: Number(crs) } : {}),
					...mapping('kindMap', 'Grundschule=grundschule'),
					...mapping('capacityCodeMap', 'plaetze=schueler'),
					...(field(form, 'street') ? { street: field(form, 'street') } : {}),
					...(field(form, 'source') ? { source: field(form, 'source') } : {})
				}
			},
			{ dryRun }
		);
	});
	if (isFormFailure(result)) return result;
	return { report: result, dryRun };
}

export const actions = {
	pruefen: (event) => run(event, true),
	importieren: (event) => run(event, false)
} satisfies Actions;
