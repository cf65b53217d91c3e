import { goalListQuery } from '$lib/core/planning/goal-view';
import { goalOverviewPage } from '$lib/server/presenters/goal-overview';
import { listIndicators } from '$lib/server/services/indicator.service';
import { listDepartments } from '$lib/server/services/tenant.service';
import { listTopics } from '$lib/server/services/variable.service';
import { checkAllGoals } from '$lib/server/values/goal-check';
import { tenantContextOf } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

/**
 * The Steuerung overview: every goal in the order of the plan with its rating now, filtered by the
 * GET form's parameters. The area is the administration's: a Träger (no data.read) is refused.
 */
export const load: PageServerLoad = async (event) => {
	const { capabilities } = await event.parent();
	const view = await loadResult(async () => {
		const tc = await tenantContextOf(event);
		const [checks, indicators, topics, departments] = await Promise.all([
			checkAllGoals(tc),
			listIndicators(tc),
			listTopics(tc),
			listDepartments(tc)
		]);
		const units = new Map(indicators.map((i) => [i.code, { label: i.unitLabel, decimals: i.decimals }]));
		return goalOverviewPage(
			{ checks, units, topics, departments },
			goalListQuery(event.url.searchParams),
			event.locals.locale
		);
	});
	return { ...view, canWrite: capabilities.writeGoals };
};
