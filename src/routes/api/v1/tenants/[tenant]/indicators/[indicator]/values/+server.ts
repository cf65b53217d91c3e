import { valuePageBody } from '$lib/server/api/value-page';
import { cachedIndicatorValues } from '$lib/server/services/indicator-value-cache';
import { publicIndicatorValues } from '$lib/server/services/public-values.service';
import { serviceContext } from '$lib/server/web/context';
import { maxLimit, parsePaging } from '$lib/server/web/paging';
import { apiError } from '$lib/server/web/respond';

/**
 * The indicator at every unit of `layer` at `date` (default: the latest with data). Served from
 * the value cache, which any import, rollback or definition invalidates (indicator-value-cache.ts),
 * as bytes serialised once per cached set (value-page.ts): this is the API's hot path (B3).
 * Without a login, or with an API token marked public, the public values of a tenant that
 * publishes: through its disclosure rules (public-values.service.ts).
 */
export const GET = async (event) => {
	try {
		const paging = parsePaging(event.url, maxLimit);
		const query = event.url.searchParams;
		const ctx = serviceContext(event);
		const read = ctx.actor.kind === 'anonymous' ? publicIndicatorValues : cachedIndicatorValues;
		const set = await read(ctx, event.params.tenant, {
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
