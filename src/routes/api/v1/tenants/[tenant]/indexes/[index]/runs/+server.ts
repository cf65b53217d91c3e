import { indexRunResource } from '$lib/server/api/presenters/composite-index';
import { storeCompositeIndex } from '$lib/server/services/composite-index.service';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

/** Computes and stores the index at the given dates ({"dates": [...]}; {} = every date with data). */
export const POST = (event) =>
	apiResult(async () => {
		const body = await jsonBody(event.request);
		const computed = await storeCompositeIndex(await tenantContextOf(event), event.params.index, body);
		return computed.map(indexRunResource);
	}, 201);
