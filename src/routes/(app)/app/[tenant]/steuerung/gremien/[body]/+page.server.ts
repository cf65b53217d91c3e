import { redirect } from '@sveltejs/kit';
import { addMember, getBody, memberLeaves } from '$lib/server/services/body.service';
import { createMeeting } from '$lib/server/services/meeting.service';
import { listUsers } from '$lib/server/services/user.service';
import { tenantContextOf } from '$lib/server/web/context';
import { formResult, isFormFailure, loadResult } from '$lib/server/web/respond';
import type { Actions, PageServerLoad } from './$types';

/**
 * One body: its members and meetings; for planners the forms to add a member (a user of the
 * tenant or an external person), to let one leave, and to plan a meeting.
 */
export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	return loadResult(async () => {
		const tc = await tenantContextOf(event);
		const canWrite = capabilities.writeSharedData;
		const [detail, users] = await Promise.all([
			getBody(tc, event.params.body),
			canWrite ? listUsers(tc) : Promise.resolve([])
		]);
		return {
			...detail,
			users: users.map((u) => ({ id: u.userId, name: u.displayName })),
			canWrite,
			created: event.url.searchParams.has('angelegt')
		};
	});
};

export const actions = {
	mitglied: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () =>
			addMember(await tenantContextOf(event), event.params.body, Object.fromEntries(form))
		);
		if (isFormFailure(result)) return result;
		return { added: result.name };
	},
	ausscheiden: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () => {
			const tc = await tenantContextOf(event);
			return memberLeaves(tc, event.params.body, String(form.get('member') ?? ''), {
				leftOn: tc.now.toISOString().slice(0, 10)
			});
		});
		if (isFormFailure(result)) return result;
		return { left: result.name };
	},
	sitzung: async (event) => {
		const form = await event.request.formData();
		const result = await formResult(form, async () =>
			createMeeting(await tenantContextOf(event), event.params.body, Object.fromEntries(form))
		);
		if (isFormFailure(result)) return result;
		redirect(303, `${event.url.pathname.replace(/\/gremien\/[^/]+$/, '')}/sitzungen/${result.id}`);
	}
} satisfies Actions;
