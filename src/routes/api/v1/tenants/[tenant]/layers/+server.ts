import { layerResource } from '$lib/server/api/presenters/spatial';
import { listLayers } from '$lib/server/services/spatial-layer.service';
import { tenantContextOf } from '$lib/server/web/context';
import { pageOf, parsePaging } from '$lib/server/web/paging';
import { apiResult } from '$lib/server/web/respond';

/** The tenant's spatial layers from the top down. */
export const GET = (event) =>
	apiResult(async () => {
		const paging = parsePaging(event.url);
		const layers = await listLayers(await tenantContextOf(event));
		return pageOf(layers.map(layerResource), paging, event.url);
	});
