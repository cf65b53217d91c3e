import { timeSeriesResource } from '$lib/server/api/presenters/values';
import { getIndicator } from '$lib/server/services/indicator.service';
import { indicatorTimeSeries } from '$lib/server/values/indicator-values';
import { getUnit } from '$lib/server/services/spatial-layer.service';
import { tenantContextOf } from '$lib/server/web/context';
import { apiResult } from '$lib/server/web/respond';

/** One unit's values at every date with data (its time series), oldest first. `layer` is required. */
export const GET = (event) =>
	apiResult(async () => {
		const tc = await tenantContextOf(event);
		const { indicator, unit } = event.params;
		const layer = event.url.searchParams.get('layer') ?? undefined;
		const items = await indicatorTimeSeries(tc, { indicator, layer, unit });
		const sheet = await getIndicator(tc, indicator);
		const found = await getUnit(tc, layer!, unit);
		return timeSeriesResource(sheet.indicator, layer!, found, items);
	});
