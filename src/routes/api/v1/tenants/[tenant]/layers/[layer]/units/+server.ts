import { unitResource } from '$lib/server/api/presenters/spatial';
import { listUnits } from '$lib/server/services/spatial-layer.service';
import { tenantContextOf } from '$lib/server/web/context';
import { maxLimit, pageOf, parsePaging } from '$lib/server/web/paging';
import { apiResult } from '$lib/server/web/respond';

/** The units of a layer by code (shapes: units.geojson). All of a large city's fit one page. */
export const GET = (event) =>
	apiResult(async () => {
		const paging = parsePaging(event.url, maxLimit);
		const units = await listUnits(await tenantContextOf(event), event.params.layer);
		return pageOf(units.map(unitResource), paging, event.url);
	});
