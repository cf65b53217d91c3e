/** German texts of charts (ranking, time series, scatter, correlation matrix, sparkline, deviations). Merged into the dictionary in de.ts. */
export const deCharts = {
	'charts.selected': 'ausgewählt',
	'charts.legend': 'Legende',
	'charts.table.show': 'Daten als Tabelle',
	'charts.col.rank': 'Rang',
	'charts.col.unit': 'Gebiet',
	'charts.col.code': 'Schlüssel',
	'charts.col.value': 'Wert',
	'charts.col.selection': 'Auswahl',
	'charts.col.date': 'Stichtag',
	'charts.col.indicator': 'Indikator',
	'charts.col.z': 'Standardabweichung vom Mittel (z)',
	'charts.col.polarity': 'Richtung',
	'charts.col.assessment': 'Bewertung',

	'charts.polarity.higher_better': 'höher ist günstiger',
	'charts.polarity.higher_worse': 'höher ist ungünstiger',
	'charts.polarity.neutral': 'ohne Bewertung',

	'charts.ranking.cityDefault': 'Gesamt',
	'charts.ranking.summary':
		'Balkendiagramm „{title}“: {count} {count|Gebiet|Gebiete} nach ihrem Wert geordnet, höchster Wert {max} in {maxName}, niedrigster Wert {min} in {minName}.',
	'charts.ranking.summaryEmpty': 'Balkendiagramm „{title}“: Für kein Gebiet liegt ein Wert vor.',
	'charts.ranking.summaryCity': '{label}: {value}.',
	'charts.ranking.summarySelected': 'Ausgewählt: {list}.',
	'charts.ranking.rankOf': '{name} auf Rang {rank}',
	'charts.ranking.shortened':
		'Gezeigt sind die {edge} höchsten und die {edge} niedrigsten von {count} Werten sowie die ausgewählten Gebiete; die Zahl vor dem Namen ist der Rang. Alle Werte stehen in der Tabelle unter dem Diagramm.',
	'charts.ranking.missing': 'Gebiete ohne Wert (ohne Balken, am Ende der Tabelle): {count}.',

	'charts.timeSeries.summary': 'Liniendiagramm „{title}“ von {from} bis {to}.',
	'charts.timeSeries.summaryEmpty': 'Liniendiagramm „{title}“: Es liegen keine Werte vor.',
	'charts.timeSeries.line': '{label} ({kind}): von {from} ({fromYear}) auf {to} ({toYear}).',
	'charts.timeSeries.lineEmpty': '{label}: keine Werte.',
	'charts.timeSeries.kind.unit': 'Gebiet, durchgezogene Linie',
	'charts.timeSeries.kind.parent': 'übergeordnetes Gebiet, gestrichelte Linie',
	'charts.timeSeries.kind.city': 'Gesamtstadt, gepunktete Linie',
	'charts.timeSeries.markDate':
		'Die senkrechte Linie markiert den gewählten Stichtag {date}. Lücken in einer Linie bedeuten fehlende Werte.',

	'charts.scatter.summary':
		'Streudiagramm „{title}“: {x} (waagerecht) gegen {y} (senkrecht), {count} {count|Gebiet|Gebiete}.',
	'charts.scatter.summarySelected': 'Ausgewählt: {list}.',
	'charts.scatter.measures': 'Pearson r = {r}, Spearman ρ = {rho}, n = {n} {n|Gebiet|Gebiete}: {strength}.',
	'charts.scatter.noMeasures':
		'Für einen Korrelationskoeffizienten braucht es mindestens drei Gebiete mit beiden Werten, die sich unterscheiden (hier {n}).',
	'charts.scatter.equation':
		'Regressionsgerade (gestrichelt): y = {intercept} {sign} {slope} · x, Bestimmtheitsmaß R² = {r2}.',
	'charts.scatter.causation':
		'Eine Korrelation beschreibt nur, dass zwei Werte gemeinsam steigen oder fallen. Sie ist kein Beleg dafür, dass das eine das andere verursacht.',
	'charts.scatter.missing': 'Gebiete, die im Diagramm fehlen, weil ein Wert fehlt: {count}.',

	'charts.strength.none': 'kein nennenswerter Zusammenhang',
	'charts.strength.weak': 'schwacher Zusammenhang',
	'charts.strength.moderate': 'mittlerer Zusammenhang',
	'charts.strength.strong': 'starker Zusammenhang',

	'charts.matrix.summary':
		'Korrelationsmatrix „{title}“: {count} {count|Indikator|Indikatoren}, {pairs} {pairs|Paar|Paare} mit Korrelationskoeffizient.',
	'charts.matrix.summaryStrongest': 'Der stärkste Zusammenhang besteht zwischen {a} und {b} (r = {r}).',
	'charts.matrix.reading':
		'Jede Zelle nennt den Korrelationskoeffizienten nach Pearson (r) zwischen zwei Indikatoren über alle Gebiete mit beiden Werten: blau positiv (beide steigen gemeinsam), rot negativ, hell nahe null. Die Spalten sind wie die Zeilen nummeriert.',
	'charts.matrix.key': 'Nummern der Indikatoren',
	'charts.matrix.tooFew': 'Für eine Korrelationsmatrix werden mindestens zwei Indikatoren gebraucht.',

	'charts.sparkline.summary': '{label}: Verlauf {from}–{to}, von {first} auf {last}',
	'charts.sparkline.single': '{label}: nur ein Wert ({year}): {value}',
	'charts.sparkline.empty': '{label}: kein Verlauf vorhanden',

	'charts.deviation.summary':
		'Balkendiagramm „{title}“: Abweichungen von {count} {count|Indikator|Indikatoren} vom Mittel aller Gebiete der Ebene; {favourable} günstig, {unfavourable} ungünstig, {neutral} ohne Bewertung.',
	'charts.deviation.summaryStrengths': 'Stärken: {list}.',
	'charts.deviation.summaryWeaknesses': 'Schwächen: {list}.',
	'charts.deviation.favourable': 'günstig',
	'charts.deviation.unfavourable': 'ungünstig',
	'charts.deviation.neutral': 'ohne Bewertung',
	'charts.deviation.favourable.long': 'volle blaue Balken',
	'charts.deviation.unfavourable.long': 'rot schraffierte Balken',
	'charts.deviation.neutral.long': 'nur umrandete Balken (Indikator ohne Richtung oder genau im Mittel)',
	'charts.deviation.axis': 'Standardabweichungen vom Mittel (z)',
	'charts.deviation.reading':
		'Die Balken zeigen, um wie viele Standardabweichungen der Wert des Gebiets vom Mittel aller Gebiete seiner Ebene abweicht (z-Wert; ±1 gestrichelt). Ob eine Abweichung günstig ist, hängt von der Richtung des Indikators ab.',
	'charts.deviation.missing': 'Indikatoren ohne Wert (nur in der Tabelle): {count}.'
} as const;
