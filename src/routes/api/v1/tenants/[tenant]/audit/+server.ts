import { listAudit } from '$lib/server/services/audit.service';
import { tenantContextOf } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

export const GET = (event) =>
	apiResult(async () => listAudit(await tenantContextOf(event), Object.fromEntries(event.url.searchParams)));
