import { homeKeyIndicators, homeOverview } from '$lib/server/values/home-overview';
import { listDepartments } from '$lib/server/services/tenant.service';
import { tenantContextOf } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

/** The tenant's home page: what exists, what is in it, and where to start (server/values/home-overview.ts). */
export const load: PageServerLoad = async (event) => {
	const tc = await loadResult(() => tenantContextOf(event));
	const [overview, departments] = await loadResult(() =>
		Promise.all([homeOverview(tc), listDepartments(tc)])
	);
	const base = {
		overview,
		departments: departments.map((d) => ({ id: d.id, name: d.name, shortName: d.shortName }))
	};
	if (overview.kind === 'provider') return { ...base, keyIndicators: [] };
	// The key figures take seconds the first time after a start. On a navigation inside the app
	// (e.g. right after the login) they follow as a stream; a full page load (and a browser without
	// JavaScript) gets them in the HTML.
	const keyIndicators = loadResult(() => homeKeyIndicators(tc));
	return { ...base, keyIndicators: event.isDataRequest ? keyIndicators : await keyIndicators };
};
