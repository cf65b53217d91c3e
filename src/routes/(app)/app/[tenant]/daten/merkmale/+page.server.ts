import { listVariables } from '$lib/server/services/variable.service';
import { serviceContext } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

/** The variables (Merkmale) observations are recorded for: what indicators are computed from. */
export const load: PageServerLoad = async (event) => {
	const { tenant } = await event.parent();
	const variables = await loadResult(() => listVariables(serviceContext(event), tenant.slug));
	return {
		variables: variables.map((v) => ({
			code: v.code,
			name: v.name,
			kind: v.kind,
			unitLabel: v.unitLabel,
			source: v.source,
			topicName: v.topicName,
			description: v.description
		}))
	};
};
