import { unitResource } from '$lib/server/api/presenters/spatial';
import { getUnit } from '$lib/server/services/spatial-layer.service';
import { serviceContext } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

export const GET = (event) =>
	apiResult(async () =>
		unitResource(
			await getUnit(serviceContext(event), event.params.tenant, event.params.layer, event.params.unit)
		)
	);
