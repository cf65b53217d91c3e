import { isSupplySortKey, sortSupplyRows } from '$lib/core/supply/supply-table';
import { supplyMeasures, supplyView } from '$lib/core/supply/supply-view';
import { getConfig } from '$lib/server/config';
import { listLayers, listUnits } from '$lib/server/services/spatial-layer.service';
import { supplyAnalysis } from '$lib/server/services/supply.service';
import { getSupplySettings } from '$lib/server/services/supply-settings.service';
import { tenantContextOf } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

/**
 * Versorgung (supply and need): one layer, age band, date and measure from the URL (a GET form, so
 * every view can be linked and works without JavaScript); the table sorted on the server.
 */
export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	const tc = await loadResult(() => tenantContextOf(event));
	const [settings, layers] = await Promise.all([
		loadResult(() => getSupplySettings(tc)),
		loadResult(() => listLayers(tc))
	]);
	const canEdit = capabilities.writeSharedData;
	const bands = settings.bands.map((b) => ({ code: b.code, label: b.label }));
	const layerChoices = layers.map((l) => ({ code: l.code, name: l.name }));
	if (bands.length === 0 || layers.length === 0)
		return { bands, layers: layerChoices, view: null, canEdit, basemapStyleUrl: null };

	const state = supplyView(event.url.searchParams, {
		layers: layers.map((l) => l.code),
		bands: bands.map((b) => b.code),
		// The finest layer by default: supply is planned per Planungsraum, not per Bezirk.
		defaultLayer: [...layers].sort((a, b) => b.depth - a.depth)[0]!.code
	});
	const [analysis, units] = await Promise.all([
		loadResult(() => supplyAnalysis(tc, { layer: state.layer, band: state.band, date: state.date })),
		loadResult(() => listUnits(tc, state.layer))
	]);
	const sort = isSupplySortKey(state.sort) ? state.sort : 'gebiet';
	return {
		bands,
		layers: layerChoices,
		canEdit,
		measures: supplyMeasures,
		view: {
			...state,
			sort,
			date: analysis.date,
			analysis: { ...analysis, rows: sortSupplyRows(analysis.rows, sort, state.descending) },
			withGeometry: units.filter((u) => u.hasGeometry).length
		},
		basemapStyleUrl: getConfig().basemap?.styleUrl ?? null
	};
};
