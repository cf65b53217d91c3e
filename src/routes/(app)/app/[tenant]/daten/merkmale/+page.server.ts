import { listVariables } from '$lib/server/services/variable.service';
import { tenantContextOf } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

/** The variables (Merkmale) observations are recorded for: what indicators are computed from. */
export const load: PageServerLoad = async (event) => {
	const variables = await loadResult(async () => listVariables(await tenantContextOf(event)));
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
