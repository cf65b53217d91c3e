import { listDepartments } from '$lib/server/services/tenant.service';
import { tenantContextOf } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

export const GET = (event) =>
	apiResult(async () => {
		const tc = await tenantContextOf(event);
		return { ...tc.tenant, departments: await listDepartments(tc) };
	});
