import { error, redirect } from '@sveltejs/kit';
import { AppError } from '$lib/core/errors';
import { listProviders } from '$lib/server/services/facility-taxonomy.service';
import { listDepartments } from '$lib/server/services/tenant.service';
import { listUsers, removeMember, resetPassword, updateMember } from '$lib/server/services/user.service';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	const tc = await loadResult(() => tenantContextOf(event));
	const [users, departments, providers] = await loadResult(async () => {
		// Only those who may manage users get the forms; the services check every action again.
		if (!capabilities.manageUsers) throw new AppError('auth.forbidden');
		return Promise.all([listUsers(tc), listDepartments(tc), listProviders(tc)]);
	});
	const member = users.find((u) => u.userId === event.params.userId);
	if (!member) {
		const missing = new AppError('user.not_found', { user: event.params.userId });
		error(404, { message: missing.message, code: missing.code });
	}
	return {
		member,
		departments: departments.map((d) => ({ id: d.id, name: d.name })),
		providers: providers.map((p) => ({ id: p.id, name: p.name }))
	};
};

export const actions = {
	rolle: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () =>
			updateMember(await tenantContextOf(event), event.params.userId, {
				role: form.get('role'),
				departmentId: form.get('departmentId'),
				providerId: form.get('providerId')
			})
		);
		if (isFormFailure(result)) return result;
		return { done: 'rolle' as const };
	},
	passwort: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () =>
			resetPassword(await tenantContextOf(event), event.params.userId, {
				password: form.get('password') ?? ''
			})
		);
		if (isFormFailure(result)) return result;
		return { done: 'passwort' as const };
	},
	entfernen: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () =>
			removeMember(await tenantContextOf(event), event.params.userId)
		);
		if (isFormFailure(result)) return result;
		redirect(303, `/app/${event.params.tenant}/verwaltung/benutzer?entfernt=1`);
	}
} satisfies Actions;
