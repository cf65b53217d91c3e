import { redirect } from '@sveltejs/kit';
import { t } from '$lib/core/i18n/translate';
import { dateField } from '$lib/components/crosswalk/crosswalk-view';
import { crosswalkDetailPage } from '$lib/server/presenters/crosswalk-detail';
import { toErrorBody, type ErrorBody } from '$lib/server/errors';
import {
	convertIndicator,
	convertVariable,
	type IndicatorConversion,
	type VariableConversion
} from '$lib/server/services/crosswalk-conversion.service';
import { deleteCrosswalk, getCrosswalk } from '$lib/server/services/crosswalk.service';
import { listIndicators } from '$lib/server/services/indicator.service';
import { listUnits } from '$lib/server/services/spatial-layer.service';
import { listVariables } from '$lib/server/services/variable.service';
import type { TenantContext } from '$lib/server/services/tenant-context';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

type Conversion =
	| { kind: 'variable'; result: VariableConversion }
	| { kind: 'indicator'; result: IndicatorConversion }
	| { kind: 'error'; error: ErrorBody };

/**
 * The conversion the GET form asks for (`merkmal` or `indikator`, optional `stichtag`), or null.
 * A refused conversion is shown beside the form, not as an error page: the crosswalk is still there.
 */
async function requestedConversion(
	tc: TenantContext,
	id: string,
	query: URLSearchParams,
	locale: 'de' | 'en'
): Promise<Conversion | null> {
	const variable = query.get('merkmal')?.trim();
	const indicator = query.get('indikator')?.trim();
	if (!variable && !indicator) return null;
	const date = dateField(query.get('stichtag'));
	if (date.invalid) {
		const message = t(locale, 'crosswalk.field.dateInvalid');
		return { kind: 'error', error: { code: 'validation.invalid', message, fields: { stichtag: message } } };
	}
	try {
		if (variable)
			return {
				kind: 'variable',
				result: await convertVariable(tc, { crosswalk: id, variable, date: date.iso })
			};
		return {
			kind: 'indicator',
			result: await convertIndicator(tc, {
				crosswalk: id,
				indicator: indicator!,
				date: date.iso
			})
		};
	} catch (caught) {
		return { kind: 'error', error: toErrorBody(caught) };
	}
}

/** A crosswalk: its coverage, its weights (searched and paged), a conversion through it, and the delete form. */
export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	const tc = await loadResult(() => tenantContextOf(event));
	const id = event.params.crosswalk;
	const detail = await loadResult(() => getCrosswalk(tc, id));
	const cw = detail.crosswalk;
	const [sourceUnits, variables, indicators] = await loadResult(() =>
		Promise.all([listUnits(tc, cw.fromLayerCode), listVariables(tc), listIndicators(tc)])
	);
	const query = event.url.searchParams;
	const search = query.get('suche') ?? '';
	const conversion = await requestedConversion(tc, cw.id, query, event.locals.locale);
	return {
		...crosswalkDetailPage(
			{ detail, sourceUnits, variables, indicators },
			search,
			Number(query.get('seite') ?? 1)
		),
		request: {
			variable: query.get('merkmal') ?? '',
			indicator: query.get('indikator') ?? '',
			date: query.get('stichtag') ?? ''
		},
		conversion,
		canWrite: capabilities.writeSharedData,
		computed: query.has('berechnet')
	};
};

export const actions = {
	loeschen: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () => {
			const tc = await tenantContextOf(event);
			const { crosswalk } = await getCrosswalk(tc, event.params.crosswalk);
			await deleteCrosswalk(tc, crosswalk.id);
			return `${crosswalk.fromLayerName} → ${crosswalk.toLayerName}`;
		});
		if (isFormFailure(result)) return result;
		redirect(
			303,
			`/app/${event.params.tenant}/daten/umschluesselungen?geloescht=${encodeURIComponent(result)}`
		);
	}
} satisfies Actions;
