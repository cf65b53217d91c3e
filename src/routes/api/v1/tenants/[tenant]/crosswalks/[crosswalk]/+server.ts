import { deleteCrosswalk, getCrosswalk } from '$lib/server/services/crosswalk.service';
import { tenantContextOf } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

/** One crosswalk with its summary and every weight (unit codes and names). */
export const GET = (event) =>
	apiResult(async () => getCrosswalk(await tenantContextOf(event), event.params.crosswalk));

export const DELETE = (event) =>
	apiResult(async () => {
		await deleteCrosswalk(await tenantContextOf(event), event.params.crosswalk);
		return { deleted: event.params.crosswalk };
	});
