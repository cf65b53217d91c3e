import { rollbackImport } from '$lib/server/services/import.service';
import { serviceContext } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

/** Rolls the import back, or refuses with the reason (409 `import.rollback_blocked`). */
export const POST = (event) =>
	apiResult(() => rollbackImport(serviceContext(event), event.params.tenant, event.params.importId));
