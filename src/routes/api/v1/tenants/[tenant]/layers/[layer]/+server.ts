import { layerResource } from '$lib/server/api/presenters/spatial';
import { describeLayer } from '$lib/server/services/spatial-layer.service';
import { serviceContext } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

export const GET = (event) =>
	apiResult(async () =>
		layerResource(await describeLayer(serviceContext(event), event.params.tenant, event.params.layer))
	);
