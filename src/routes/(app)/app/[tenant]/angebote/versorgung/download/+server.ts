import { supplyCsv } from '$lib/core/supply/supply-table';
import { supplyAnalysis } from '$lib/server/services/supply.service';
import { tenantContextOf } from '$lib/server/web/context';
import { fileDownload } from '$lib/server/web/file-download';

/** The Versorgung table as German CSV (`?ebene=&gruppe=&datum=`). */
export const GET = (event) =>
	fileDownload(event, async () => {
		const query = event.url.searchParams;
		const analysis = await supplyAnalysis(await tenantContextOf(event), {
			layer: query.get('ebene') ?? '',
			band: query.get('gruppe') ?? '',
			date: query.get('datum')
		});
		return {
			body: supplyCsv(analysis.rows, analysis.totals),
			contentType: 'text/csv; charset=utf-8',
			filename: `versorgung_${analysis.band.code}_${analysis.layer.code}_${analysis.date ?? 'ohne-datum'}.csv`
		};
	});
