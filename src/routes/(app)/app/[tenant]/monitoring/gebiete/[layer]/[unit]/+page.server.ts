import { areaProfile, unitSurroundings } from '$lib/server/values/area-profile';
import { compositeIndexResults, listCompositeIndexes } from '$lib/server/values/composite-index';
import { areaPlanningSection } from '$lib/server/presenters/plan-areas';
import { areaPlanning } from '$lib/server/values/plan-areas';
import { supplyProfileSection } from '$lib/server/services/supply-profile.service';
import { tenantContextOf } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

/**
 * The profile of one area (Sozialraum-Steckbrief): every indicator with values on its layer, with
 * rank, parent and city value, trend and sparkline; its neighbours and the units below it.
 */
export const load: PageServerLoad = async (event) => {
	// The tenant as the layout resolved it (one look-up per request), without waiting for the layout.
	const tc = await loadResult(() => tenantContextOf(event));
	const { layer, unit } = event.params;
	const date = event.url.searchParams.get('datum');
	const profile = await loadResult(() =>
		areaProfile(tc, {
			layer,
			units: [unit],
			date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null
		})
	);
	const surroundings = await loadResult(() => unitSurroundings(tc, layer, unit));
	// The social index of this unit, for every index defined on its layer (section "Sozialindex").
	const indexes = (await loadResult(() => listCompositeIndexes(tc))).filter((i) => i.layer === layer);
	const socialIndex = await Promise.all(
		indexes.map(async (i) => ({
			code: i.code,
			name: i.name,
			definition: i.definition,
			results: (await loadResult(() => compositeIndexResults(tc, i.code, { unit }))).results
		}))
	);
	// Section "Angebot und Bedarf": heavy, so only on request (?versorgung=1), see the service.
	const supply = await loadResult(() =>
		supplyProfileSection(tc, {
			layer,
			unit,
			requested: event.url.searchParams.get('versorgung') === '1'
		})
	);
	// Section "Ziele und Maßnahmen in diesem Gebiet" (values/plan-areas.ts).
	const planning = areaPlanningSection(
		await loadResult(() => areaPlanning(tc, layer, unit)),
		event.locals.locale
	);
	return { profile, surroundings, socialIndex, supply, planning };
};
