import type { IndicatorListItem } from '../../repositories/indicator.repository';
import type { IndicatorValue, TimeSeriesPoint } from '../../values/indicator-values';
import type { IndicatorSummaryResource, IndicatorValueResource, TimeSeriesResource } from '../schemas/values';

/* Indicator values as the API shows them; a page of a layer is serialised in ../value-page.ts. */

/** A value without the unit's internal id. */
export function valueResource(value: IndicatorValue): IndicatorValueResource {
	const { unitId: _unitId, ...rest } = value;
	return rest;
}

/** What a value set says about its indicator (as `indicatorValues` gives it). */
export function indicatorSummaryResource(item: IndicatorListItem): IndicatorSummaryResource {
	const { code, name, shortName, kind, unitLabel, decimals, polarity } = item;
	return { code, name, shortName, kind, unitLabel, decimals, polarity };
}

/** One unit's values over time, with the indicator and the unit they belong to. */
export function timeSeriesResource(
	indicator: IndicatorListItem,
	layer: string,
	unit: { code: string; name: string },
	items: TimeSeriesPoint[]
): TimeSeriesResource {
	return {
		indicator: indicatorSummaryResource(indicator),
		layer,
		unit: { code: unit.code, name: unit.name },
		items
	};
}
