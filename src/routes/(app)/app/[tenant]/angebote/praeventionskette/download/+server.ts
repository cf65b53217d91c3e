import { redirect } from '@sveltejs/kit';
import { preventionChainCsv } from '$lib/core/supply/prevention-chain-table';
import { preventionChainOf } from '$lib/server/services/prevention-chain.service';
import { serviceContext } from '$lib/server/web/context';
import { apiError } from '$lib/server/web/respond';
import { chainQuery } from '../chain-query';

/** The prevention chain of the page's view as German CSV, with the session like the page. */
export const GET = async (event) => {
	const { locals, url } = event;
	if (!locals.user) {
		const next = encodeURIComponent(url.pathname + url.search);
		redirect(303, `/anmelden?weiter=${next}${locals.sessionExpired ? '&abgelaufen=1' : ''}`);
	}
	try {
		const ctx = serviceContext(event);
		const query = await chainQuery(ctx, event.params.tenant, url.searchParams);
		const chain = await preventionChainOf(ctx, event.params.tenant, {
			layer: query?.layer.code ?? '',
			reach: query?.reach ?? 'unit',
			units: query?.codes ?? []
		});
		const filename = `praeventionskette_${chain.layer.code}.csv`;
		return new Response(preventionChainCsv(chain), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${filename}"`
			}
		});
	} catch (caught) {
		return apiError(caught);
	}
};
