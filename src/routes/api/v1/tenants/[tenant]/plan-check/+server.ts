import { planCheck } from '$lib/server/values/plan-check';
import { tenantContextOf } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

/** The plan check at a date (`date`, default today). */
export const GET = (event) =>
	apiResult(async () =>
		planCheck(await tenantContextOf(event), event.url.searchParams.get('date') ?? undefined)
	);
