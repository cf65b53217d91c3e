import type { ImportPage } from '../../services/import.service';
import type { Paging } from '../../web/paging';

/**
 * A page of the import list. The database pages it (the list grows with every import), so the
 * frame is built from the total rather than by slicing the whole list as web/paging.ts does. Its
 * dates are Date objects until JSON; schemas/service-results.ts checks the page against its schema.
 */
export function importSummaryPage(result: ImportPage, { limit, offset }: Paging, url: URL) {
	let next: string | null = null;
	if (offset + limit < result.total) {
		const query = new URLSearchParams(url.searchParams);
		query.set('limit', String(limit));
		query.set('offset', String(offset + limit));
		next = `${url.pathname}?${query}`;
	}
	return { items: result.imports, total: result.total, limit, offset, next };
}
