import { auditEntities } from '$lib/core/i18n/audit';
import { listAudit } from '$lib/server/services/audit.service';
import { listProviders } from '$lib/server/services/facility-taxonomy.service';
import { listDepartments } from '$lib/server/services/tenant.service';
import { listUsers } from '$lib/server/services/user.service';
import { tenantContextOf } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

const pageSize = 25;

export const load: PageServerLoad = async (event) => {
	const { tenant } = await event.parent();
	const tc = await loadResult(() => tenantContextOf(event));
	const search = event.url.searchParams;
	const entity = search.get('objekt') || undefined;
	const requested = Number.parseInt(search.get('seite') ?? '1', 10);
	const page = Number.isFinite(requested) && requested >= 1 ? requested : 1;
	const audit = await loadResult(() => listAudit(tc, { page, pageSize, entity }));
	// Names for the ids in the entries, so that the log reads as text.
	const [users, departments, providers] = await loadResult(() =>
		Promise.all([listUsers(tc), listDepartments(tc), listProviders(tc)])
	);
	return {
		audit,
		entity: entity ?? '',
		entities: auditEntities,
		names: {
			users: users.map((u) => [u.userId, u.username] as const),
			departments: departments.map((d) => [d.id, d.name] as const),
			providers: providers.map((p) => [p.id, p.name] as const),
			tenants: [[tenant.id, tenant.name] as const]
		}
	};
};
