import { redirect } from '@sveltejs/kit';
import { indexDownload } from '$lib/server/exports/index-download';
import { serviceContext } from '$lib/server/web/context';
import { apiError } from '$lib/server/web/respond';

/**
 * The Sozialindex table of one date as CSV (`?index=&datum=`), class codes with their labels,
 * with the session like the pages (someone not signed in is sent to log in and comes back).
 */
export const GET = async (event) => {
	const { locals, url } = event;
	if (!locals.user) {
		const next = encodeURIComponent(url.pathname + url.search);
		redirect(303, `/anmelden?weiter=${next}${locals.sessionExpired ? '&abgelaufen=1' : ''}`);
	}
	try {
		const file = await indexDownload(serviceContext(event), event.params.tenant, url.searchParams);
		return new Response(file.body, {
			headers: {
				'content-type': file.contentType,
				'content-disposition': `attachment; filename="${file.filename}"`
			}
		});
	} catch (caught) {
		return apiError(caught);
	}
};
