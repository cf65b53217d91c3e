import { listAudit } from '$lib/server/services/audit.service';
import { serviceContext } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

export const GET = (event) =>
	apiResult(() =>
		listAudit(serviceContext(event), event.params.tenant, Object.fromEntries(event.url.searchParams))
	);
