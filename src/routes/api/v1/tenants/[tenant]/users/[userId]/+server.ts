import { removeMember, updateMember } from '$lib/server/services/user.service';
import { tenantContextOf } from '$lib/server/web/context';
import { jsonBody } from '$lib/server/web/json-body';
import { apiResult } from '$lib/server/web/respond';

/** Changes the member's role (and department). */
export const PATCH = (event) =>
	apiResult(async () => {
		await updateMember(await tenantContextOf(event), event.params.userId, await jsonBody(event.request));
		return { ok: true };
	});

/** Removes the user from this tenant. */
export const DELETE = (event) =>
	apiResult(async () => {
		await removeMember(await tenantContextOf(event), event.params.userId);
		return { ok: true };
	});
