import { variableResource } from '$lib/server/api/presenters/indicators';
import { listVariables } from '$lib/server/services/variable.service';
import { tenantContextOf } from '$lib/server/web/context';
import { pageOf, parsePaging } from '$lib/server/web/paging';
import { apiResult } from '$lib/server/web/respond';

export const GET = (event) =>
	apiResult(async () => {
		const paging = parsePaging(event.url);
		const variables = await listVariables(await tenantContextOf(event));
		return pageOf(variables.map(variableResource), paging, event.url);
	});
