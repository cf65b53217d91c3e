import { unitListPage, unitListQuery } from '$lib/core/catalogue/unit-list';
import { listLayers, listUnits } from '$lib/server/services/spatial-layer.service';
import { tenantContextOf } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

const pageSize = 50;

/**
 * A layer: its units as a table (searched, sorted and paged by a GET form, so it works without
 * JavaScript) and, in the browser, a map of all of them. The geometry is not in the page: the
 * map fetches it as GeoJSON from the API, so the HTML stays small.
 */
export const load: PageServerLoad = async (event) => {
	const tc = await loadResult(() => tenantContextOf(event));
	// listUnits checks the layer exists (404 with the layer's code otherwise).
	const units = await loadResult(() => listUnits(tc, event.params.layer));
	const layers = await loadResult(() => listLayers(tc));
	const layer = layers.find((l) => l.code === event.params.layer)!;
	const query = unitListQuery(event.url.searchParams, pageSize);
	const listed = unitListPage(
		units.map((u) => ({ code: u.code, name: u.name, parentCode: u.parentCode, hasGeometry: u.hasGeometry })),
		query
	);
	const parentLayer = layers.find((l) => l.code === layer.parentCode);
	return {
		layer: {
			code: layer.code,
			name: layer.name,
			description: layer.description,
			unitCount: layer.unitCount,
			validFrom: layer.validFrom,
			validTo: layer.validTo
		},
		parentLayer: parentLayer ? { code: parentLayer.code, name: parentLayer.name } : null,
		childLayers: layers
			.filter((l) => l.parentCode === layer.code)
			.map((l) => ({ code: l.code, name: l.name })),
		withGeometry: units.filter((u) => u.hasGeometry).length,
		query: { search: query.search, sort: query.sort, direction: query.direction },
		list: listed
	};
};
