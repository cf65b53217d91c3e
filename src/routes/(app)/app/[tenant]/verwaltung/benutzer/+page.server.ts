import {} from '@sveltejs/kit';
import { listProviders } from '$lib/server/services/facility-taxonomy.service';
import { listDepartments } from '$lib/server/services/tenant.service';
import { createUser, listUsers } from '$lib/server/services/user.service';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	const tc = await loadResult(() => tenantContextOf(event));
	const [users, departments, providers] = await loadResult(() =>
		Promise.all([listUsers(tc), listDepartments(tc), listProviders(tc)])
	);
	return {
		users,
		departments: departments.map((d) => ({ id: d.id, name: d.name })),
		providers: providers.map((p) => ({ id: p.id, name: p.name })),
		canManage: capabilities.manageUsers,
		removed: event.url.searchParams.get('entfernt') === '1'
	};
};

export const actions = {
	anlegen: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () =>
			createUser(await tenantContextOf(event), {
				username: form.get('username') ?? '',
				email: form.get('email'),
				displayName: form.get('displayName') ?? '',
				password: form.get('password') ?? '',
				role: form.get('role'),
				departmentId: form.get('departmentId'),
				providerId: form.get('providerId')
			})
		);
		if (isFormFailure(result)) return result;
		return { created: result.username };
	}
} satisfies Actions;
