import { measureListQuery } from '$lib/core/planning/measure-view';
import { measureOverviewPage } from '$lib/server/presenters/measure-overview';
import { listMeasures } from '$lib/server/services/measure.service';
import { listDepartments } from '$lib/server/services/tenant.service';
import { tenantContextOf } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

/**
 * The measures of the plan, filtered by the GET form's parameters. A Träger is let in and sees
 * only the measures it runs (the service leaves out the others).
 */
export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	const view = await loadResult(async () => {
		const tc = await tenantContextOf(event);
		const [measures, departments] = await Promise.all([listMeasures(tc), listDepartments(tc)]);
		return measureOverviewPage(
			measures,
			departments,
			measureListQuery(event.url.searchParams),
			event.locals.locale
		);
	});
	return { ...view, canWrite: capabilities.writeMeasures, showSteeringNav: capabilities.readData };
};
