/** German texts of the tenant's home page (Übersicht). Merged into the dictionary in de.ts. */
export const deHome = {
	'home.lead':
		'Die gemeinsame Datenbasis aller Fachbereiche und was daraus entsteht: Gebiete, Indikatoren, Karten und Angebote. Von hier aus geht es in die Bereiche.',
	'home.start.title': 'Wo anfangen?',
	'home.start.lead':
		'Dieser Mandant hat noch keine Daten. Die gemeinsame Datenbasis entsteht in wenigen Schritten, jeder mit einer Prüfung vor der Übernahme:',
	'home.start.units': 'Gebiete importieren',
	'home.start.unitsText':
		'eine Raumebene (z. B. Stadtbezirke, Sozialräume, Planungsräume) aus GeoJSON, Shapefile, TopoJSON oder einer Tabelle.',
	'home.start.observations': 'Merkmale importieren',
	'home.start.observationsText':
		'Zahlen je Gebiet und Stichtag (z. B. Einwohner nach Alter, SGB-II-Bezug) aus CSV oder Excel.',
	'home.start.indicators': 'Indikatoren festlegen',
	'home.start.indicatorsText': 'Quoten und Veränderungen aus den Merkmalen, jede mit Steckbrief.',
	'home.start.facilities': 'Einrichtungen importieren',
	'home.start.facilitiesText': 'Kitas, Schulen, Jugendeinrichtungen mit Adresse, Träger und Plätzen.',
	'home.start.readOnly':
		'Daten importieren Planerinnen und Planer oder die Administration. Sobald Daten da sind, sehen Sie sie hier.',
	'home.key.title': 'Kennzahlen',
	'home.key.lead':
		'Die Indikatoren des Sozialindex und je weiterem Handlungsfeld einer, mit dem Wert für das ganze Gebiet zum letzten Stichtag. Ein Klick zeigt den Indikator auf der Karte.',
	'home.key.loading': 'Kennzahlen werden berechnet …',
	'home.key.failed': 'Die Kennzahlen konnten nicht berechnet werden. Bitte laden Sie die Seite neu.',
	'home.key.noValueText': 'Kein Wert für das ganze Gebiet; die Karte zeigt die Werte je Gebiet.',
	'home.key.asOf': 'Stand {date}',
	'home.key.noValue': 'Kein Gesamtwert',
	'home.key.none': 'Noch keine Indikatoren mit Werten. Indikatoren entstehen aus importierten Merkmalen.',
	'home.areas.title': 'Bereiche',
	'home.data.layers': 'Raumebenen',
	'home.data.layerUnits': '{count} {count|Gebiet|Gebiete}',
	'home.data.noLayers': 'Noch keine Raumebenen.',
	'home.data.counts':
		'{variables} {variables|Merkmal|Merkmale}, {indicators} {indicators|Indikator|Indikatoren}, {crosswalks} {crosswalks|Umschlüsselung|Umschlüsselungen}',
	'home.data.latestImports': 'Letzte Importe',
	'home.data.importBy': '{date}, {actor}',
	'home.data.rolledBack': 'zurückgenommen',
	'home.data.noImports': 'Noch keine Importe.',
	'home.data.allImports': 'Alle {total} {total|Import|Importe}',
	'home.data.newImport': 'Neuer Import',
	'home.monitoring.indicators':
		'{count} {count|Indikator|Indikatoren} als Karte, Tabelle und Diagramm, Gebietssteckbriefe und Vergleiche.',
	'home.monitoring.workspace': 'Karte und Tabelle',
	'home.monitoring.profiles': 'Gebietssteckbriefe',
	'home.monitoring.index': 'Sozialindex',
	'home.monitoring.indexComputed': '„{name}“ auf der Ebene {layer}, berechnet zum {date}.',
	'home.monitoring.indexNotComputed': '„{name}“ auf der Ebene {layer}, noch nicht berechnet.',
	'home.monitoring.noIndex': 'Noch kein Sozialindex festgelegt.',
	'home.offers.count': '{count} {count|Einrichtung|Einrichtungen} im Verzeichnis.',
	'home.offers.providers': '{providers} {providers|Träger ist|Träger sind} erfasst.',
	'home.offers.none': 'Noch keine Einrichtungen erfasst.',
	'home.offers.byKind': 'Nach Art',
	'home.offers.register': 'Verzeichnis',
	'home.offers.supply': 'Versorgung und Bedarf',
	'home.offers.chain': 'Präventionskette',
	'home.admin.title': 'Verwaltung',
	'home.admin.text': 'Benutzer und Rollen, das Protokoll aller Änderungen und die Regeln der Geheimhaltung.',
	'home.admin.users': 'Benutzer',
	'home.admin.audit': 'Protokoll',
	'home.admin.disclosure': 'Geheimhaltung',
	'home.planned.title': 'In Planung',
	'home.planned.lead':
		'Diese Bereiche sind geplant und noch nicht nutzbar; ihre Seiten beschreiben, was kommen wird.',
	'home.planned.badge': 'Geplant',
	'home.planned.more': 'Was geplant ist: {area}',
	'home.provider.count': 'Ihr Träger hat {count} {count|Einrichtung|Einrichtungen} im Verzeichnis.',
	'home.about': 'Über diesen Mandanten'
} satisfies Record<string, string>;
