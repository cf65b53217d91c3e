import { membershipIn } from '$lib/core/auth/policy';
import type { ServiceContext } from '$lib/server/services/context';
import { listFacilityKinds, listProviders } from '$lib/server/services/facility-taxonomy.service';
import { listDepartments } from '$lib/server/services/tenant.service';

/** The choices of the facility form: kinds (with their capacity codes), providers, departments. */
export async function facilityFormOptions(ctx: ServiceContext, tenant: { id: string; slug: string }) {
	const [kinds, providers, departments] = await Promise.all([
		listFacilityKinds(ctx, tenant.slug),
		listProviders(ctx, tenant.slug),
		listDepartments(ctx, tenant.slug)
	]);
	return {
		kinds: kinds.map((k) => ({ code: k.code, name: k.name, capacityCodes: k.capacityCodes })),
		providers: providers.map((p) => ({ id: p.id, name: p.name })),
		departments: departments.map((d) => ({ id: d.id, name: d.name })),
		isProvider: membershipIn(ctx.actor, tenant.id)?.role === 'provider',
		ownDepartmentId: membershipIn(ctx.actor, tenant.id)?.departmentId ?? null
	};
}
