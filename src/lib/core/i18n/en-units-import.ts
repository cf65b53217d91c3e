import type { deUnitsImport } from './de-units-import';

/** English texts of the unit import's hierarchy option in the import wizard. */
export const enUnitsImport: Record<keyof typeof deUnitsImport, string> = {
	'wizard.parent.levels': 'create the parent levels from the same table (one row per smallest unit)',
	'wizard.levels': 'Parent levels from the table',
	'wizard.levelsHint':
		'From the top down, e.g. district, forecast area, district region; the layer of this import is the lowest. Parent units are merged; the same code with two names is an error. Empty rows are not used.',
	'wizard.level': 'Level {n}',
	'wizard.levelLayer': 'Layer code',
	'wizard.levelLayerHint': 'An existing layer, or the code of a new one (then with a name)',
	'wizard.levelLayerName': 'Name of a new layer',
	'wizard.levelLayerNameHint': 'Leave empty if the layer exists',
	'wizard.levelCode': 'Column with the code',
	'wizard.levelPrefix': 'or: first characters of the smallest code',
	'wizard.levelPrefixHint': 'Only if there is no code column, e.g. 2 for the Berlin district',
	'wizard.levelName': 'Column with the name',
	'import.count.levels': 'Levels'
};
