import { valuePageBody } from '$lib/server/api/value-page';
import { cachedIndicatorValues } from '$lib/server/values/value-cache';
import { publicIndicatorValues } from '$lib/server/values/public-values';
import { publicTenantContext, tenantContext } from '$lib/server/services/tenant-context';
import { serviceContext } from '$lib/server/web/context';
import { maxLimit, parsePaging } from '$lib/server/web/paging';
import { apiError } from '$lib/server/web/respond';

/**
 * The indicator at every unit of `layer` at `date` (default: the latest with data). Served from
 * the value cache, which any import, rollback or definition invalidates (values/value-cache.ts),
 * as bytes serialised once per cached set (value-page.ts): this is the API's hot path (B3).
 * Without a login, or with an API token marked public, the public values of a tenant that
 * publishes: through its disclosure rules (values/public-values.ts).
 */
export const GET = async (event) => {
	try {
		const paging = parsePaging(event.url, maxLimit);
		const query = event.url.searchParams;
		const ctx = serviceContext(event);
		// One look-up of the tenant with its data version, as a member or as the public.
		const [context, read] =
			ctx.actor.kind === 'anonymous'
				? [publicTenantContext, publicIndicatorValues]
				: [tenantContext, cachedIndicatorValues];
		const set = await read(await context(ctx, event.params.tenant), {
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
