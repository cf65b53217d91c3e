import { indexDownload } from '$lib/server/exports/index-download';
import { tenantContextOf } from '$lib/server/web/context';
import { fileDownload } from '$lib/server/web/file-download';

/** The Sozialindex table of one date as CSV (`?index=&datum=`), class codes with their labels. */
export const GET = (event) =>
	fileDownload(event, async () => indexDownload(await tenantContextOf(event), event.url.searchParams));
