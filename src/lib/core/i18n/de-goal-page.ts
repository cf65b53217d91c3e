/** German texts of the goal page (map, changes, assessments) and the area profile section on goals and measures. Merged into the dictionary in de.ts. */
export const deGoalPage = {
	'goalPage.map.heading': 'Karte der Gebiete',
	'goalPage.map.intro':
		'Die Gebiete des Ziels, gefärbt nach ihrer Bewertung; Gebiete ohne Daten schraffiert, Gebiete außerhalb des Ziels ohne Füllung. Die Tabelle darunter nennt jedes Gebiet mit seiner Bewertung in Worten.',
	'goalPage.map.label': 'Karte: Bewertung der Gebiete von {goal}',
	'goalPage.map.hint':
		'Mit der Maus über einem Gebiet erscheint seine Bewertung; mit den Pfeiltasten verschieben, mit + und − zoomen. Alle Werte stehen auch in der Tabelle „Gebiete des Ziels“.',
	'goalPage.map.noGeometry':
		'Für die Gebiete dieser Raumebene sind keine Umrisse hinterlegt; die Tabelle zeigt alle Gebiete.',
	'goalPage.map.outside': 'nicht im Gebiet des Ziels',
	'goalPage.legend.title': 'Legende',
	'goalPage.legend.count': '{count} {count|Gebiet|Gebiete}',
	'goalPage.legend.outside': 'nicht im Gebiet des Ziels (ohne Füllung)',
	'goalPage.changes.heading': 'Änderungen',
	'goalPage.changes.intro':
		'Aus dem Protokoll: wer das Ziel und seine Bewertungen wann angelegt oder geändert hat, jedes geänderte Feld mit seinem Wert vorher und nachher.',
	'goalPage.changes.empty': 'Zu diesem Ziel stehen keine Änderungen im Protokoll.',
	'goalPage.changes.caption': 'Änderungen des Ziels, neueste zuerst',
	'goalPage.changes.col.at': 'Zeitpunkt',
	'goalPage.changes.col.actor': 'Person',
	'goalPage.changes.col.what': 'Änderung',
	'goalPage.changes.col.fields': 'Felder (vorher → nachher)',
	'goalPage.changes.kind.created': 'Ziel angelegt',
	'goalPage.changes.kind.updated': 'Ziel geändert',
	'goalPage.changes.kind.deleted': 'Ziel entfernt',
	'goalPage.changes.kind.assessed': 'Bewertung eingetragen',
	'goalPage.changes.noFields': 'Gespeichert ohne geänderte Angaben',
	'goalPage.changes.before': 'vorher',
	'goalPage.changes.after': 'nachher',
	'goalPage.changes.gone': '(nicht mehr vorhanden)',
	'goalPage.changes.field.scopeKind': 'Art des Gebiets',
	'goalPage.changes.field.units': 'Gebiete',
	'goalPage.assess.heading': 'Bewertungen',
	'goalPage.assess.intro':
		'Ein Ziel ohne Indikator bewertet sein verantwortlicher Fachbereich mit Datum und Begründung. Eine Bewertung wird nicht geändert; eine spätere löst sie ab.',
	'goalPage.assess.current': 'Bewertung jetzt',
	'goalPage.assess.currentText': 'zum {date}: {text}',
	'goalPage.assess.none': 'Dieses Ziel wurde noch nicht bewertet.',
	'goalPage.assess.caption': 'Bewertungen des Ziels, neueste zuerst',
	'goalPage.assess.author': 'Bewertet von',
	'goalPage.assess.date': 'Datum der Bewertung',
	'goalPage.assess.dateHint': 'JJJJ-MM-TT, z. B. 2026-06-30; nicht in der Zukunft',
	'goalPage.assess.rating': 'Bewertung',
	'goalPage.assess.ratingChoose': 'Bewertung wählen',
	'goalPage.assess.text': 'Begründung',
	'goalPage.assess.textHint': 'Was ist erreicht, was fehlt? Mindestens 10 Zeichen.',
	'goalPage.assess.formHeading': 'Ziel bewerten',
	'goalPage.assess.submit': 'Bewertung speichern',
	'goalPage.assess.saved': 'Die Bewertung wurde gespeichert.',
	'goalPage.assess.fieldErrors':
		'Die Bewertung wurde nicht gespeichert. Bitte prüfen Sie die markierten Felder.'
};
