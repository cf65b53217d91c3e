import { monitoringDownload } from '$lib/server/exports/monitoring-download';
import { tenantContextOf } from '$lib/server/web/context';
import { fileDownload } from '$lib/server/web/file-download';

/** The monitoring table as CSV or XLSX (`?indikator=&ebene=&datum=&seit=&format=csv|xlsx`). */
export const GET = (event) =>
	fileDownload(event, async () => monitoringDownload(await tenantContextOf(event), event.url.searchParams));
