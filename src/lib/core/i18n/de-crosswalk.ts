/** German texts of the crosswalk pages (Daten › Umschlüsselungen). Merged into the dictionary in de.ts. */
export const deCrosswalk = {
	'data.nav.crosswalks': 'Umschlüsselungen',

	'crosswalk.page.title': 'Umschlüsselungen',
	'crosswalk.page.intro':
		'Manche Gebietsgliederungen gehen nicht ineinander auf – etwa Schulbezirke und Sozialräume oder alte und neue Planungsräume. Eine Umschlüsselung hält fest, welcher Anteil eines Ausgangsgebiets in welchem Zielgebiet liegt. Damit werden Anzahlen wie Einwohner von einer Ebene auf die andere umgerechnet: Wert im Zielgebiet = Summe über die Ausgangsgebiete von Anteil × Wert.',
	'crosswalk.method.title': 'Nach Fläche oder nach Einwohnern?',
	'crosswalk.method.areal':
		'Nach Fläche: Der Anteil ist der Flächenanteil. Das unterstellt, dass die Menschen gleichmäßig über das Gebiet verteilt wohnen. In Gebieten mit Parks, Wasser, Wald oder Gewerbe stimmt das nicht, und schon kleine Abweichungen zwischen den Grenzlinien zweier Dateien verschieben Menschen über eine Grenze, die es so nicht gibt.',
	'crosswalk.method.population':
		'Nach Einwohnern (empfohlen): Der Anteil ist der Anteil der Einwohner. Er wird aus einer feineren Ebene ermittelt, z. B. den Planungsräumen: Jedes kleine Gebiet zählt ganz zu dem Gebiet, in dem sein innerer Punkt liegt. Wo die Ebenen ineinander aufgehen, ist das Ergebnis genau.',
	'crosswalk.method.example':
		'Ein Beispiel aus den Berliner Daten: Planungsräume und Bezirke stammen aus verschiedenen Dateien, ihre Grenzlinien weichen um einige Meter voneinander ab. Nach Fläche umgeschlüsselt landen dadurch bis zu rund 700 Einwohner je Bezirk im Nachbarbezirk, obwohl jeder Planungsraum ganz in einem Bezirk liegt. Nach Einwohnern gewichtet stimmen die Summen der Bezirke genau.',
	'crosswalk.method.check':
		'Nach jeder Umrechnung prüft Querschnitt, ob die Summe erhalten bleibt, und nennt die Gebiete, deren Werte nicht oder nicht ganz ankommen. Quoten werden nie direkt umgerechnet, sondern über Zähler und Nenner.',
	'crosswalk.method.name.areal': 'nach Fläche',
	'crosswalk.method.name.population': 'nach Einwohnern',

	'crosswalk.list.title': 'Gespeicherte Umschlüsselungen',
	'crosswalk.list.empty': 'Es gibt noch keine Umschlüsselung.',
	'crosswalk.list.caption': '{count} {count|Umschlüsselung|Umschlüsselungen}',
	'crosswalk.col.pair': 'Von → nach',
	'crosswalk.col.method': 'Verfahren',
	'crosswalk.col.weighting': 'Gewichtung',
	'crosswalk.col.computed': 'Berechnet',
	'crosswalk.col.coverage': 'Abdeckung',
	'crosswalk.weighting.value': '{variable} auf {layer}, Stichtag {date}',
	'crosswalk.weighting.areal': 'Fläche, Stand {date}',
	'crosswalk.computedBy': '{at} von {by}',
	'crosswalk.coverage.value':
		'{covered} von {total} Ausgangsgebieten ganz übertragen; {targets} Zielgebiete ohne Zufluss',
	'crosswalk.deleted': 'Die Umschlüsselung {name} wurde gelöscht.',

	'crosswalk.compute.title': 'Umschlüsselung berechnen',
	'crosswalk.compute.intro':
		'Eine Umschlüsselung desselben Ebenenpaars, Verfahrens und Stichtags wird ersetzt; das Änderungsprotokoll hält beides fest.',
	'crosswalk.compute.readOnly':
		'Umschlüsselungen berechnen und löschen dürfen Planerinnen und Planer sowie die Administration. Sie können alle ansehen und Merkmale damit umrechnen.',
	'crosswalk.field.from': 'Ausgangsebene',
	'crosswalk.field.to': 'Zielebene',
	'crosswalk.field.method': 'Verfahren',
	'crosswalk.field.methodAreal': 'Nach Fläche',
	'crosswalk.field.methodPopulation': 'Nach Einwohnern (empfohlen)',
	'crosswalk.field.weightVariable': 'Gewichtendes Merkmal',
	'crosswalk.field.weightVariableHint': 'Nur nach Einwohnern: ein Anzahl-Merkmal, z. B. Einwohner.',
	'crosswalk.field.weightLayer': 'Ebene des gewichtenden Merkmals',
	'crosswalk.field.weightLayerHint':
		'Nur nach Einwohnern: eine Ebene, die feiner ist als Ausgangs- und Zielebene, z. B. Planungsraum.',
	'crosswalk.field.date': 'Stichtag',
	'crosswalk.field.dateHint':
		'TT.MM.JJJJ. Nach Einwohnern: Stichtag der Einwohnerzahlen (leer: der jüngste). Nach Fläche: Stand der Grenzen (leer: heute).',
	'crosswalk.field.dateInvalid': 'Bitte ein Datum im Format TT.MM.JJJJ angeben.',
	'crosswalk.compute.submit': 'Berechnen und speichern',
	'crosswalk.computed': 'Die Umschlüsselung wurde berechnet und gespeichert.',

	'crosswalk.detail.back': 'Zu allen Umschlüsselungen',
	'crosswalk.detail.lead': 'Verfahren: {method}. Berechnet am {at} von {by}.',
	'crosswalk.coverage.title': 'Abdeckung',
	'crosswalk.coverage.weights': 'Gewichte (Paare von Gebieten)',
	'crosswalk.coverage.sources': 'Ausgangsgebiete ganz übertragen',
	'crosswalk.coverage.sourcesValue': '{covered} von {total}',
	'crosswalk.coverage.partial': 'Ausgangsgebiete teilweise übertragen',
	'crosswalk.coverage.notCovered': 'Ausgangsgebiete gar nicht übertragen',
	'crosswalk.coverage.targets': 'Zielgebiete ohne Zufluss',
	'crosswalk.coverage.targetsValue': '{count} von {total}',
	'crosswalk.coverage.slivers': 'Splitter verworfen',
	'crosswalk.coverage.sliversValue':
		'in {count} {count|Ausgangsgebiet|Ausgangsgebieten}, zusammen {share} % eines Gebiets',
	'crosswalk.coverage.withoutGeometry': 'Ausgangsgebiete ohne Geometrie',
	'crosswalk.coverage.fineUnits': 'Gebiete der gewichtenden Ebene',
	'crosswalk.coverage.fineWithoutValue': 'davon ohne Wert (als 0 gezählt)',
	'crosswalk.coverage.fineOutside': 'davon außerhalb von Ausgangs- oder Zielebene',
	'crosswalk.coverage.assignedWhole':
		'Die gewichtende Ebene ist die Ausgangsebene selbst: Jedes Ausgangsgebiet geht ganz an das Zielgebiet, in dem sein innerer Punkt liegt. Das ist genau, wo die Ebenen ineinander aufgehen, und grob, wo nicht.',
	'crosswalk.coverage.none': 'keine',
	'crosswalk.losses.title': 'Gebiete, die nicht ganz übertragen werden',
	'crosswalk.losses.intro':
		'Die Ausgangsgebiete mit dem kleinsten übertragenen Anteil (Abdeckung unter 100 %), meist weil sie teilweise außerhalb der Zielebene liegen.',
	'crosswalk.losses.caption': '{shown} von {total} {total|Gebiet|Gebieten} mit Verlust',
	'crosswalk.col.source': 'Ausgangsgebiet',
	'crosswalk.col.target': 'Zielgebiet',
	'crosswalk.col.inside': 'Anteil in der Zielebene',
	'crosswalk.col.transferred': 'Übertragen',
	'crosswalk.col.share': 'Anteil',
	'crosswalk.col.weight': 'Gewicht',

	'crosswalk.weights.title': 'Gewichte',
	'crosswalk.weights.intro':
		'Jede Zeile: welcher Anteil eines Ausgangsgebiets in einem Zielgebiet liegt (nach {method}).',
	'crosswalk.weights.search': 'Gebiet suchen (Schlüssel oder Name)',
	'crosswalk.weights.filterLabel': 'Gewichte durchsuchen',
	'crosswalk.weights.apply': 'Suchen',
	'crosswalk.weights.status': '{matching} von {total} {total|Gewicht|Gewichten}',
	'crosswalk.weights.caption': 'Gewichte von {from} nach {to}',
	'crosswalk.weights.none': 'Kein Gewicht passt zur Suche.',

	'crosswalk.convert.title': 'Merkmal umrechnen',
	'crosswalk.convert.intro':
		'Rechnet die Werte eines Merkmals (Anzahl oder Betrag) oder eines Quoten-Indikators von {from} auf {to} um und prüft, ob die Summe erhalten bleibt.',
	'crosswalk.convert.variable': 'Merkmal',
	'crosswalk.convert.indicator': 'Quoten-Indikator',
	'crosswalk.convert.date': 'Stichtag',
	'crosswalk.convert.dateHint': 'TT.MM.JJJJ; leer: der jüngste Stichtag mit Werten.',
	'crosswalk.convert.submitVariable': 'Merkmal umrechnen',
	'crosswalk.convert.submitIndicator': 'Indikator umrechnen',
	'crosswalk.convert.variableForm': 'Ein Merkmal',
	'crosswalk.convert.indicatorForm': 'Ein Quoten-Indikator (über Zähler und Nenner)',
	'crosswalk.convert.failed': 'Die Umrechnung ist nicht möglich',
	'crosswalk.result.variableTitle': '{name} am {date}: von {from} nach {to}',
	'crosswalk.result.caption': '{name} je Zielgebiet ({to}), Stichtag {date}',
	'crosswalk.col.code': 'Schlüssel',
	'crosswalk.col.name': 'Name',
	'crosswalk.col.value': 'Wert',
	'crosswalk.col.known': 'Hinweis',
	'crosswalk.result.missing': 'fehlt; bekannt {known} ({share} %), ohne Wert: {sources}',
	'crosswalk.result.unreached': 'kein Ausgangsgebiet reicht hierher',
	'crosswalk.totals.title': 'Summenprüfung: {name}',
	'crosswalk.totals.source': 'Summe auf der Ausgangsebene',
	'crosswalk.totals.lost': 'Verloren (nicht in der Zielebene angekommen)',
	'crosswalk.totals.target': 'Summe auf der Zielebene',
	'crosswalk.totals.shown': 'davon in Zielgebieten mit vollständigem Wert',
	'crosswalk.totals.preserved': 'Die Summen stimmen überein.',
	'crosswalk.totals.differ':
		'Die Summen weichen um {lost} ({percent} %) voneinander ab. Die Gebiete, deren Werte nicht ganz ankommen, stehen unten.',
	'crosswalk.totals.missingSources': 'Ausgangsgebiete ohne Wert am Stichtag: {sources}',
	'crosswalk.totals.lossesCaption':
		'Verluste von {name}: {shown} von {total} {total|Gebiet|Gebieten}, größte zuerst',
	'crosswalk.col.lostValue': 'Verloren',
	'crosswalk.col.reason': 'Grund',
	'crosswalk.reason.outside': 'liegt außerhalb der Zielebene',
	'crosswalk.reason.partial': 'liegt teilweise außerhalb der Zielebene (oder Splitter verworfen)',
	'crosswalk.reason.overlap': 'Zielgebiete überlappen (mehr als ganz übertragen)',
	'crosswalk.reason.unknown': 'nicht in der Umschlüsselung',
	'crosswalk.result.indicatorTitle': '{name} am {date}: von {from} nach {to}',
	'crosswalk.result.rates':
		'Quote über alle Gebiete: vorher {before}, nachher {after}. Sie unterscheiden sich nur durch Verluste.',
	'crosswalk.col.numerator': 'Zähler',
	'crosswalk.col.denominator': 'Nenner',

	'crosswalk.delete.title': 'Umschlüsselung löschen',
	'crosswalk.delete.intro':
		'Die Gewichte werden gelöscht; das Änderungsprotokoll hält fest, wer es getan hat. Die Werte der Merkmale bleiben unberührt.',
	'crosswalk.delete.open': 'Löschen …',
	'crosswalk.delete.confirm': 'Die Umschlüsselung {name} wirklich löschen?',
	'crosswalk.delete.submit': 'Ja, {name} löschen'
};
