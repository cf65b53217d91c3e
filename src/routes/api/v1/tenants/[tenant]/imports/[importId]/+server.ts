import { getImport } from '$lib/server/services/import.service';
import { tenantContextOf } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

/** One import: provenance, options used, counts and warnings (`details`). */
export const GET = (event) =>
	apiResult(async () => getImport(await tenantContextOf(event), event.params.importId));
