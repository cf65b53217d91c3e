import { planTemplate } from '$lib/server/services/plan-import.service';
import { tenantContextOf } from '$lib/server/web/context';
import { fileDownload } from '$lib/server/web/file-download';

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The blank workbook of the plan import: sheets, headings and notes, no rows. */
export const GET = (event) =>
	fileDownload(event, async () => ({
		filename: 'plan-vorlage.xlsx',
		contentType: xlsx,
		body: await planTemplate(await tenantContextOf(event))
	}));
