import { redirect } from '@sveltejs/kit';
import { supplyCsv } from '$lib/core/supply/supply-table';
import { supplyAnalysis } from '$lib/server/services/supply.service';
import { serviceContext } from '$lib/server/web/context';
import { apiError } from '$lib/server/web/respond';

/**
 * The Versorgung table as German CSV (`?ebene=&gruppe=&datum=`), with the session like the page.
 * Someone not signed in is sent to log in and comes back to the file.
 */
export const GET = async (event) => {
	const { locals, url } = event;
	if (!locals.user) {
		const next = encodeURIComponent(url.pathname + url.search);
		redirect(303, `/anmelden?weiter=${next}${locals.sessionExpired ? '&abgelaufen=1' : ''}`);
	}
	try {
		const analysis = await supplyAnalysis(serviceContext(event), event.params.tenant, {
			layer: url.searchParams.get('ebene') ?? '',
			band: url.searchParams.get('gruppe') ?? '',
			date: url.searchParams.get('datum')
		});
		const filename = `versorgung_${analysis.band.code}_${analysis.layer.code}_${analysis.date ?? 'ohne-datum'}.csv`;
		return new Response(supplyCsv(analysis.rows, analysis.totals), {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${filename}"`
			}
		});
	} catch (caught) {
		return apiError(caught);
	}
};
