import { exportPlan } from '$lib/server/services/plan-import.service';
import { tenantContextOf } from '$lib/server/web/context';
import { fileDownload } from '$lib/server/web/file-download';

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The plan as a workbook in the layout of the plan import. */
export const GET = (event) =>
	fileDownload(event, async () => {
		const tc = await tenantContextOf(event);
		const body = await exportPlan(tc);
		return {
			filename: `plan_${tc.tenant.slug}_${tc.now.toISOString().slice(0, 10)}.xlsx`,
			contentType: xlsx,
			body
		};
	});
