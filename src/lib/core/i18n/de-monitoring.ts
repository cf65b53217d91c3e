/** German texts of the monitoring workspace, area profile and comparison. Merged into the dictionary in de.ts. */
export const deMonitoring = {
	'monitoring.intro':
		'Wie stehen die Gebiete da, wie verändern sie sich, wo hängen Handlungsfelder zusammen? Karte, Tabelle und Diagramme zeigen dieselbe Auswahl; jede Ansicht hat einen eigenen Link.',
	'monitoring.nav.label': 'Bereich Monitoring',
	'monitoring.nav.workspace': 'Karte und Tabelle',
	'monitoring.nav.profiles': 'Gebietssteckbriefe',
	'monitoring.nav.comparison': 'Gebietsvergleich',

	'monitoring.empty.title': 'Noch keine Indikatoren',
	'monitoring.empty.text':
		'Für das Monitoring braucht es Raumebenen mit Gebieten und mindestens einen Indikator mit Daten.',
	'monitoring.empty.toData': 'Zur Datenbasis',
	'monitoring.noData.title': 'Keine Daten',
	'monitoring.noData.text': 'Für diesen Indikator liegen auf dieser Ebene noch keine Werte vor.',

	'monitoring.controls.indicator': 'Indikator',
	'monitoring.controls.layer': 'Raumebene',
	'monitoring.controls.noTopic': 'Ohne Handlungsfeld',
	'monitoring.controls.view': 'Ansicht',
	'monitoring.controls.viewState': 'Stand zu einem Stichtag',
	'monitoring.controls.viewChange': 'Veränderung zwischen zwei Stichtagen',
	'monitoring.controls.date': 'Stichtag',
	'monitoring.controls.since': 'Von Stichtag',
	'monitoring.controls.until': 'Bis Stichtag',
	'monitoring.controls.dateRange':
		'{count} {count|Stichtag|Stichtage} von {from} bis {to}; mit den Pfeiltasten wechseln.',
	'monitoring.controls.classification': 'Klassen und Farben',
	'monitoring.controls.method': 'Klassenbildung',
	'monitoring.controls.classes': 'Anzahl der Klassen',
	'monitoring.controls.classesHint': 'Zwischen {min} und {max}.',
	'monitoring.controls.palette': 'Farbschema',
	'monitoring.controls.paletteSequential': 'Abgestuft (dunkler = ungünstiger)',
	'monitoring.controls.paletteDiverging': 'Zweiseitig um den Gesamtwert',
	'monitoring.controls.breaks': 'Eigene Klassengrenzen',
	'monitoring.controls.breaksHint':
		'Innere Grenzen aufsteigend, durch Semikolon getrennt, z. B. „5; 10; 15“ für vier Klassen.',
	'monitoring.controls.apply': 'Ansicht aktualisieren',

	'monitoring.title.state': '{indicator} nach {layer}, {date}',
	'monitoring.title.change': '{indicator} nach {layer}: Veränderung {from} bis {to}',
	'monitoring.cityValue': '{city} insgesamt: {value}.',
	'monitoring.cityChange': '{city} insgesamt: {value}.',
	'monitoring.cityIncomplete':
		'(berechnet aus {covered} von {total} {total|Gebiet|Gebieten} der obersten Ebene)',
	'monitoring.toFactSheet': 'Steckbrief des Indikators',
	'monitoring.dateFallback': 'Zum {wanted} gibt es keine Werte; gezeigt wird der {shown}.',
	'monitoring.unit.points': 'Prozentpunkte',

	'monitoring.selection.title': 'Auswahl ({count})',
	'monitoring.selection.none':
		'Noch keine Gebiete ausgewählt. Wählen Sie Gebiete in der Tabelle, auf der Karte oder im Rangfolge-Diagramm aus; sie werden überall hervorgehoben.',
	'monitoring.selection.remove': 'entfernen',
	'monitoring.selection.compare': 'Ausgewählte Gebiete vergleichen',
	'monitoring.selection.clear': 'Auswahl aufheben',

	'monitoring.map.title': 'Karte',
	'monitoring.map.label': 'Karte: {title}',
	'monitoring.map.hint':
		'Klick wählt ein Gebiet, mit Umschalt- oder Strg-Taste mehrere. Mit der Tastatur: Karte fokussieren, Pfeiltasten verschieben, Plus und Minus zoomen. Alle Werte stehen auch in der Tabelle unten.',
	'monitoring.map.needsScript':
		'Die Karte braucht JavaScript. Alle Werte stehen in der Tabelle unten, die Klassen der Karte in der Legende.',
	'monitoring.legend.title': 'Legende',

	'monitoring.table.title': 'Tabelle',
	'monitoring.table.download': 'Herunterladen mit allen Nachkommastellen:',
	'monitoring.table.downloadPublic':
		'Zur Veröffentlichung, mit den Geheimhaltungsregeln des Mandanten (kleine Fallzahlen gesperrt, „.“):',
	'monitoring.table.filter': 'Gebiete filtern (Name oder Schlüssel)',
	'monitoring.table.shown': '{shown} von {total} {total|Gebiet|Gebieten}',
	'monitoring.table.choose': 'Auswahl',
	'monitoring.table.chooseUnit': '{name} auswählen',
	'monitoring.table.rank': 'Rang',
	'monitoring.table.unit': 'Gebiet',
	'monitoring.table.code': 'Schlüssel',
	'monitoring.table.value': 'Wert',
	'monitoring.table.change': 'Veränderung',
	'monitoring.table.before': 'Wert {date}',
	'monitoring.table.after': 'Wert {date}',
	'monitoring.table.persons': 'Veränderung Zähler (Personen)',
	'monitoring.table.class': 'Klasse',
	'monitoring.table.classOf': 'Klasse {class} von {of}',
	'monitoring.table.status': 'Datenlage',
	'monitoring.table.applySelection': 'Auswahl übernehmen',
	'monitoring.status.ok': 'vollständig',
	'monitoring.status.incomplete': 'unvollständig',
	'monitoring.status.missing': 'keine Daten',
	'monitoring.status.suppressed': 'geheim gehalten',

	'monitoring.charts.title': 'Diagramme',
	'monitoring.charts.ranking': 'Rangfolge: {title}',
	'monitoring.charts.series': 'Zeitverlauf: {indicator}',
	'monitoring.charts.seriesHint':
		'Der Zeitverlauf zeigt die Gesamtstadt; ausgewählte Gebiete erscheinen mit ihrem übergeordneten Gebiet.',
	'monitoring.charts.loading': 'Wird geladen …',
	'monitoring.charts.failed': 'Dieser Teil konnte nicht geladen werden. Bitte laden Sie die Seite neu.',
	'monitoring.scatter.title': 'Zusammenhang zweier Indikatoren',
	'monitoring.scatter.versus': 'Vergleichen mit Indikator',
	'monitoring.scatter.none': 'Keiner',
	'monitoring.scatter.chart': '{x} und {y} nach {layer}',
	'monitoring.scatter.otherDate':
		'{indicator} hat zu diesem Stichtag keine Werte; verwendet wird der {date}.',
	'monitoring.matrix.title': 'Korrelationsmatrix',
	'monitoring.matrix.choose': 'Indikatoren der Matrix (mindestens zwei)',
	'monitoring.matrix.chart': 'Korrelationen (Pearson) nach {layer}, {date}',
	'monitoring.matrix.hint': 'Wählen Sie mindestens zwei Indikatoren, um ihre Korrelationen zu sehen.',

	'monitoring.share.title': 'Diese Ansicht teilen',
	'monitoring.share.label': 'Link zu dieser Ansicht',
	'monitoring.share.hint':
		'Der Link enthält Indikator, Ebene, Stichtag, Auswahl und Klassen. Wer ihn öffnet, braucht Zugang zu diesem Mandanten.',
	'monitoring.share.copy': 'Link kopieren',
	'monitoring.share.copied': 'Link kopiert.',

	'monitoring.profiles.title': 'Gebietssteckbriefe',
	'monitoring.profiles.intro':
		'Ein Steckbrief je Gebiet: alle Indikatoren mit Rang, Vergleich zum übergeordneten Gebiet und zur Gesamtstadt, Entwicklung, Stärken und Schwächen. Druckbar auf A4.',
	'monitoring.profiles.search': 'Name oder Schlüssel',
	'monitoring.profiles.find': 'Gebiete anzeigen',
	'monitoring.profiles.count': '{shown} {shown|Gebiet|Gebiete} der Ebene {layer}',

	'monitoring.profile.title': 'Gebietssteckbrief',
	'monitoring.profile.kicker': 'Gebietssteckbrief · {layer}',
	'monitoring.profile.intro': 'Schlüssel {code}, Ebene {layer}, Stand {date}, verglichen mit {city}.',
	'monitoring.profile.partOf': 'Teil von',
	'monitoring.profile.toMap': 'Auf der Karte zeigen',
	'monitoring.profile.noRows': 'Für dieses Gebiet liegen noch keine Indikatorwerte vor.',
	'monitoring.profile.keyFigures': 'Kennzahlen',
	'monitoring.profile.caption': 'Kennzahlen von {name}, Stand {date}',
	'monitoring.profile.indicator': 'Indikator',
	'monitoring.profile.date': 'Stichtag',
	'monitoring.profile.value': 'Wert',
	'monitoring.profile.rank': 'Rang {rank} von {of}',
	'monitoring.profile.trend': 'Entwicklung',
	'monitoring.profile.series': 'Verlauf',
	'monitoring.profile.sparkline': 'Verlauf von {indicator}',
	'monitoring.profile.deviations': 'Stärken und Schwächen',
	'monitoring.profile.deviationsIntro':
		'Abweichung vom Mittel aller Gebiete der Ebene {layer} in Standardabweichungen (z-Wert). Ob eine Abweichung günstig ist, richtet sich nach der Polarität des Indikators.',
	'monitoring.profile.deviationsChart': 'Standardisierte Abweichungen von {name}, Stand {date}',
	'monitoring.profile.surroundings': 'Umgebung',
	'monitoring.profile.neighbours': 'Nachbargebiete ({count})',
	'monitoring.profile.noNeighbours': 'Keine Nachbargebiete (ohne Geometrie oder ohne gemeinsame Grenze).',
	'monitoring.profile.children': 'Enthaltene Gebiete: {layer} ({count})',
	'monitoring.trend.rising': 'steigend seit {date}',
	'monitoring.trend.falling': 'fallend seit {date}',
	'monitoring.trend.steady': 'gleichbleibend seit {date}',

	'monitoring.comparison.title': 'Gebietsvergleich',
	'monitoring.comparison.intro':
		'Zwei oder mehr Gebiete nebeneinander, jeweils mit ihrem übergeordneten Gebiet und der Gesamtstadt.',
	'monitoring.comparison.units': 'Gebiete',
	'monitoring.comparison.unitsHint':
		'Mehrere mit Strg- oder Umschalttaste (Tastatur: Umschalt + Pfeiltasten) wählen, höchstens {max}.',
	'monitoring.comparison.show': 'Vergleichen',
	'monitoring.comparison.tableTitle': '{count} {count|Gebiet|Gebiete} im Vergleich, Stand {date}',
	'monitoring.comparison.caption': 'Vergleich von {names}, Stand {date}',
	'monitoring.comparison.none': 'Wählen Sie mindestens ein Gebiet, besser zwei oder mehr.'
} as const;
