import { areaProfile, unitSurroundings } from '$lib/server/services/area-profile.service';
import { compositeIndexResults, listCompositeIndexes } from '$lib/server/services/composite-index.service';
import { supplyProfileSection } from '$lib/server/services/supply-profile.service';
import { serviceContext } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

/**
 * The profile of one area (Sozialraum-Steckbrief): every indicator with values on its layer, with
 * rank, parent and city value, trend and sparkline; its neighbours and the units below it.
 */
export const load: PageServerLoad = async (event) => {
	const { tenant } = await event.parent();
	const ctx = serviceContext(event);
	const { layer, unit } = event.params;
	const date = event.url.searchParams.get('datum');
	const profile = await loadResult(() =>
		areaProfile(ctx, tenant.slug, {
			layer,
			units: [unit],
			date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null
		})
	);
	const surroundings = await loadResult(() => unitSurroundings(ctx, tenant.slug, layer, unit));
	// The social index of this unit, for every index defined on its layer (section "Sozialindex").
	const indexes = (await loadResult(() => listCompositeIndexes(ctx, tenant.slug))).filter(
		(i) => i.layer === layer
	);
	const socialIndex = await Promise.all(
		indexes.map(async (i) => ({
			code: i.code,
			name: i.name,
			definition: i.definition,
			results: (await loadResult(() => compositeIndexResults(ctx, tenant.slug, i.code, { unit }))).results
		}))
	);
	// Section "Angebot und Bedarf": heavy, so only on request (?versorgung=1), see the service.
	const supply = await loadResult(() =>
		supplyProfileSection(ctx, tenant.slug, {
			layer,
			unit,
			requested: event.url.searchParams.get('versorgung') === '1'
		})
	);
	return { profile, surroundings, socialIndex, supply };
};
