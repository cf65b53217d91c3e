/** German texts of the unit import's hierarchy option in the import wizard (issue 12). */
export const deUnitsImport = {
	'wizard.parent.levels':
		'übergeordnete Ebenen aus derselben Tabelle anlegen (eine Zeile je kleinster Einheit)',
	'wizard.levels': 'Übergeordnete Ebenen aus der Tabelle',
	'wizard.levelsHint':
		'Von oben nach unten, z. B. Bezirk, Prognoseraum, Bezirksregion; die Ebene dieses Imports ist die unterste. Übergeordnete Einheiten werden zusammengefasst; derselbe Schlüssel mit zwei Namen ist ein Fehler. Leere Zeilen werden nicht verwendet.',
	'wizard.level': 'Ebene {n}',
	'wizard.levelLayer': 'Kürzel der Ebene',
	'wizard.levelLayerHint': 'Eine vorhandene Ebene oder das Kürzel einer neuen (dann mit Namen)',
	'wizard.levelLayerName': 'Name einer neuen Ebene',
	'wizard.levelLayerNameHint': 'Leer lassen, wenn die Ebene schon besteht',
	'wizard.levelCode': 'Spalte mit dem Schlüssel',
	'wizard.levelPrefix': 'oder: erste Stellen des kleinsten Schlüssels',
	'wizard.levelPrefixHint':
		'Nur wenn es keine Spalte mit dem Schlüssel gibt, z. B. 2 für den Berliner Bezirk',
	'wizard.levelName': 'Spalte mit dem Namen',
	'import.count.levels': 'Ebenen'
} as const;
