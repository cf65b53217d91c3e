import { mayWriteDataOf } from '$lib/core/auth/capabilities';
import { variableCodes } from '$lib/core/catalogue/variable-codes';
import { estimateNote } from '$lib/core/indicator/value-notice';
import { availableDates, indicatorValues, indicatorValueTable } from '$lib/server/values/indicator-values';
import { getIndicator } from '$lib/server/services/indicator.service';
import { setIndicatorWeight } from '$lib/server/services/indicator-weight.service';
import { listLayers } from '$lib/server/services/spatial-layer.service';
import { listVariables } from '$lib/server/services/variable.service';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

/**
 * The fact sheet (Steckbrief) of an indicator: its definition in words, the variables it is
 * computed from, every metadata field, where and when it has values, and a table of values for
 * the layer and date chosen in a GET form (the latest date and the top layer with values by default).
 */
export const load: PageServerLoad = async (event) => {
	const tc = await loadResult(() => tenantContextOf(event));
	const code = event.params.indicator;
	const sheet = await loadResult(() => getIndicator(tc, code));
	const [dates, layers, variables] = await loadResult(() =>
		Promise.all([availableDates(tc, code), listLayers(tc), listVariables(tc)])
	);
	const latest = dates.at(-1) ?? null;

	// How many units of each layer have a value at the latest date: where the indicator can be read.
	const coverage = latest
		? await loadResult(() =>
				indicatorValueTable(tc, {
					indicators: [code],
					layers: layers.map((l) => l.code),
					dates: [latest]
				})
			)
		: [];
	const levels = layers.map((layer) => {
		const set = coverage.find((s) => s.layer.code === layer.code);
		return {
			code: layer.code,
			name: layer.name,
			unitCount: layer.unitCount,
			withValue: set ? set.values.filter((v) => v.value !== null).length : 0,
			// Why a layer has none, or that its values are estimates (in a few words; the whole
			// statement stands above the value table of the layer chosen).
			reason: set?.notice.unavailable?.short ?? set?.notice.estimate?.short ?? null
		};
	});

	const search = event.url.searchParams;
	const wantedLayer = search.get('ebene');
	const layer =
		levels.find((l) => l.code === wantedLayer) ?? levels.find((l) => l.withValue > 0) ?? levels[0] ?? null;
	const wantedDate = search.get('stichtag');
	const date = wantedDate && dates.includes(wantedDate) ? wantedDate : latest;
	const values =
		layer && date
			? await loadResult(() => indicatorValues(tc, { indicator: code, layer: layer.code, date }))
			: null;

	const { definition, indicator, base } = sheet;
	const nameOf = new Map(variables.map((v) => [v.code, v.name]));
	const named = (codes: string[]) => codes.map((c) => ({ code: c, name: nameOf.get(c) ?? c }));
	return {
		indicator: {
			code: definition.code,
			name: definition.name,
			shortName: definition.shortName,
			kind: definition.kind,
			factor: definition.factor,
			changeYears: definition.changeYears,
			changeMode: definition.changeMode,
			polarity: definition.polarity,
			unitLabel: definition.unitLabel,
			decimals: definition.decimals,
			topicName: indicator.topicName,
			department: definition.department,
			metadata: definition.metadata ?? {}
		},
		formula: {
			numerator: named(variableCodes(definition.numerator)),
			denominator: named(variableCodes(definition.denominator)),
			value: named(variableCodes(definition.value)),
			weight: named(variableCodes(definition.weight)),
			base
		},
		variables: sheet.variables,
		weight:
			indicator.kind === 'direct'
				? {
						code: indicator.weightCode,
						standIn: indicator.weightStandIn,
						note: indicator.weightNote,
						text: indicator.weightCode
							? estimateNote({
									weight: { code: indicator.weightCode, name: indicator.weightName ?? indicator.weightCode },
									standIn: indicator.weightStandIn,
									note: indicator.weightNote
								})!.text
							: indicator.weightNote,
						setBy: indicator.weightSetBy,
						setAt: indicator.weightSetAt?.toISOString() ?? null,
						options: variables.map((v) => ({ value: v.code, label: `${v.name} (${v.code})` }))
					}
				: null,
		canWrite: mayWriteDataOf(tc.actor, tc.tenant.id, indicator.departmentId),
		dates,
		levels,
		choice: { layer: layer?.code ?? null, date },
		values: values
			? {
					layerName: values.layer.name,
					date: values.date,
					notice: values.notice.unavailable?.text ?? values.notice.estimate?.text ?? null,
					rows: values.values.map((v) => ({
						code: v.code,
						name: v.name,
						value: v.value,
						numerator: v.numerator,
						denominator: v.denominator,
						covered: v.covered,
						total: v.total,
						status: v.status
					}))
				}
			: null
	};
};

export const actions = {
	/** The weight of a directly imported indicator (service: validate, authorize, audit). */
	gewicht: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () =>
			setIndicatorWeight(await tenantContextOf(event), event.params.indicator, {
				weight: form.get('weight') || null,
				weightStandIn: form.get('weightStandIn') === 'on',
				weightNote: form.get('weightNote') ?? ''
			})
		);
		if (isFormFailure(result)) return result;
		return { weightSaved: true };
	}
} satisfies Actions;
