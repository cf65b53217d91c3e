import { supplyAnalysis } from '$lib/server/services/supply.service';
import { tenantContextOf } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

/** Supply and need per unit of a layer for one age band (`?layer=&band=&date=`). */
export const GET = (event) =>
	apiResult(async () =>
		supplyAnalysis(await tenantContextOf(event), {
			layer: event.url.searchParams.get('layer') ?? '',
			band: event.url.searchParams.get('band') ?? '',
			date: event.url.searchParams.get('date')
		})
	);
