import { layerResource } from '$lib/server/api/presenters/spatial';
import { describeLayer } from '$lib/server/services/spatial-layer.service';
import { tenantContextOf } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

export const GET = (event) =>
	apiResult(async () => layerResource(await describeLayer(await tenantContextOf(event), event.params.layer)));
