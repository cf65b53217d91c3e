import { getCompositeIndex } from '$lib/server/values/composite-index';
import { tenantContextOf } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

export const GET = (event) =>
	apiResult(async () => getCompositeIndex(await tenantContextOf(event), event.params.index));
