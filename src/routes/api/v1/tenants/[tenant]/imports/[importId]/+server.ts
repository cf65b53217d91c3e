import { getImport } from '$lib/server/services/import.service';
import { serviceContext } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

/** One import: provenance, options used, counts and warnings (`details`). */
export const GET = (event) =>
	apiResult(() => getImport(serviceContext(event), event.params.tenant, event.params.importId));
