import { parseMonitoringState } from '$lib/core/monitoring/view-state';
import { getConfig } from '$lib/server/config';
import {
	areaSeries,
	areaValues,
	areaValueTable,
	monitoringCatalogue,
	type MonitoringCatalogue
} from '$lib/server/values/monitoring';
import { tenantContextOf } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

/** Without a choice in the URL: the finest layer (the Planungsräume of a city), where maps say most. */
function defaultLayer(catalogue: MonitoringCatalogue): string | null {
	const depthOf = (code: string | null): number => {
		const layer = catalogue.layers.find((l) => l.code === code);
		return layer ? 1 + depthOf(layer.parentCode) : 0;
	};
	const withUnits = catalogue.layers.filter((l) => l.unitCount > 0);
	return withUnits.toSorted((a, b) => depthOf(b.code) - depthOf(a.code))[0]?.code ?? null;
}

/**
 * The monitoring workspace: one indicator on one layer at one date (or the change between two
 * dates), with everything the linked views need. The whole view is in the URL
 * (core/monitoring/view-state.ts); the page itself classifies and draws, so that changing the
 * classification needs no round trip. Geometry is not in the page: the map fetches it once.
 */
export const load: PageServerLoad = async (event) => {
	const tc = await loadResult(() => tenantContextOf(event));
	const state = parseMonitoringState(event.url.searchParams);
	const catalogue = await loadResult(() => monitoringCatalogue(tc));
	const known = (code: string | null) => catalogue.indicators.some((i) => i.code === code);
	const indicator = known(state.indicator) ? state.indicator! : (catalogue.indicators[0]?.code ?? null);
	const layer = catalogue.layers.some((l) => l.code === state.layer) ? state.layer! : defaultLayer(catalogue);
	const base = {
		state,
		catalogue,
		choice: { indicator, layer },
		basemapStyleUrl: getConfig().basemap?.styleUrl ?? null
	};
	if (!indicator || !layer)
		return { ...base, values: null, since: null, series: [], versus: null, matrix: null };

	const values = await loadResult(() => areaValues(tc, { indicator, layer, date: state.date }));
	const sinceDate =
		state.view === 'veraenderung'
			? state.since && values.dates.includes(state.since)
				? state.since
				: values.dates[0]
			: null;
	const since =
		sinceDate && sinceDate !== values.date
			? await loadResult(() => areaValues(tc, { indicator, layer, date: sinceDate }))
			: null;
	// The linked views beside map and table. On a navigation inside the page they follow as a
	// stream, so that the map repaints without waiting for them; a first load (and a browser
	// without JavaScript) gets them in the HTML.
	const series = loadResult(() => areaSeries(tc, { indicator, layer, units: state.selection }));
	const versus =
		state.versus && known(state.versus)
			? loadResult(() =>
					areaValueTable(tc, {
						indicators: [indicator, state.versus!],
						layer,
						date: values.date
					})
				)
			: null;
	const matrixCodes = state.matrix.filter(known);
	const matrix =
		matrixCodes.length >= 2
			? loadResult(() => areaValueTable(tc, { indicators: matrixCodes, layer, date: values.date }))
			: null;
	if (event.isDataRequest) return { ...base, values, since, series, versus, matrix };
	// All at once, so that none of them rejects while another is awaited.
	const [seriesNow, versusNow, matrixNow] = await Promise.all([series, versus, matrix]);
	return { ...base, values, since, series: seriesNow, versus: versusNow, matrix: matrixNow };
};
