import { importSummaryPage } from '$lib/server/api/presenters/imports';
import { listImports } from '$lib/server/services/import.service';
import { tenantContextOf } from '$lib/server/web/context';
import { parsePaging } from '$lib/server/web/paging';
import { apiResult } from '$lib/server/web/respond';

/** The tenant's imports with their provenance, newest first; paged by `limit` and `offset`. */
export const GET = (event) =>
	apiResult(async () => {
		const { limit, offset } = parsePaging(event.url, 50);
		const result = await listImports(await tenantContextOf(event), { limit, offset });
		return importSummaryPage(result, { limit, offset }, event.url);
	});
