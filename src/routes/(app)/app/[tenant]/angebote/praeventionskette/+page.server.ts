import { facilitySources } from '$lib/server/services/facility-export.service';
import { preventionChainOf } from '$lib/server/services/prevention-chain.service';
import { tenantContextOf } from '$lib/server/web/context';
import { loadResult } from '$lib/server/web/respond';
import { chainQuery } from './chain-query';
import type { PageServerLoad } from './$types';

/** The prevention chain (Präventionskette): life phases × the chosen units, with gaps and overlaps. */
export const load: PageServerLoad = async (event) => {
	const tc = await loadResult(() => tenantContextOf(event));
	const query = await loadResult(() => chainQuery(tc, event.url.searchParams));
	if (!query) return { query: null, chain: null, sources: [] };
	const chain =
		query.codes.length === 0
			? null
			: await loadResult(() =>
					preventionChainOf(tc, {
						layer: query.layer.code,
						reach: query.reach,
						units: query.codes
					})
				);
	const sources = await loadResult(() => facilitySources(tc));
	return { query, chain, sources };
};
