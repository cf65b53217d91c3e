/** German texts of the facility import (Angebote › Import). Merged into de.ts. */
export const deFacilitiesImport = {
	'imports.kind.facilities': 'Einrichtungen',
	'data.import.kind.facilities': 'Einrichtungen',
	'facilityImport.title': 'Einrichtungen importieren',
	'facilityImport.intro':
		'Laden Sie eine Tabelle (CSV oder Excel) oder eine GeoJSON-Datei mit Kitas, Schulen oder anderen Angeboten hoch. Spalten wie Kennung, Name, Breite und Länge, Adresse, PLZ und Ort werden an ihren üblichen Namen erkannt. Der Import gelingt ganz oder gar nicht: Bei einem Fehler wird nichts gespeichert, und jede betroffene Zeile wird mit Grund genannt.',
	'facilityImport.file': 'Datei',
	'facilityImport.fileHint': 'CSV, Excel (.xlsx) oder GeoJSON; eine Datei je Import.',
	'facilityImport.kind': 'Art der Einrichtungen',
	'facilityImport.kindHint': 'Gilt für alle Zeilen. Ohne Auswahl muss die Datei eine Spalte „Art“ haben.',
	'facilityImport.kindFromFile': 'aus der Spalte „Art“ der Datei',
	'facilityImport.capacities': 'Plätze (Platzart=Spalte)',
	'facilityImport.capacitiesHint':
		'Zum Beispiel u3=under,ue3=over. Leere Zellen bedeuten „unbekannt“, nicht 0.',
	'facilityImport.crs': 'Koordinatensystem (EPSG-Code)',
	'facilityImport.crsHint':
		'Nur für Rechts-/Hochwerte oder GeoJSON ohne Angabe, z. B. 25833 für ETRS89 / UTM Zone 33N. Breite/Länge sind WGS 84.',
	'facilityImport.check': 'Nur prüfen',
	'facilityImport.submit': 'Importieren',
	'facilityImport.problemsTitle': 'Die Datei wurde nicht importiert',
	'facilityImport.problemsCaption': 'Probleme in der Datei',
	'facilityImport.col.row': 'Zeile',
	'facilityImport.col.column': 'Spalte',
	'facilityImport.col.code': 'Code',
	'facilityImport.col.message': 'Was zu tun ist',
	'facilityImport.checkedTitle': 'Prüfung ohne Fehler – nichts gespeichert',
	'facilityImport.doneTitle': 'Import abgeschlossen',
	'facilityImport.report':
		'{rows} {rows|Zeile|Zeilen} gelesen: {created} {created|Einrichtung|Einrichtungen} neu, {updated} aktualisiert, {providers} Träger neu angelegt, {unknown} {unknown|Platzzahl|Platzzahlen} unbekannt.',
	'facilityImport.warnings': 'Hinweise',
	'facilities.sources': 'Quellen der Angebote',
	'facilityImport.kindMap': 'Arten zuordnen (Wert=Art; …)',
	'facilityImport.kindMapHint':
		'Nur nötig, wenn die Spalte „Art“ eigene Bezeichnungen hat, z. B. Grundschule=grundschule; Gymnasium=weiterfuehrende_schule. Trennen Sie mit Semikolon.',
	'facilityImport.capacityCodeMap': 'Platzarten umschlüsseln (Platzart=Platzart der Art)',
	'facilityImport.capacityCodeMapHint':
		'Plätze einer Platzart, die die Art einer Zeile nicht zählt, werden abgelehnt. Zum Beispiel plaetze=schueler speichert sie bei Schulen als Schülerplätze.',
	'facilityImport.street': 'Spalte(n) der Anschrift',
	'facilityImport.streetHint':
		'Nur nötig, wenn die Spalten nicht erkannt werden. Zwei Spalten verbinden Sie mit +, z. B. strasse+hausnr (strasse/hausnr und e_strasse/e_hnr werden von selbst verbunden).',
	'facilityImport.source': 'Quelle (Herausgeber, Stand, Lizenz)',
	'facilityImport.sourceHint':
		'Wird mit dem Import gespeichert, z. B. „Geoportal Berlin / Schulen, Oktober 2023, dl-de/by-2.0“.'
} as const;
