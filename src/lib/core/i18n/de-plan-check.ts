/** German texts of the plan check page. Merged into the dictionary in de.ts. */
export const dePlanCheck = {
	'planCheck.nav': 'Prüfung',
	'planCheck.title': 'Prüfung des Plans',
	'planCheck.intro':
		'Was vor der Sitzung der Steuerungsgruppe anzusehen ist: Ziele, die ihr Ziel verfehlen könnten, überfällige Meilensteine, das Budget, Lücken zwischen Zielen und Maßnahmen und Gebiete mit größtem Bedarf, in denen niemand handelt.',
	'planCheck.checkedAt': 'Geprüft zum Stichtag {date}.',
	'planCheck.form.label': 'Stichtag der Prüfung',
	'planCheck.form.date': 'Stichtag',
	'planCheck.form.hint': 'JJJJ-MM-TT; ohne Angabe wird zum heutigen Tag geprüft.',
	'planCheck.form.submit': 'Prüfen',
	'planCheck.form.today': 'Heute prüfen',
	'planCheck.form.invalid':
		'Der Stichtag „{value}“ ist kein gültiges Datum. Bitte geben Sie ihn als JJJJ-MM-TT an, z. B. 2026-12-31.',
	'planCheck.form.notChecked': 'Die Prüfung wurde nicht ausgeführt, weil der Stichtag ungültig ist.',
	'planCheck.contents': 'Inhalt',
	'planCheck.count': '{title} ({count})',
	'planCheck.goals.title': 'Ziele gefährdet oder nicht auf Kurs',
	'planCheck.goals.intro':
		'Bewertet mit den Werten ihres Indikators bis zum Stichtag (spätere Werte bleiben außer Betracht); Ziele ohne Indikator sind nicht dabei.',
	'planCheck.goals.empty': 'Kein Ziel ist gefährdet oder nicht auf Kurs.',
	'planCheck.milestones.title': 'Überfällige Meilensteine',
	'planCheck.milestones.intro':
		'Meilensteine laufender und geplanter Maßnahmen, die zum Stichtag fällig und nicht erreicht sind, die am längsten überfälligen zuerst.',
	'planCheck.milestones.empty': 'Keine Maßnahme hat überfällige Meilensteine.',
	'planCheck.col.measure': 'Maßnahme',
	'planCheck.col.milestone': 'Meilenstein',
	'planCheck.col.due': 'Fällig am',
	'planCheck.col.daysOverdue': 'Tage überfällig',
	'planCheck.budget.title': 'Budget je Jahr',
	'planCheck.budget.intro':
		'Je Maßnahme und Jahr, die Finanzierungsquellen zusammengezählt. Überschritten ist ein Budget, wenn mehr ausgegeben als bewilligt wurde (ohne Bewilligung: als geplant).',
	'planCheck.budget.overruns': 'Überschritten: {count} von {total}.',
	'planCheck.budget.empty': 'Für keine Maßnahme ist ein Budget eingetragen.',
	'planCheck.col.year': 'Jahr',
	'planCheck.col.planned': 'Geplant',
	'planCheck.col.approved': 'Bewilligt',
	'planCheck.col.spent': 'Ausgegeben',
	'planCheck.col.spentShare': 'Ausgegeben in % des geplanten Betrags',
	'planCheck.col.overrun': 'Überschreitung',
	'planCheck.budget.yearTotal': 'Summe {year}',
	'planCheck.budget.overApproved': 'überschritten: {amount} mehr ausgegeben als bewilligt',
	'planCheck.budget.overPlanned': 'überschritten: {amount} mehr ausgegeben als geplant (nichts bewilligt)',
	'planCheck.budget.noOverrun': 'nein',
	'planCheck.budget.yearOverruns': '{count} {count|Überschreitung|Überschreitungen}',
	'planCheck.measuresWithoutGoal.title': 'Maßnahmen ohne Ziel',
	'planCheck.measuresWithoutGoal.intro': 'Laufende und geplante Maßnahmen, die keinem Ziel dienen.',
	'planCheck.measuresWithoutGoal.empty': 'Jede laufende und geplante Maßnahme dient einem Ziel.',
	'planCheck.goalsWithoutMeasure.title': 'Ziele ohne Maßnahme',
	'planCheck.goalsWithoutMeasure.intro':
		'Verfolgte Ziele (nicht erreicht oder aufgegeben), denen weder selbst noch über ein Unterziel eine Maßnahme dient; eine abgebrochene Maßnahme zählt nicht.',
	'planCheck.goalsWithoutMeasure.empty': 'Jedem verfolgten Ziel dient eine Maßnahme.',
	'planCheck.need.title': 'Gebiete mit größtem Bedarf ohne Maßnahme',
	'planCheck.need.intro':
		'Gebiete in der Statusklasse mit der größten Benachteiligung eines Sozialindex (zu seinem letzten berechneten Stichtag), denen keine laufende oder geplante Maßnahme dient – weder im Gebiet selbst noch in einem über- oder untergeordneten Gebiet.',
	'planCheck.need.empty': 'Jedem Gebiet mit größtem Bedarf dient eine laufende oder geplante Maßnahme.',
	'planCheck.need.noIndex':
		'Es ist kein Sozialindex berechnet; Gebiete mit größtem Bedarf sind daher nicht bekannt.',
	'planCheck.col.unitCode': 'Schlüssel',
	'planCheck.col.unit': 'Gebiet',
	'planCheck.col.index': 'Sozialindex',
	'planCheck.col.class': 'Statusklasse',
	'planCheck.col.indexDate': 'Stichtag des Index'
};
