import { variableResource } from '$lib/server/api/presenters/indicators';
import { getVariable } from '$lib/server/services/variable.service';
import { tenantContextOf } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

export const GET = (event) =>
	apiResult(async () =>
		variableResource(await getVariable(await tenantContextOf(event), event.params.variable))
	);
