import type { ImportPage } from '../../services/import.service';
import { nextPageLink, type Paging } from '../../web/paging';

/**
 * A page of the import list. The database pages it (the list grows with every import), so the
 * frame is built from the total rather than by slicing the whole list as pageOf does. Its
 * dates are Date objects until JSON; schemas/service-results.ts checks the page against its schema.
 */
export function importSummaryPage(result: ImportPage, paging: Paging, url: URL) {
	const { limit, offset } = paging;
	const next = nextPageLink(paging, result.total, url);
	return { items: result.imports, total: result.total, limit, offset, next };
}
