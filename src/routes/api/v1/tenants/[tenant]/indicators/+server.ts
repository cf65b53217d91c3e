import { indicatorResource } from '$lib/server/api/presenters/indicators';
import { listIndicators } from '$lib/server/services/indicator.service';
import { tenantContextOf } from '$lib/server/web/context';
import { pageOf, parsePaging } from '$lib/server/web/paging';
import { apiResult } from '$lib/server/web/respond';

/** The indicator catalogue: each definition with its fact sheet. */
export const GET = (event) =>
	apiResult(async () => {
		const paging = parsePaging(event.url);
		const indicators = await listIndicators(await tenantContextOf(event));
		return pageOf(indicators.map(indicatorResource), paging, event.url);
	});
