import { areaQuery } from '$lib/core/planning/area-activity';
import { getConfig } from '$lib/server/config';
import { planAreasPage } from '$lib/server/presenters/plan-areas';
import { planAreas } from '$lib/server/values/plan-areas';
import { tenantContextOf } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import type { PageServerLoad } from './$types';

/**
 * Who does what where: the measures by area of one layer (GET form: `ebene`, `zeigen`), need against
 * activity, the matrix and the map of measures. The administration's area: a Träger is refused.
 */
export const load: PageServerLoad = async (event) => {
	const query = areaQuery(event.url.searchParams);
	const view = await loadResult(async () => {
		const tc = await tenantContextOf(event);
		return planAreasPage(
			await planAreas(tc, { layer: query.layer || undefined, supply: query.supply }),
			query,
			event.locals.locale
		);
	});
	return { ...view, basemapStyleUrl: getConfig().basemap?.styleUrl ?? null };
};
