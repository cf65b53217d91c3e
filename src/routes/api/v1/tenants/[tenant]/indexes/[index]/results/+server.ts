import { compositeIndexResults } from '$lib/server/values/composite-index';
import { tenantContextOf } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

/** Stored results of one date (default: the latest computed), or one unit's results over time. */
export const GET = (event) =>
	apiResult(async () =>
		compositeIndexResults(await tenantContextOf(event), event.params.index, {
			date: event.url.searchParams.get('date') || undefined,
			unit: event.url.searchParams.get('unit') || undefined
		})
	);
