import { redirect, type RequestEvent } from '@sveltejs/kit';
import { apiError } from './respond';

export interface DownloadFile {
	body: BodyInit;
	contentType: string;
	filename: string;
}

/**
 * A file of the workspace (CSV, XLSX) with the session like the pages: someone not signed in is
 * sent to log in and comes back to the file (the layout's load does not run for endpoints);
 * errors answer with their status and German message.
 */
export async function fileDownload(
	event: RequestEvent,
	produce: () => Promise<DownloadFile>
): Promise<Response> {
	const { locals, url } = event;
	if (!locals.user) {
		const next = encodeURIComponent(url.pathname + url.search);
		redirect(303, `/anmelden?weiter=${next}${locals.sessionExpired ? '&abgelaufen=1' : ''}`);
	}
	try {
		const file = await produce();
		return new Response(file.body, {
			headers: {
				'content-type': file.contentType,
				'content-disposition': `attachment; filename="${file.filename}"`
			}
		});
	} catch (caught) {
		return apiError(caught);
	}
}
