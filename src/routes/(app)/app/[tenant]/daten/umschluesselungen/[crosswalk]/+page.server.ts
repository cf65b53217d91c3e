import { redirect } from '@sveltejs/kit';
import { t } from '$lib/core/i18n/translate';
import { dateField, weightPage } from '$lib/components/crosswalk/crosswalk-view';
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
import type { ServiceContext } from '$lib/server/services/context';
import { serviceContext } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

const pageSize = 50;
/** How many named losses the page lists; the CLI's `crosswalk show` and the API have all. */
const shownLosses = 20;

type Conversion =
	| { kind: 'variable'; result: VariableConversion }
	| { kind: 'indicator'; result: IndicatorConversion }
	| { kind: 'error'; error: ErrorBody };

/**
 * The conversion the GET form asks for (`merkmal` or `indikator`, optional `stichtag`), or null.
 * A refused conversion is shown beside the form, not as an error page: the crosswalk is still there.
 */
async function requestedConversion(
	ctx: ServiceContext,
	tenantSlug: string,
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
				result: await convertVariable(ctx, tenantSlug, { crosswalk: id, variable, date: date.iso })
			};
		return {
			kind: 'indicator',
			result: await convertIndicator(ctx, tenantSlug, {
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
	const { tenant, capabilities } = await event.parent();
	const ctx = serviceContext(event);
	const id = event.params.crosswalk;
	const detail = await loadResult(() => getCrosswalk(ctx, tenant.slug, id));
	const cw = detail.crosswalk;
	const [sourceUnits, variables, indicators] = await loadResult(() =>
		Promise.all([
			listUnits(ctx, tenant.slug, cw.fromLayerCode),
			listVariables(ctx, tenant.slug),
			listIndicators(ctx, tenant.slug)
		])
	);
	const names = new Map(sourceUnits.map((u) => [u.code, u.name]));
	const summary = cw.summary;
	const losses = summary.sources.filter((s) => s.coverage < 1 - 1e-9).sort((a, b) => a.coverage - b.coverage);
	const query = event.url.searchParams;
	const search = query.get('suche') ?? '';
	const conversion = await requestedConversion(ctx, tenant.slug, cw.id, query, event.locals.locale);
	return {
		crosswalk: {
			id: cw.id,
			fromCode: cw.fromLayerCode,
			fromName: cw.fromLayerName,
			toCode: cw.toLayerCode,
			toName: cw.toLayerName,
			method: cw.method,
			weightVariable: cw.weightVariableCode,
			weightLayer: cw.weightLayerCode,
			computedAt: cw.computedAt.toISOString(),
			computedBy: cw.computedBy
		},
		summary: {
			date: summary.date,
			sourceUnits: summary.sourceUnits,
			targetUnits: summary.targetUnits,
			weights: summary.weights,
			sourcesCovered: summary.sourcesCovered,
			sourcesPartial: summary.sourcesPartial,
			sourcesNotCovered: summary.sourcesNotCovered,
			targetsNotCovered: summary.targetsNotCovered,
			sliverSources: summary.sliverSources,
			sliverShare: summary.sliverShare,
			sourcesWithoutGeometry: summary.sourcesWithoutGeometry,
			assignedWhole: summary.assignedWhole ?? false,
			fineUnits: summary.fineUnits ?? null,
			fineWithoutValue: summary.fineWithoutValue ?? [],
			fineOutside: summary.fineOutside ?? []
		},
		losses: {
			total: losses.length,
			rows: losses.slice(0, shownLosses).map((s) => ({
				code: s.source,
				name: names.get(s.source) ?? s.source,
				inside: s.inside,
				coverage: s.coverage
			}))
		},
		weights: { search, ...weightPage(detail.weights, search, Number(query.get('seite') ?? 1), pageSize) },
		totalWeights: detail.weights.length,
		variables: variables.filter((v) => v.kind !== 'rate').map((v) => ({ code: v.code, name: v.name })),
		indicators: indicators.filter((i) => i.kind === 'rate').map((i) => ({ code: i.code, name: i.name })),
		request: {
			variable: query.get('merkmal') ?? '',
			indicator: query.get('indikator') ?? '',
			date: query.get('stichtag') ?? ''
		},
		conversion,
		shownLosses,
		canWrite: capabilities.writeSharedData,
		computed: query.has('berechnet')
	};
};

export const actions = {
	loeschen: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () => {
			const ctx = serviceContext(event);
			const { crosswalk } = await getCrosswalk(ctx, event.params.tenant, event.params.crosswalk);
			await deleteCrosswalk(ctx, event.params.tenant, crosswalk.id);
			return `${crosswalk.fromLayerName} → ${crosswalk.toLayerName}`;
		});
		if (isFormFailure(result)) return result;
		redirect(
			303,
			`/app/${event.params.tenant}/daten/umschluesselungen?geloescht=${encodeURIComponent(result)}`
		);
	}
} satisfies Actions;
