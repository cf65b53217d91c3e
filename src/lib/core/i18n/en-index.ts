import type { deIndex } from './de-index';

/** English texts of the social index in the monitoring area. */
export const enIndex: Record<keyof typeof deIndex, string> = {
	'index.nav': 'Social index',
	'index.page.title': 'Social index',
	'index.page.intro':
		'The social index combines several indicators into a status and a dynamics index per area and sorts the areas into classes. Map, matrix and table show the stored result of a reference date; the sensitivity check shows which areas change class when weights or class limits are chosen differently.',
	'index.title': '{index} – {layer}, as of {date}',
	'index.empty.title': 'No social index yet',
	'index.empty.text':
		'No social index is defined for this tenant yet. An index is defined with “querschnitt index define” and computed with “querschnitt index compute”.',
	'index.noRun.title': 'Not computed yet',
	'index.noRun.text':
		'No result is stored for this index yet. Its definition is below; compute it with “querschnitt index compute”.',
	'index.run': 'Computed by {by} on {at}.',

	'index.controls.index': 'Index',
	'index.controls.date': 'Reference date',
	'index.controls.map': 'Map shows',
	'index.controls.show': 'Show',

	'index.part.status': 'Status',
	'index.part.dynamics': 'Dynamics',
	'index.part.combined': 'Combined class',
	'index.polarity.higher_worse': 'higher value = more disadvantage',
	'index.polarity.higher_better': 'higher value = less disadvantage (entered reversed)',
	'index.reason.excluded': 'excluded',
	'index.reason.population_below_minimum': 'too few inhabitants',
	'index.reason.population_missing': 'population missing',
	'index.reason.values_missing': 'values missing',

	'index.map.title': 'Map: {part}',
	'index.map.status': 'status classes',
	'index.map.dynamics': 'dynamics classes',
	'index.map.label': 'Map of the {part}: {title}',
	'index.map.hint':
		'Click an area to see its class. By keyboard: focus the map, pan with the arrow keys, zoom with + and −. The table below holds the same information.',
	'index.map.noGeometry':
		'The areas of this layer have no boundaries (values delivered per code only), so there is no map; matrix and table show every class.',
	'index.legend.title': '{part}',
	'index.legend.unclassified': 'Not classified (hatched)',

	'index.matrix.title': 'Combined classes: status × dynamics',
	'index.matrix.caption': 'Number of areas per status and dynamics class – {title}',
	'index.matrix.corner': 'Status class (rows), dynamics class (columns)',
	'index.matrix.statusClass': 'Status class',
	'index.matrix.withoutDynamics': 'no dynamics class',
	'index.matrix.total': 'Total',
	'index.matrix.note':
		'{classified} areas have a status class, {withDynamics} of them also a dynamics class. The code of the combined class is in brackets.',
	'index.matrix.unclassifiedCaption': 'Areas without a class by reason',
	'index.matrix.reason': 'Reason',
	'index.matrix.units': 'Areas',
	'index.matrix.allClassified': 'Every area is classified.',

	'index.table.title': 'Table of all areas',
	'index.table.intro':
		'z-values and index values are shown with two decimals; the unrounded value is in the cell’s tooltip. Classes are always formed from the unrounded value.',
	'index.table.download': 'Download the table (with class labels, unrounded):',
	'index.table.filter': 'Filter areas (name, code or combined class)',
	'index.table.code': 'Code',
	'index.table.name': 'Area',
	'index.table.statusIndex': 'Status index',
	'index.table.statusClass': 'Status class',
	'index.table.dynamicsIndex': 'Dynamics index',
	'index.table.dynamicsClass': 'Dynamics class',
	'index.table.combined': 'Combined class',
	'index.table.reason': 'Not classified because',
	'index.table.noDynamics': 'no dynamics class',

	'index.class.code': 'Code',
	'index.class.label': 'Label',
	'index.class.range': 'Range of the index (x)',

	'index.sensitivity.title': 'Sensitivity check',
	'index.sensitivity.intro':
		'Change weights or class limits and compare the variant with the saved definition. The variant is only computed, not stored. Decimals with comma or point.',
	'index.sensitivity.weights': 'Weights of the indicators',
	'index.sensitivity.statusWeight': 'Status weight: {indicator}',
	'index.sensitivity.dynamicsWeight': 'Dynamics weight: {indicator}',
	'index.sensitivity.statusLimits': 'Limits of the status classes',
	'index.sensitivity.dynamicsLimits': 'Limits of the dynamics classes',
	'index.sensitivity.limit': 'Limit between {low} and {high}',
	'index.sensitivity.submit': 'Compute variant',
	'index.sensitivity.reset': 'Restore the saved definition',
	'index.sensitivity.changed': 'With the variant, {count} {count|area|areas} change class',
	'index.sensitivity.countsCaption': 'Number of areas per class: saved definition and variant',
	'index.sensitivity.group': 'Part',
	'index.sensitivity.class': 'Class',
	'index.sensitivity.saved': 'Saved',
	'index.sensitivity.variant': 'Variant',
	'index.sensitivity.difference': 'Difference',
	'index.sensitivity.noChanges': 'No area changes class with this variant.',
	'index.sensitivity.changesCaption': 'Areas whose class changes (saved → variant)',
	'index.sensitivity.statusIndexSaved': 'Status index saved',
	'index.sensitivity.statusIndexVariant': 'Status index variant',
	'index.sensitivity.unclassified': 'Not classified',
	'index.sensitivity.noClass': 'no class',

	'index.definition.title': 'How the index is defined',
	'index.definition.indicators': 'Indicators',
	'index.definition.indicatorsCaption': 'Indicators of the index with weight and direction',
	'index.definition.part': 'Part',
	'index.definition.indicator': 'Indicator',
	'index.definition.weight': 'Weight',
	'index.definition.polarity': 'Direction',
	'index.definition.window': 'Period',
	'index.definition.atDate': 'Value at the reference date',
	'index.definition.windowGiven': 'Change as delivered',
	'index.definition.windowYears': 'Change over {years} {years|year|years} (percentage points)',
	'index.definition.method': 'Computation',
	'index.definition.standardise':
		'Each indicator is standardised over the included areas of the layer {layer}: z = (value − mean) / standard deviation. z = 0 is the average, z = 1 one standard deviation more disadvantage.',
	'index.definition.sd.population': 'The standard deviation divides by n (as in the Berlin method).',
	'index.definition.sd.sample': 'The standard deviation divides by n − 1 (sample formula).',
	'index.definition.combination.sum':
		'The status index is the weighted sum of the z-values of the status indicators; the dynamics index likewise from the dynamics indicators.',
	'index.definition.combination.mean':
		'The status index is the weighted mean of the z-values of the status indicators; the dynamics index likewise from the dynamics indicators.',
	'index.definition.restandardised':
		'The sum is standardised again: status and dynamics index have mean 0 and standard deviation 1 over the included areas.',
	'index.definition.notRestandardised': 'The combination is not standardised again.',
	'index.definition.onThreshold':
		'Classes are formed from the unrounded index; where a value exactly on a limit belongs is shown by the ranges in the class tables (≤ includes the limit).',
	'index.definition.combined': 'The combined class joins status and dynamics class, e.g. “{example}”.',
	'index.definition.combinedStatusOnly':
		'The index has no dynamics part; the combined class is the status class.',
	'index.definition.eligibility': 'Included areas',
	'index.definition.minimum':
		'Areas with fewer than {minimum} inhabitants (variable {variable}) are not included and get no class.',
	'index.definition.noMinimum': 'There is no minimum population.',
	'index.definition.exclusions': 'Explicitly excluded (with reason):',
	'index.definition.noExclusions': 'No area is explicitly excluded.',
	'index.definition.validityFlag':
		'Areas whose variable “{variable}” (latest value up to the date) is not {valid} are excluded; areas without a value are {missing}.',
	'index.definition.validityMissing.include': 'included',
	'index.definition.validityMissing.exclude': 'excluded',
	'index.definition.statusClasses': 'Status classes (x = status index)',
	'index.definition.dynamicsClasses': 'Dynamics classes (x = dynamics index)',

	'index.profile.title': 'Social index',
	'index.profile.caption': '{index}: {name} at every computed reference date',
	'index.profile.none': 'No result is stored for this area in {index} yet.',
	'index.profile.toPage': 'To the social index “{index}” with map and matrix'
};
