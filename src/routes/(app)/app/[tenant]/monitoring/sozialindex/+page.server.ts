import {
	classByCode,
	fieldOfProblem,
	storedAsResult,
	storedZ,
	variantFromParams,
	variantParams
} from '$lib/core/index/view';
import { classChanges, combinedCounts } from '$lib/core/index/summary';
import { getConfig } from '$lib/server/config';
import { toErrorBody } from '$lib/server/errors';
import {
	compositeIndexResults,
	computeCompositeIndex,
	listCompositeIndexes,
	type CompositeIndexOverview
} from '$lib/server/values/composite-index';
import type { TenantContext } from '$lib/server/services/tenant-context';
import { indicatorsOf, layersOf, unitsOf } from '$lib/server/values/monitoring-setting';
import { tenantContextOf } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

/** Plain decimal text of a saved value, as the sensitivity form shows it ("1,5"). */
const savedText = (value: number) => String(value).replace('.', ',');

/**
 * The sensitivity view: the saved definition and the variant from the URL, both computed at the
 * date (nothing stored), compared class by class. The saved one is computed again, not read from
 * storage, so that a change of the data since the run does not look like an effect of the variant.
 */
async function sensitivity(
	tc: TenantContext,
	index: CompositeIndexOverview,
	definition: CompositeIndexOverview['definition'],
	date: string,
	params: URLSearchParams
) {
	const request = variantFromParams(definition, params, savedText);
	const problems: { field: string | null; message: string }[] = Object.entries(request.problems).map(
		([field, message]) => ({ field, message })
	);
	if (problems.length > 0) return { values: request.values, problems, comparison: null };
	try {
		// One after the other: the second finds the indicator values in the value cache the first filled.
		const saved = await computeCompositeIndex(tc, index.code, { date, definition });
		const variant = await computeCompositeIndex(tc, index.code, {
			date,
			definition: request.definition
		});
		const names = new Map(saved.units.map((u) => [u.code, u.name]));
		return {
			values: request.values,
			problems,
			comparison: {
				saved: combinedCounts(saved.definition, saved.result),
				variant: combinedCounts(variant.definition, variant.result),
				changes: classChanges(saved.result, variant.result).map((change) => ({
					...change,
					name: names.get(change.unit) ?? change.unit
				}))
			}
		};
	} catch (caught) {
		const body = toErrorBody(caught);
		if (body.code !== 'index.invalid' && body.code !== 'validation.invalid') throw caught;
		const fields = Object.entries(body.fields ?? {});
		return {
			values: request.values,
			problems:
				fields.length > 0
					? fields.map(([path, message]) => ({ field: fieldOfProblem(definition, path), message }))
					: [{ field: null, message: body.message }],
			comparison: null
		};
	}
}

/**
 * The social index in the monitoring workspace: one index at one stored date, with its definition
 * in words, the map and table of the classes, the matrix of the combined class and, when the URL
 * asks for it, the sensitivity view. Every choice is a URL parameter (index, datum, karte, and the
 * fields of the sensitivity form), so every view can be linked and works without JavaScript.
 */
export const load: PageServerLoad = async (event) => {
	// The tenant as the layout resolved it (one look-up per request), without waiting for the layout.
	const tc = await loadResult(() => tenantContextOf(event));
	const params = event.url.searchParams;
	const indexes = await loadResult(() => listCompositeIndexes(tc));
	const index = indexes.find((i) => i.code === params.get('index')) ?? indexes[0];
	if (!index) return { indexes: [], view: null };

	const wanted = params.get('datum');
	const date = wanted && index.computedDates.includes(wanted) ? wanted : (index.computedDates.at(-1) ?? null);
	const [stored, layers, units, indicators] = await Promise.all([
		date ? loadResult(() => compositeIndexResults(tc, index.code, { date })) : null,
		// Read under the data version like the index (listCompositeIndexes authorized the reading).
		loadResult(() => layersOf(tc)),
		loadResult(() => unitsOf(tc, index.layer)),
		loadResult(() => indicatorsOf(tc))
	]);
	// The definition the shown results came from (stored with the run), else the current one.
	const definition = stored?.run?.definition ?? index.definition;
	const rows = (stored?.results ?? []).map((row) => ({
		code: row.code,
		name: row.name,
		z: storedZ(definition, row.z),
		statusIndex: row.statusIndex,
		dynamicsIndex: row.dynamicsIndex,
		combinedClass: row.combinedClass,
		reason: row.reason,
		reasonDetail: row.reasonDetail,
		dynamicsReason: row.dynamicsReason,
		statusClass: classByCode(definition.statusClasses, row.statusClass),
		dynamicsClass: classByCode(definition.dynamicsClasses, row.dynamicsClass)
	}));
	const matrix = stored?.run
		? combinedCounts(definition, storedAsResult(definition, stored.results, stored.run.statistics))
		: null;
	const hasDynamics = definition.dynamics.length > 0 && definition.dynamicsClasses !== null;
	const part = params.get('karte') === 'dynamik' && hasDynamics ? 'dynamik' : 'status';
	const asked = params.has(variantParams.marker) && date !== null;
	const variant = asked ? await sensitivity(tc, index, definition, date, params) : null;
	const layer = layers.find((l) => l.code === index.layer);
	return {
		indexes: indexes.map((i) => ({ code: i.code, name: i.name, computedDates: i.computedDates })),
		view: {
			index: { code: index.code, name: index.name, description: index.description },
			date,
			definition,
			computedAt: stored?.run?.computedAt ?? null,
			computedBy: stored?.run?.computedBy ?? null,
			layer: { code: index.layer, name: layer?.name ?? index.layer },
			withGeometry: units.filter((u) => u.hasGeometry).length,
			indicatorNames: Object.fromEntries(indicators.map((i) => [i.code, i.name])),
			part: part as 'status' | 'dynamik',
			rows,
			matrix,
			variant,
			savedValues: variantFromParams(definition, new URLSearchParams(), savedText).values
		},
		basemapStyleUrl: getConfig().basemap?.styleUrl ?? null
	};
};
