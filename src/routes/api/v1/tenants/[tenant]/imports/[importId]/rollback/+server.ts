import { rollbackImport } from '$lib/server/services/import.service';
import { tenantContextOf } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

/** Rolls the import back, or refuses with the reason (409 `import.rollback_blocked`). */
export const POST = (event) =>
	apiResult(async () => rollbackImport(await tenantContextOf(event), event.params.importId));
