import { redirect } from '@sveltejs/kit';
import { monitoringDownload } from '$lib/server/exports/monitoring-download';
import { serviceContext } from '$lib/server/web/context';
import { apiError } from '$lib/server/web/respond';

/**
 * The monitoring table as CSV or XLSX (`?indikator=&ebene=&datum=&seit=&format=csv|xlsx`), with
 * the session like the pages. Someone not signed in is sent to log in and comes back to the
 * file, as on every page of the workspace (the layout's load does not run for endpoints).
 */
export const GET = async (event) => {
	const { locals, url } = event;
	if (!locals.user) {
		const next = encodeURIComponent(url.pathname + url.search);
		redirect(303, `/anmelden?weiter=${next}${locals.sessionExpired ? '&abgelaufen=1' : ''}`);
	}
	try {
		const file = await monitoringDownload(serviceContext(event), event.params.tenant, url.searchParams);
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
