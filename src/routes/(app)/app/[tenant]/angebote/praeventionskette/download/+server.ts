import { preventionChainCsv } from '$lib/core/supply/prevention-chain-table';
import { preventionChainOf } from '$lib/server/services/prevention-chain.service';
import { tenantContextOf } from '$lib/server/web/context';
import { fileDownload } from '$lib/server/web/file-download';
import { chainQuery } from '../chain-query';

/** The prevention chain of the page's view as German CSV. */
export const GET = (event) =>
	fileDownload(event, async () => {
		const tc = await tenantContextOf(event);
		const query = await chainQuery(tc, event.url.searchParams);
		const chain = await preventionChainOf(tc, {
			layer: query?.layer.code ?? '',
			reach: query?.reach ?? 'unit',
			units: query?.codes ?? []
		});
		return {
			body: preventionChainCsv(chain),
			contentType: 'text/csv; charset=utf-8',
			filename: `praeventionskette_${chain.layer.code}.csv`
		};
	});
