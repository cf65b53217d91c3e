import { maxSelection } from '$lib/core/monitoring/view-state';
import { areaProfile } from '$lib/server/values/area-profile';
import { monitoringCatalogue } from '$lib/server/values/monitoring';
import { listUnits } from '$lib/server/services/spatial-layer.service';
import { tenantContextOf } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

/** Two or more areas side by side, each beside its parent and the city. */
export const load: PageServerLoad = async (event) => {
	const tc = await loadResult(() => tenantContextOf(event));
	const search = event.url.searchParams;
	const catalogue = await loadResult(() => monitoringCatalogue(tc));
	const layers = catalogue.layers.filter((l) => l.unitCount > 0);
	const layer = layers.find((l) => l.code === search.get('ebene')) ?? layers.at(-1) ?? null;
	if (!layer)
		return {
			layers,
			layer: null,
			units: [] as { code: string; name: string }[],
			chosen: [] as string[],
			profile: null
		};
	const units = await loadResult(() => listUnits(tc, layer.code));
	const known = new Set(units.map((u) => u.code));
	const chosen = [
		...new Set(
			search
				.getAll('auswahl')
				.flatMap((v) => v.split(','))
				.map((c) => c.trim())
		)
	]
		.filter((c) => known.has(c))
		.slice(0, maxSelection);
	const date = search.get('datum');
	const profile =
		chosen.length > 0
			? await loadResult(() =>
					areaProfile(tc, {
						layer: layer.code,
						units: chosen,
						date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null
					})
				)
			: null;
	return {
		layers,
		layer,
		units: units.map((u) => ({ code: u.code, name: u.name })),
		chosen,
		profile
	};
};
