import { getImportJob } from '$lib/server/services/import-wizard.service';
import { serviceContext } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

/** Progress and outcome of one of the caller's own background imports (started in the wizard). */
export const GET = (event) =>
	apiResult(() => getImportJob(serviceContext(event), event.params.tenant, event.params.jobId));
