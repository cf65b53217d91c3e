import { listDepartments } from '$lib/server/services/tenant.service';
import { serviceContext } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await event.parent();
	const departments = await loadResult(() => listDepartments(serviceContext(event), event.params.tenant));
	return { departments: departments.map((d) => ({ id: d.id, name: d.name, shortName: d.shortName })) };
};
