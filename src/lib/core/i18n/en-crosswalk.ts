import type { deCrosswalk } from './de-crosswalk';

/** English texts of the crosswalk pages. */
export const enCrosswalk: Record<keyof typeof deCrosswalk, string> = {
	'data.nav.crosswalks': 'Crosswalks',

	'crosswalk.page.title': 'Crosswalks',
	'crosswalk.page.intro':
		'Some area systems do not nest – school districts and social areas, or old and new planning areas. A crosswalk records which share of a source area lies in which target area. Counts such as inhabitants are converted from one layer to the other with it: value of a target area = sum over the source areas of share × value.',
	'crosswalk.method.title': 'By area or by population?',
	'crosswalk.method.areal':
		'By area: the share is the share of the area. This assumes that people live evenly spread over an area. Where there are parks, water, forest or industry, they do not, and even small differences between the boundary lines of two files move people across a boundary that does not exist.',
	'crosswalk.method.population':
		'By population (recommended): the share is the share of the inhabitants, taken from a finer layer such as planning areas: each small area counts wholly towards the area holding its inner point. Where the layers nest, the result is exact.',
	'crosswalk.method.example':
		'An example from the Berlin data: planning areas and districts come from different files whose boundary lines differ by a few metres. Converted by area, up to about 700 inhabitants per district end up in the neighbouring district, although every planning area lies wholly in one district. Weighted by population, the district totals are exact.',
	'crosswalk.method.check':
		'After every conversion Querschnitt checks whether the total is preserved and names the areas whose values do not arrive in full. Rates are never converted directly, only through their numerator and denominator.',
	'crosswalk.method.name.areal': 'by area',
	'crosswalk.method.name.population': 'by population',

	'crosswalk.list.title': 'Stored crosswalks',
	'crosswalk.list.empty': 'There is no crosswalk yet.',
	'crosswalk.list.caption': '{count} {count|crosswalk|crosswalks}',
	'crosswalk.col.pair': 'From → to',
	'crosswalk.col.method': 'Method',
	'crosswalk.col.weighting': 'Weighting',
	'crosswalk.col.computed': 'Computed',
	'crosswalk.col.coverage': 'Coverage',
	'crosswalk.weighting.value': '{variable} on {layer}, reference date {date}',
	'crosswalk.weighting.areal': 'Area, as of {date}',
	'crosswalk.computedBy': '{at} by {by}',
	'crosswalk.coverage.value':
		'{covered} of {total} source areas carried over in full; {targets} target areas receive nothing',
	'crosswalk.deleted': 'The crosswalk {name} was deleted.',

	'crosswalk.compute.title': 'Compute a crosswalk',
	'crosswalk.compute.intro':
		'A crosswalk of the same pair of layers, method and date is replaced; the audit log records both.',
	'crosswalk.compute.readOnly':
		'Planners and administrators compute and delete crosswalks. You can view all of them and convert variables with them.',
	'crosswalk.field.from': 'Source layer',
	'crosswalk.field.to': 'Target layer',
	'crosswalk.field.method': 'Method',
	'crosswalk.field.methodAreal': 'By area',
	'crosswalk.field.methodPopulation': 'By population (recommended)',
	'crosswalk.field.weightVariable': 'Weighting variable',
	'crosswalk.field.weightVariableHint': 'By population only: a count variable, e.g. inhabitants.',
	'crosswalk.field.weightLayer': 'Layer of the weighting variable',
	'crosswalk.field.weightLayerHint':
		'By population only: a layer finer than the source and target layers, e.g. planning area.',
	'crosswalk.field.date': 'Reference date',
	'crosswalk.field.dateHint':
		'DD.MM.YYYY. By population: date of the population figures (empty: the latest). By area: date of the boundaries (empty: today).',
	'crosswalk.field.dateInvalid': 'Please enter a date as DD.MM.YYYY.',
	'crosswalk.compute.submit': 'Compute and save',
	'crosswalk.computed': 'The crosswalk was computed and saved.',

	'crosswalk.detail.back': 'To all crosswalks',
	'crosswalk.detail.lead': 'Method: {method}. Computed on {at} by {by}.',
	'crosswalk.coverage.title': 'Coverage',
	'crosswalk.coverage.weights': 'Weights (pairs of areas)',
	'crosswalk.coverage.sources': 'Source areas carried over in full',
	'crosswalk.coverage.sourcesValue': '{covered} of {total}',
	'crosswalk.coverage.partial': 'Source areas carried over in part',
	'crosswalk.coverage.notCovered': 'Source areas not carried over',
	'crosswalk.coverage.targets': 'Target areas receiving nothing',
	'crosswalk.coverage.targetsValue': '{count} of {total}',
	'crosswalk.coverage.slivers': 'Slivers dropped',
	'crosswalk.coverage.sliversValue': 'in {count} source areas, together {share} % of an area',
	'crosswalk.coverage.withoutGeometry': 'Source areas without geometry',
	'crosswalk.coverage.fineUnits': 'Areas of the weighting layer',
	'crosswalk.coverage.fineWithoutValue': 'of which without a value (counted as 0)',
	'crosswalk.coverage.fineOutside': 'of which outside the source or target layer',
	'crosswalk.coverage.assignedWhole':
		'The weighting layer is the source layer itself: each source area goes wholly to the target area holding its inner point. Exact where the layers nest, coarse where they do not.',
	'crosswalk.coverage.none': 'none',
	'crosswalk.losses.title': 'Areas not carried over in full',
	'crosswalk.losses.intro':
		'The source areas with the smallest share carried over (coverage below 100 %), mostly because they lie partly outside the target layer.',
	'crosswalk.losses.caption': '{shown} of {total} {total|area|areas} with a loss',
	'crosswalk.col.source': 'Source area',
	'crosswalk.col.target': 'Target area',
	'crosswalk.col.inside': 'Share inside the target layer',
	'crosswalk.col.transferred': 'Carried over',
	'crosswalk.col.share': 'Share',
	'crosswalk.col.weight': 'Weight',

	'crosswalk.weights.title': 'Weights',
	'crosswalk.weights.intro': 'Each row: which share of a source area lies in a target area ({method}).',
	'crosswalk.weights.search': 'Find an area (code or name)',
	'crosswalk.weights.filterLabel': 'Search the weights',
	'crosswalk.weights.apply': 'Search',
	'crosswalk.weights.status': '{matching} of {total} {total|weight|weights}',
	'crosswalk.weights.caption': 'Weights from {from} to {to}',
	'crosswalk.weights.none': 'No weight matches the search.',

	'crosswalk.convert.title': 'Convert a variable',
	'crosswalk.convert.intro':
		'Converts the values of a variable (count or amount) or of a rate indicator from {from} to {to} and checks whether the total is preserved.',
	'crosswalk.convert.variable': 'Variable',
	'crosswalk.convert.indicator': 'Rate indicator',
	'crosswalk.convert.date': 'Reference date',
	'crosswalk.convert.dateHint': 'DD.MM.YYYY; empty: the latest date with values.',
	'crosswalk.convert.submitVariable': 'Convert variable',
	'crosswalk.convert.submitIndicator': 'Convert indicator',
	'crosswalk.convert.variableForm': 'A variable',
	'crosswalk.convert.indicatorForm': 'A rate indicator (through numerator and denominator)',
	'crosswalk.convert.failed': 'The conversion is not possible',
	'crosswalk.result.variableTitle': '{name} on {date}: from {from} to {to}',
	'crosswalk.result.caption': '{name} per target area ({to}), reference date {date}',
	'crosswalk.col.code': 'Code',
	'crosswalk.col.name': 'Name',
	'crosswalk.col.value': 'Value',
	'crosswalk.col.known': 'Note',
	'crosswalk.result.missing': 'missing; known {known} ({share} %), without a value: {sources}',
	'crosswalk.result.unreached': 'no source area reaches this one',
	'crosswalk.totals.title': 'Totals check: {name}',
	'crosswalk.totals.source': 'Total on the source layer',
	'crosswalk.totals.lost': 'Lost (did not arrive in the target layer)',
	'crosswalk.totals.target': 'Total on the target layer',
	'crosswalk.totals.shown': 'of which in target areas with a complete value',
	'crosswalk.totals.preserved': 'The totals agree.',
	'crosswalk.totals.differ':
		'The totals differ by {lost} ({percent} %). The areas whose values do not arrive in full are listed below.',
	'crosswalk.totals.missingSources': 'Source areas without a value on the reference date: {sources}',
	'crosswalk.totals.lossesCaption': 'Losses of {name}: {shown} of {total} {total|area|areas}, largest first',
	'crosswalk.col.lostValue': 'Lost',
	'crosswalk.col.reason': 'Reason',
	'crosswalk.reason.outside': 'lies outside the target layer',
	'crosswalk.reason.partial': 'lies partly outside the target layer (or slivers dropped)',
	'crosswalk.reason.overlap': 'target areas overlap (carried over more than once)',
	'crosswalk.reason.unknown': 'not in the crosswalk',
	'crosswalk.result.indicatorTitle': '{name} on {date}: from {from} to {to}',
	'crosswalk.result.rates':
		'Rate over all areas: before {before}, after {after}. They differ only by losses.',
	'crosswalk.col.numerator': 'Numerator',
	'crosswalk.col.denominator': 'Denominator',

	'crosswalk.delete.title': 'Delete the crosswalk',
	'crosswalk.delete.intro':
		'The weights are deleted; the audit log records who did it. The values of the variables stay as they are.',
	'crosswalk.delete.open': 'Delete …',
	'crosswalk.delete.confirm': 'Really delete the crosswalk {name}?',
	'crosswalk.delete.submit': 'Yes, delete {name}'
};
