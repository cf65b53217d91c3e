import { unitListPage, unitListQuery } from '$lib/core/catalogue/unit-list';
import { monitoringCatalogue } from '$lib/server/values/monitoring';
import { listUnits } from '$lib/server/services/spatial-layer.service';
import { tenantContextOf } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

const pageSize = 50;

/** Finding an area's profile: a layer, a search by name or code, and a paged list of links. */
export const load: PageServerLoad = async (event) => {
	const tc = await loadResult(() => tenantContextOf(event));
	const catalogue = await loadResult(() => monitoringCatalogue(tc));
	const layers = catalogue.layers.filter((l) => l.unitCount > 0);
	const wanted = event.url.searchParams.get('ebene');
	const layer = layers.find((l) => l.code === wanted) ?? layers.at(-1) ?? null;
	if (!layer) return { layers, layer: null, query: { search: '' }, list: null };
	const units = await loadResult(() => listUnits(tc, layer.code));
	const query = unitListQuery(event.url.searchParams, pageSize);
	const list = unitListPage(
		units.map((u) => ({ code: u.code, name: u.name, parentCode: u.parentCode, hasGeometry: u.hasGeometry })),
		query
	);
	return { layers, layer, query: { search: query.search }, list };
};
