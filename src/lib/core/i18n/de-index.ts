/** German texts of the social index (Sozialindex) in the monitoring area. Merged into the dictionary in de.ts. */
export const deIndex = {
	'index.nav': 'Sozialindex',
	'index.page.title': 'Sozialindex',
	'index.page.intro':
		'Der Sozialindex fasst mehrere Indikatoren zu einem Status- und einem Dynamikindex je Gebiet zusammen und ordnet die Gebiete in Klassen ein. Karte, Matrix und Tabelle zeigen das gespeicherte Ergebnis eines Stichtags; in der Sensitivitätsprüfung sehen Sie, welche Gebiete ihre Klasse wechseln, wenn Gewichte oder Klassengrenzen anders gewählt werden.',
	'index.title': '{index} – {layer}, Stand {date}',
	'index.empty.title': 'Noch kein Sozialindex',
	'index.empty.text':
		'Für diesen Mandanten ist noch kein Sozialindex festgelegt. Ein Index wird mit „querschnitt index define“ angelegt und mit „querschnitt index compute“ berechnet.',
	'index.noRun.title': 'Noch nicht berechnet',
	'index.noRun.text':
		'Für diesen Index ist noch kein Ergebnis gespeichert. Die Festlegung steht unten; berechnet wird er mit „querschnitt index compute“.',
	'index.run': 'Berechnet von {by} am {at}.',

	'index.controls.index': 'Index',
	'index.controls.date': 'Stichtag',
	'index.controls.map': 'Karte zeigt',
	'index.controls.show': 'Anzeigen',

	'index.part.status': 'Status',
	'index.part.dynamics': 'Dynamik',
	'index.part.combined': 'Gesamtklasse',
	'index.polarity.higher_worse': 'höherer Wert = mehr Benachteiligung',
	'index.polarity.higher_better': 'höherer Wert = weniger Benachteiligung (umgekehrt eingerechnet)',
	'index.reason.excluded': 'ausgeschlossen',
	'index.reason.population_below_minimum': 'zu wenige Einwohner',
	'index.reason.population_missing': 'Einwohnerzahl fehlt',
	'index.reason.values_missing': 'Werte fehlen',

	'index.map.title': 'Karte: {part}',
	'index.map.status': 'Statusklassen',
	'index.map.dynamics': 'Dynamikklassen',
	'index.map.label': 'Karte der {part}: {title}',
	'index.map.hint':
		'Klick auf ein Gebiet zeigt seine Klasse. Mit der Tastatur: Karte fokussieren, mit den Pfeiltasten verschieben, mit + und − zoomen. Die Tabelle unten enthält dieselben Angaben.',
	'index.map.noGeometry':
		'Die Gebiete dieser Raumebene haben keine Umrisse (Werte nur je Schlüssel geliefert). Darum gibt es keine Karte; Matrix und Tabelle zeigen alle Klassen.',
	'index.legend.title': '{part}',
	'index.legend.unclassified': 'Nicht klassifiziert (schraffiert)',

	'index.matrix.title': 'Gesamtklassen: Status × Dynamik',
	'index.matrix.caption': 'Anzahl der Gebiete je Status- und Dynamikklasse – {title}',
	'index.matrix.corner': 'Statusklasse (Zeilen), Dynamikklasse (Spalten)',
	'index.matrix.statusClass': 'Statusklasse',
	'index.matrix.withoutDynamics': 'ohne Dynamikklasse',
	'index.matrix.total': 'Summe',
	'index.matrix.note':
		'{classified} Gebiete haben eine Statusklasse, davon {withDynamics} auch eine Dynamikklasse. In Klammern steht das Kürzel der Gesamtklasse.',
	'index.matrix.unclassifiedCaption': 'Gebiete ohne Klasse nach Grund',
	'index.matrix.reason': 'Grund',
	'index.matrix.units': 'Gebiete',
	'index.matrix.allClassified': 'Alle Gebiete sind klassifiziert.',

	'index.table.title': 'Tabelle aller Gebiete',
	'index.table.intro':
		'z-Werte und Indexwerte sind mit zwei Nachkommastellen gezeigt; der ungerundete Wert steht im Tooltip der Zelle. Die Klassen werden immer aus dem ungerundeten Wert gebildet.',
	'index.table.download': 'Tabelle herunterladen (mit Klassenbezeichnungen, ungerundet):',
	'index.table.filter': 'Gebiete filtern (Name, Schlüssel oder Gesamtklasse)',
	'index.table.code': 'Schlüssel',
	'index.table.name': 'Gebiet',
	'index.table.statusIndex': 'Statusindex',
	'index.table.statusClass': 'Statusklasse',
	'index.table.dynamicsIndex': 'Dynamikindex',
	'index.table.dynamicsClass': 'Dynamikklasse',
	'index.table.combined': 'Gesamtklasse',
	'index.table.reason': 'Nicht klassifiziert, weil',
	'index.table.noDynamics': 'keine Dynamikklasse',

	'index.class.code': 'Kürzel',
	'index.class.label': 'Bezeichnung',
	'index.class.range': 'Bereich des Index (x)',

	'index.sensitivity.title': 'Sensitivitätsprüfung',
	'index.sensitivity.intro':
		'Ändern Sie Gewichte oder Klassengrenzen und vergleichen Sie die Variante mit der gespeicherten Festlegung. Die Variante wird nur berechnet, nicht gespeichert. Dezimalzahlen mit Komma oder Punkt.',
	'index.sensitivity.weights': 'Gewichte der Indikatoren',
	'index.sensitivity.statusWeight': 'Gewicht Status: {indicator}',
	'index.sensitivity.dynamicsWeight': 'Gewicht Dynamik: {indicator}',
	'index.sensitivity.statusLimits': 'Grenzen der Statusklassen',
	'index.sensitivity.dynamicsLimits': 'Grenzen der Dynamikklassen',
	'index.sensitivity.limit': 'Grenze zwischen {low} und {high}',
	'index.sensitivity.submit': 'Variante berechnen',
	'index.sensitivity.reset': 'Gespeicherte Festlegung wiederherstellen',
	'index.sensitivity.changed':
		'Mit der Variante {count|wechselt|wechseln} {count} {count|Gebiet|Gebiete} {count|seine|ihre} Klasse',
	'index.sensitivity.countsCaption': 'Anzahl der Gebiete je Klasse: gespeicherte Festlegung und Variante',
	'index.sensitivity.group': 'Teil',
	'index.sensitivity.class': 'Klasse',
	'index.sensitivity.saved': 'Gespeichert',
	'index.sensitivity.variant': 'Variante',
	'index.sensitivity.difference': 'Unterschied',
	'index.sensitivity.noChanges': 'Kein Gebiet wechselt mit dieser Variante seine Klasse.',
	'index.sensitivity.changesCaption': 'Gebiete, deren Klasse sich ändert (gespeichert → Variante)',
	'index.sensitivity.statusIndexSaved': 'Statusindex gespeichert',
	'index.sensitivity.statusIndexVariant': 'Statusindex Variante',
	'index.sensitivity.unclassified': 'Nicht klassifiziert',
	'index.sensitivity.noClass': 'keine Klasse',

	'index.definition.title': 'So ist der Index festgelegt',
	'index.definition.indicators': 'Indikatoren',
	'index.definition.indicatorsCaption': 'Indikatoren des Index mit Gewicht und Richtung',
	'index.definition.part': 'Teil',
	'index.definition.indicator': 'Indikator',
	'index.definition.weight': 'Gewicht',
	'index.definition.polarity': 'Richtung',
	'index.definition.window': 'Zeitraum',
	'index.definition.atDate': 'Wert am Stichtag',
	'index.definition.windowGiven': 'Veränderung wie geliefert',
	'index.definition.windowYears': 'Veränderung über {years} {years|Jahr|Jahre} (Prozentpunkte)',
	'index.definition.method': 'Berechnung',
	'index.definition.standardise':
		'Jeder Indikator wird über die einbezogenen Gebiete der Ebene {layer} standardisiert: z = (Wert − Mittelwert) / Standardabweichung. z = 0 ist der Durchschnitt, z = 1 eine Standardabweichung mehr Benachteiligung.',
	'index.definition.sd.population':
		'Die Standardabweichung wird über n gebildet (wie im Berliner Verfahren).',
	'index.definition.sd.sample': 'Die Standardabweichung wird über n − 1 gebildet (Stichprobenformel).',
	'index.definition.combination.sum':
		'Der Statusindex ist die gewichtete Summe der z-Werte der Statusindikatoren; der Dynamikindex ebenso aus den Dynamikindikatoren.',
	'index.definition.combination.mean':
		'Der Statusindex ist der gewichtete Mittelwert der z-Werte der Statusindikatoren; der Dynamikindex ebenso aus den Dynamikindikatoren.',
	'index.definition.restandardised':
		'Die Summe wird noch einmal standardisiert: Status- und Dynamikindex haben über die einbezogenen Gebiete den Mittelwert 0 und die Standardabweichung 1.',
	'index.definition.notRestandardised': 'Die Kombination wird nicht noch einmal standardisiert.',
	'index.definition.onThreshold':
		'Die Klassen werden aus dem ungerundeten Index gebildet; wohin ein Wert genau auf einer Grenze gehört, zeigt der Bereich in den Tabellen der Klassen (≤ schließt die Grenze ein).',
	'index.definition.combined': 'Die Gesamtklasse verbindet Status- und Dynamikklasse, z. B. „{example}“.',
	'index.definition.combinedStatusOnly':
		'Der Index hat keinen Dynamikteil; die Gesamtklasse ist die Statusklasse.',
	'index.definition.eligibility': 'Einbezogene Gebiete',
	'index.definition.minimum':
		'Gebiete mit weniger als {minimum} Einwohnern (Merkmal {variable}) werden nicht einbezogen und erhalten keine Klasse.',
	'index.definition.noMinimum': 'Es gibt keine Mindesteinwohnerzahl.',
	'index.definition.exclusions': 'Ausdrücklich ausgeschlossen (mit Grund):',
	'index.definition.noExclusions': 'Kein Gebiet ist ausdrücklich ausgeschlossen.',
	'index.definition.validityFlag':
		'Gebiete, deren Merkmal „{variable}“ (letzter Wert bis zum Stichtag) nicht {valid} ist, sind ausgeschlossen; Gebiete ohne Wert sind {missing}.',
	'index.definition.validityMissing.include': 'einbezogen',
	'index.definition.validityMissing.exclude': 'ausgeschlossen',
	'index.definition.statusClasses': 'Statusklassen (x = Statusindex)',
	'index.definition.dynamicsClasses': 'Dynamikklassen (x = Dynamikindex)',

	'index.profile.title': 'Sozialindex',
	'index.profile.caption': '{index}: {name} an jedem berechneten Stichtag',
	'index.profile.none': 'Für {index} ist für dieses Gebiet noch kein Ergebnis gespeichert.',
	'index.profile.toPage': 'Zum Sozialindex „{index}“ mit Karte und Matrix'
} as const;
