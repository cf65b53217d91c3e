import { valuePageBody } from '$lib/server/api/value-page';
import { cachedIndicatorValues } from '$lib/server/services/indicator-value-cache';
import { serviceContext } from '$lib/server/web/context';
import { maxLimit, parsePaging } from '$lib/server/web/paging';
import { apiError } from '$lib/server/web/respond';

/**
 * The indicator at every unit of `layer` at `date` (default: the latest with data). Served from
 * the value cache, which any import, rollback or definition invalidates (indicator-value-cache.ts),
 * as bytes serialised once per cached set (value-page.ts): this is the API's hot path (B3).
 */
export const GET = async (event) => {
	try {
		const paging = parsePaging(event.url, maxLimit);
		const query = event.url.searchParams;
		const set = await cachedIndicatorValues(serviceContext(event), event.params.tenant, {
			indicator: event.params.indicator,
			layer: query.get('layer') ?? undefined,
			date: query.get('date') || undefined
		});
		return new Response(valuePageBody(set, paging, event.url), {
			headers: { 'content-type': 'application/json' }
		});
	} catch (caught) {
		return apiError(caught);
	}
};
