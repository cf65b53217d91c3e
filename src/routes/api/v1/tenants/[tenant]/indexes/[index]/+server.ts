import { getCompositeIndex } from '$lib/server/services/composite-index.service';
import { serviceContext } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

export const GET = (event) =>
	apiResult(() => getCompositeIndex(serviceContext(event), event.params.tenant, event.params.index));
