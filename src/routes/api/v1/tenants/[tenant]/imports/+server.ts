import { listImports } from '$lib/server/services/import.service';
import { serviceContext } from '$lib/server/web/context';
import { parsePaging } from '$lib/server/web/paging';
import { apiResult } from '$lib/server/web/respond';

/** The tenant's imports with their provenance, newest first; paged by `limit` and `offset`. */
export const GET = (event) =>
	apiResult(async () => {
		const { limit, offset } = parsePaging(event.url, 50);
		const result = await listImports(serviceContext(event), event.params.tenant, { limit, offset });
		let next: string | null = null;
		if (offset + limit < result.total) {
			const query = new URLSearchParams(event.url.searchParams);
			query.set('limit', String(limit));
			query.set('offset', String(offset + limit));
			next = `${event.url.pathname}?${query}`;
		}
		return { items: result.imports, total: result.total, limit, offset, next };
	});
