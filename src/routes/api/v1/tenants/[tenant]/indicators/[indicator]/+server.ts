import { indicatorDetailResource } from '$lib/server/api/presenters/indicators';
import { availableDates } from '$lib/server/values/indicator-values';
import { getIndicator } from '$lib/server/services/indicator.service';
import { serviceContext, tenantContextOf } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

/** One indicator: definition, fact sheet, the variables it uses and the dates with data. */
export const GET = (event) =>
	apiResult(async () => {
		const ctx = serviceContext(event);
		const sheet = await getIndicator(ctx, event.params.tenant, event.params.indicator);
		const dates = await availableDates(await tenantContextOf(event), event.params.indicator);
		return indicatorDetailResource(sheet, dates);
	});
