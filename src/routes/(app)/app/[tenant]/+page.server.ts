import { listProviders } from '$lib/server/services/facility-taxonomy.service';
import { listDepartments } from '$lib/server/services/tenant.service';
import { serviceContext } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { role } = await event.parent();
	const ctx = serviceContext(event);
	const [departments, provider] = await loadResult(() =>
		Promise.all([
			listDepartments(ctx, event.params.tenant),
			// A Träger's list holds only its own Träger.
			role === 'provider' ? listProviders(ctx, event.params.tenant).then((own) => own[0]) : undefined
		])
	);
	return {
		departments: departments.map((d) => ({ id: d.id, name: d.name, shortName: d.shortName })),
		// A Träger sees what it is here for, not the orientation of the administration.
		provider: provider ? { name: provider.name } : null
	};
};
