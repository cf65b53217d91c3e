import type { deMap } from './de-map';

/** English texts of the thematic map and its legend. */
export const enMap: Record<keyof typeof deMap, string> = {
	'map.loading': 'Loading map …',
	'map.failed': 'The map could not be loaded. All values are in the table.',
	'map.zoomIn': 'Zoom in',
	'map.zoomOut': 'Zoom out',
	'map.tooltip.rank': 'Rank {rank} of {of}',
	'map.tooltip.city': 'City as a whole: {value}',
	'map.tooltip.incomplete': 'incomplete: not all data are available',
	'map.tooltip.selected': 'selected',
	'map.value.missing': 'no data',
	'map.value.suppressed': 'withheld: number of cases too small',

	'map.legend.title': 'Classes',
	'map.legend.class': 'Class {number}',
	'map.legend.rangeFirst': 'from {from} to {to}',
	'map.legend.range': 'above {from} to {to}',
	'map.legend.single': 'all values {value}',
	'map.legend.countOne': '1 area',
	'map.legend.countMany': '{count} {count|area|areas}',
	'map.legend.titleUnit': 'Classes, values in {unit}',
	'map.legend.missing': 'no data',
	'map.legend.suppressed': 'withheld: number of cases too small',
	'map.legend.suppressedMark': '.',
	'map.legend.city': 'Value of the city as a whole: {value}',
	'map.legend.cityMissing': 'Value of the city as a whole: no data',
	'map.legend.method': 'Classification: {method}',
	'map.legend.noValues': 'There are no values for this selection.',

	'map.method.quantile': 'Quantiles (equal number of areas per class)',
	'map.method.equal': 'Equal intervals',
	'map.method.jenks': 'Natural breaks (Jenks)',
	'map.method.stddev': 'Standard deviations around the mean',
	'map.method.manual': 'Own class limits',

	'map.breaks.count': 'Please give 2 to 8 class limits (that makes 3 to 9 classes).',
	'map.breaks.not_finite': 'Class limits must be numbers.',
	'map.breaks.not_ascending': 'Class limits must ascend and must not repeat.',
	'map.breaks.outside_range': 'Every class limit must lie between the smallest and the largest value.'
};
