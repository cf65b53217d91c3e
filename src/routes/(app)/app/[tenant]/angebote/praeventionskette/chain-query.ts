import type { ChainReach } from '$lib/core/supply/prevention-chain';
import { chainUnits } from '$lib/core/supply/chain-view';
import type { TenantContext } from '$lib/server/services/tenant-context';
import { listLayers, listUnits } from '$lib/server/services/spatial-layer.service';

/**
 * The page's and the download's reading of the URL (ebene, reichweite, teil, schluessel): the
 * layer, the reach and the unit codes to show, with the parent units to choose from.
 */
export async function chainQuery(tc: TenantContext, params: URLSearchParams) {
	const layers = await listLayers(tc);
	if (layers.length === 0) return null;
	const finest = [...layers].sort((a, b) => b.depth - a.depth)[0]!;
	const layer = layers.find((l) => l.code === params.get('ebene')) ?? finest;
	const reach: ChainReach = params.get('reichweite') === 'nachbarn' ? 'neighbourhood' : 'unit';
	const units = await listUnits(tc, layer.code);
	const parentLayer = layer.parentCode ? layers.find((l) => l.code === layer.parentCode) : undefined;
	const parents = parentLayer
		? (await listUnits(tc, parentLayer.code)).map((u) => ({ code: u.code, name: u.name }))
		: [];
	const text = (params.get('schluessel') ?? '').trim();
	const wanted = params.get('teil');
	const parent = parents.length === 0 ? null : (parents.find((p) => p.code === wanted) ?? parents[0]!).code;
	const codes = chainUnits(units, { text, parent });
	return {
		layers: layers.map((l) => ({ code: l.code, name: l.name })),
		layer: { code: layer.code, name: layer.name },
		parentLayer: parentLayer ? { code: parentLayer.code, name: parentLayer.name } : null,
		parents,
		parent: text ? null : parent,
		text,
		reach,
		codes,
		unitCount: units.length
	};
}
