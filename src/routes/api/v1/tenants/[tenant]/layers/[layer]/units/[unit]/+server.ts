import { unitResource } from '$lib/server/api/presenters/spatial';
import { getUnit } from '$lib/server/services/spatial-layer.service';
import { tenantContextOf } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

export const GET = (event) =>
	apiResult(async () =>
		unitResource(await getUnit(await tenantContextOf(event), event.params.layer, event.params.unit))
	);
