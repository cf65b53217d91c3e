import { planCheckPage, stichtagOf } from '$lib/server/presenters/plan-check';
import { listIndicators } from '$lib/server/services/indicator.service';
import { listCompositeIndexes } from '$lib/server/values/composite-index';
import { checkAllGoals } from '$lib/server/values/goal-check';
import { planCheck } from '$lib/server/values/plan-check';
import { tenantContextOf } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

/**
 * The check of the plan at the Stichtag of the GET form (default today). Like the overview, the
 * page is the administration's: the values refuse a Träger (no data.read). An invalid Stichtag is
 * named at the field and nothing is checked.
 */
export const load: PageServerLoad = async (event) =>
	loadResult(async () => {
		const tc = await tenantContextOf(event);
		const locale = event.locals.locale;
		const stichtag = stichtagOf(
			event.url.searchParams.get('stichtag'),
			tc.now.toISOString().slice(0, 10),
			locale
		);
		// Read first, also for an invalid date: a Träger is refused before anything is said.
		const indexes = await listCompositeIndexes(tc);
		if (stichtag.error) return { stichtag, check: null };
		const [check, goals, indicators] = await Promise.all([
			planCheck(tc, stichtag.date),
			checkAllGoals(tc, stichtag.date),
			listIndicators(tc)
		]);
		const units = new Map(indicators.map((i) => [i.code, { label: i.unitLabel, decimals: i.decimals }]));
		const needKnown = indexes.some((i) => i.computedDates.length > 0);
		return { stichtag, check: planCheckPage({ check, goals, units, needKnown }, stichtag.date, locale) };
	});
