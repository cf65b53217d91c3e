import { codeFilter } from '$lib/core/supply/chain-view';
import { preventionChainOf } from '$lib/server/services/prevention-chain.service';
import { tenantContextOf } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

/** The prevention chain of a layer (`?layer=&reach=unit|neighbourhood&units=code,code`). */
export const GET = (event) =>
	apiResult(async () => {
		const params = event.url.searchParams;
		return preventionChainOf(await tenantContextOf(event), {
			layer: params.get('layer') ?? '',
			reach: params.get('reach') === 'neighbourhood' ? 'neighbourhood' : 'unit',
			date: params.get('date'),
			units: codeFilter(params.get('units') ?? '')
		});
	});
