import { getImportJob } from '$lib/server/services/import-wizard.service';
import { tenantContextOf } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

/** Progress and outcome of one of the caller's own background imports (started in the wizard). */
export const GET = (event) =>
	apiResult(async () => getImportJob(await tenantContextOf(event), event.params.jobId));
