import { membershipIn } from '$lib/core/auth/policy';
import type { TenantContext } from '$lib/server/services/tenant-context';
import { listFacilityKinds, listProviders } from '$lib/server/services/facility-taxonomy.service';
import { listDepartments } from '$lib/server/services/tenant.service';

/** The choices of the facility form: kinds (with their capacity codes), providers, departments. */
export async function facilityFormOptions(tc: TenantContext) {
	const [kinds, providers, departments] = await Promise.all([
		listFacilityKinds(tc),
		listProviders(tc),
		listDepartments(tc)
	]);
	return {
		kinds: kinds.map((k) => ({ code: k.code, name: k.name, capacityCodes: k.capacityCodes })),
		providers: providers.map((p) => ({ id: p.id, name: p.name })),
		departments: departments.map((d) => ({ id: d.id, name: d.name })),
		isProvider: membershipIn(tc.actor, tc.tenant.id)?.role === 'provider',
		ownDepartmentId: membershipIn(tc.actor, tc.tenant.id)?.departmentId ?? null
	};
}
