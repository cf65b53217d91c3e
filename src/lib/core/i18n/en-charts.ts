import type { deCharts } from './de-charts';

/** English texts of charts (ranking, time series, scatter, correlation matrix, sparkline, deviations). */
export const enCharts: Record<keyof typeof deCharts, string> = {
	'charts.selected': 'selected',
	'charts.legend': 'Key',
	'charts.table.show': 'Data as a table',
	'charts.col.rank': 'Rank',
	'charts.col.unit': 'Area',
	'charts.col.code': 'Code',
	'charts.col.value': 'Value',
	'charts.col.selection': 'Selection',
	'charts.col.date': 'Reference date',
	'charts.col.indicator': 'Indicator',
	'charts.col.z': 'Standard deviations from the mean (z)',
	'charts.col.polarity': 'Direction',
	'charts.col.assessment': 'Assessment',

	'charts.polarity.higher_better': 'higher is better',
	'charts.polarity.higher_worse': 'higher is worse',
	'charts.polarity.neutral': 'not rated',

	'charts.ranking.cityDefault': 'Overall',
	'charts.ranking.summary':
		'Bar chart “{title}”: {count} {count|area|areas} ordered by value, highest value {max} in {maxName}, lowest value {min} in {minName}.',
	'charts.ranking.summaryEmpty': 'Bar chart “{title}”: no area has a value.',
	'charts.ranking.summaryCity': '{label}: {value}.',
	'charts.ranking.summarySelected': 'Selected: {list}.',
	'charts.ranking.rankOf': '{name} ranked {rank}',
	'charts.ranking.shortened':
		'Shown are the {edge} highest and the {edge} lowest of {count} values and the selected areas; the number before the name is the rank. All values are in the table below the chart.',
	'charts.ranking.missing': 'Areas without a value (no bar, at the end of the table): {count}.',

	'charts.timeSeries.summary': 'Line chart “{title}” from {from} to {to}.',
	'charts.timeSeries.summaryEmpty': 'Line chart “{title}”: there are no values.',
	'charts.timeSeries.line': '{label} ({kind}): from {from} ({fromYear}) to {to} ({toYear}).',
	'charts.timeSeries.lineEmpty': '{label}: no values.',
	'charts.timeSeries.kind.unit': 'area, solid line',
	'charts.timeSeries.kind.parent': 'parent area, dashed line',
	'charts.timeSeries.kind.city': 'whole city, dotted line',
	'charts.timeSeries.markDate':
		'The vertical line marks the chosen reference date {date}. Gaps in a line mean missing values.',

	'charts.scatter.summary':
		'Scatter plot “{title}”: {x} (horizontal) against {y} (vertical), {count} {count|area|areas}.',
	'charts.scatter.summarySelected': 'Selected: {list}.',
	'charts.scatter.measures': 'Pearson r = {r}, Spearman ρ = {rho}, n = {n} {n|area|areas}: {strength}.',
	'charts.scatter.noMeasures':
		'A correlation coefficient needs at least three areas with both values, and values that differ (here {n}).',
	'charts.scatter.equation':
		'Regression line (dashed): y = {intercept} {sign} {slope} · x, coefficient of determination R² = {r2}.',
	'charts.scatter.causation':
		'A correlation only says that two values tend to rise or fall together. It does not show that one causes the other.',
	'charts.scatter.missing': 'Areas missing from the chart because a value is missing: {count}.',

	'charts.strength.none': 'no notable relationship',
	'charts.strength.weak': 'weak relationship',
	'charts.strength.moderate': 'moderate relationship',
	'charts.strength.strong': 'strong relationship',

	'charts.matrix.summary':
		'Correlation matrix “{title}”: {count} {count|indicator|indicators}, {pairs} {pairs|pair|pairs} with a correlation coefficient.',
	'charts.matrix.summaryStrongest': 'The strongest relationship is between {a} and {b} (r = {r}).',
	'charts.matrix.reading':
		'Each cell states Pearson’s correlation coefficient (r) of two indicators over all areas with both values: blue positive (both rise together), red negative, pale near zero. Columns are numbered like the rows.',
	'charts.matrix.key': 'Numbers of the indicators',
	'charts.matrix.tooFew': 'A correlation matrix needs at least two indicators.',

	'charts.sparkline.summary': '{label}: trend {from}–{to}, from {first} to {last}',
	'charts.sparkline.single': '{label}: only one value ({year}): {value}',
	'charts.sparkline.empty': '{label}: no trend available',

	'charts.deviation.summary':
		'Bar chart “{title}”: deviations of {count} {count|indicator|indicators} from the mean of all areas of the layer; {favourable} favourable, {unfavourable} unfavourable, {neutral} not rated.',
	'charts.deviation.summaryStrengths': 'Strengths: {list}.',
	'charts.deviation.summaryWeaknesses': 'Weaknesses: {list}.',
	'charts.deviation.favourable': 'favourable',
	'charts.deviation.unfavourable': 'unfavourable',
	'charts.deviation.neutral': 'not rated',
	'charts.deviation.favourable.long': 'solid blue bars',
	'charts.deviation.unfavourable.long': 'red hatched bars',
	'charts.deviation.neutral.long': 'outlined bars only (indicator without direction, or exactly at the mean)',
	'charts.deviation.axis': 'Standard deviations from the mean (z)',
	'charts.deviation.reading':
		'The bars show by how many standard deviations the area’s value differs from the mean of all areas of its layer (z-score; ±1 dashed). Whether a deviation is favourable depends on the indicator’s direction.',
	'charts.deviation.missing': 'Indicators without a value (in the table only): {count}.'
};
