import { indicatorDetailResource } from '$lib/server/api/presenters/indicators';
import { availableDates } from '$lib/server/values/indicator-values';
import { getIndicator } from '$lib/server/services/indicator.service';
import { tenantContextOf } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

/** One indicator: definition, fact sheet, the variables it uses and the dates with data. */
export const GET = (event) =>
	apiResult(async () => {
		const tc = await tenantContextOf(event);
		const sheet = await getIndicator(tc, event.params.indicator);
		const dates = await availableDates(tc, event.params.indicator);
		return indicatorDetailResource(sheet, dates);
	});
