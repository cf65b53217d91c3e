import { unitFeatures } from '$lib/server/services/spatial-layer.service';
import { tenantContextOf } from '$lib/server/web/context';
import { apiError } from '$lib/server/web/respond';

/**
 * The units of a layer as one GeoJSON FeatureCollection (EPSG:4326), for maps and GIS (QGIS reads
 * the URL with a Bearer token). `simplify` is a tolerance in metres; not paged: a map needs all.
 */
export const GET = async (event) => {
	try {
		const raw = event.url.searchParams.get('simplify');
		const simplify = raw === null || raw.trim() === '' ? undefined : Number(raw);
		const collection = await unitFeatures(await tenantContextOf(event), event.params.layer, {
			simplify
		});
		return new Response(JSON.stringify(collection), {
			headers: { 'content-type': 'application/geo+json; charset=utf-8' }
		});
	} catch (caught) {
		return apiError(caught);
	}
};
