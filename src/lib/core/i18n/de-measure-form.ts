/** German texts of the measure form (create, edit, budget and milestones). Merged into the dictionary in de.ts. */
export const deMeasureForm = {
	'measureForm.newTitle': 'Maßnahme anlegen',
	'measureForm.editTitle': 'Maßnahme {code} bearbeiten',
	'measureForm.intro':
		'Eine Maßnahme mit ihren Zielen, Gebieten, Zuständigkeiten, dem Haushalt je Jahr und den Meilensteinen. Gespeichert wird alles zusammen oder nichts.',
	'measureForm.back': 'Zurück zu den Maßnahmen',
	'measureForm.backMeasure': 'Zurück zur Maßnahme',
	'measureForm.create': 'Maßnahme anlegen',
	'measureForm.save': 'Änderungen speichern',
	'measureForm.fieldErrors':
		'Die Maßnahme wurde nicht gespeichert, auch nicht ihr Haushalt und ihre Meilensteine. Bitte korrigieren Sie die markierten Felder:',
	'measureForm.rowAdded': 'Eine leere Zeile wurde angefügt. Noch ist nichts gespeichert.',
	'measureForm.created': 'Die Maßnahme wurde angelegt.',
	'measureForm.saved': 'Die Änderungen wurden gespeichert.',
	'measureForm.newLink': 'Maßnahme anlegen',
	'measureForm.editLink': 'Bearbeiten',
	'measureForm.nav.myMeasures': 'Meine Maßnahmen',
	'measureForm.section.measure': 'Maßnahme',
	'measureForm.section.goals': 'Ziele und Gebiete',
	'measureForm.section.responsibility': 'Zuständigkeit',
	'measureForm.section.chain': 'Präventionskette',
	'measureForm.field.codeHint': 'Eindeutig im Mandanten, z. B. „M 2.1.3“; sie ist die Adresse der Maßnahme.',
	'measureForm.field.description': 'Beschreibung',
	'measureForm.field.periodStart': 'Laufzeit von',
	'measureForm.field.periodEnd': 'Laufzeit bis',
	'measureForm.field.goals': 'Ziele, denen die Maßnahme dient',
	'measureForm.field.goalsNone': 'Noch keine Ziele angelegt.',
	'measureForm.field.units': 'Gebiete, denen die Maßnahme dient',
	'measureForm.field.unitsHint':
		'Je Raumebene die Schlüssel der Gebiete, durch Komma getrennt, z. B. „01011101, 01011102“. Gebiete beliebiger Ebenen sind möglich.',
	'measureForm.field.leadNone': 'Kein Fachbereich',
	'measureForm.field.providersHint':
		'Ein Träger je Zeile, mit dem Namen, unter dem er bei den Angeboten geführt wird.',
	'measureForm.field.facilitiesHint': 'Kennungen der Einrichtungen des Registers, durch Komma getrennt.',
	'measureForm.field.targetGroupsHint': 'Eine Zielgruppe je Zeile, z. B. „Alleinerziehende“.',
	'measureForm.budget.hint':
		'Eine Zeile je Haushaltsjahr und Finanzierungsquelle, Beträge in Euro (z. B. 12.500,00). Leere Zeilen werden nicht gespeichert.',
	'measureForm.budget.row': 'Haushalt, Zeile {n}',
	'measureForm.budget.programme': 'Förderprogramm',
	'measureForm.budget.programmeHint': 'Nur bei Quelle Förderprogramm: sein Name.',
	'measureForm.budget.amount': '{field} (€)',
	'measureForm.budget.noteHint': 'Nötig, wenn mehr ausgegeben als bewilligt wurde.',
	'measureForm.milestones.row': 'Meilenstein, Zeile {n}',
	'measureForm.milestones.doneOn': 'Erreicht am',
	'measureForm.addRow': 'Weitere Zeile'
};
