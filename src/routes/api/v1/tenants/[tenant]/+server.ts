import { listDepartments, resolveTenant } from '$lib/server/services/tenant.service';
import { serviceContext } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

export const GET = (event) =>
	apiResult(async () => {
		const ctx = serviceContext(event);
		const tenant = await resolveTenant(ctx, event.params.tenant);
		return { ...tenant, departments: await listDepartments(ctx, tenant.slug) };
	});
