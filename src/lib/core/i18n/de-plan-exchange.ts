/** German texts of the import and export of goals and measures. Merged into the dictionary in de.ts. */
export const dePlanExchange = {
	'planExchange.nav': 'Import und Export',
	'planExchange.title': 'Import und Export des Plans',
	'planExchange.intro':
		'Ziele, Maßnahmen, Haushalt und Meilensteine aus einer Excel-Arbeitsmappe oder aus CSV-Dateien übernehmen, und den Plan in derselben Arbeitsmappe herunterladen.',
	'planExchange.current': 'Im Plan stehen jetzt {goals} Ziele und {measures} Maßnahmen.',
	'planExchange.downloadTitle': 'Herunterladen',
	'planExchange.export': 'Plan als Excel-Arbeitsmappe herunterladen',
	'planExchange.template': 'Leere Vorlage herunterladen',
	'planExchange.downloadHint':
		'Beide Dateien haben die Blätter „Ziele“, „Maßnahmen“, „Haushalt“ und „Meilensteine“ und ein Blatt „Hinweise“ mit den erlaubten Angaben. Eine heruntergeladene Arbeitsmappe lässt sich geändert wieder importieren.',
	'planExchange.uploadTitle': 'Hochladen',
	'planExchange.uploadIntro':
		'Zuerst prüfen, dann importieren: Jede Zeile wird wie im Formular geprüft. Ist auch nur ein Fehler in den Dateien, wird nichts gespeichert, und alle Fehler werden mit Datei, Blatt, Zeile und Spalte aufgeführt.',
	'planExchange.noWrite':
		'Sie dürfen den Plan lesen und herunterladen. Importieren dürfen Planung, Administration und die Fachplanung für ihren Fachbereich.',
	'planExchange.files': 'Dateien',
	'planExchange.filesHint':
		'Eine Arbeitsmappe (.xlsx) oder CSV-Dateien, je Art eine: ziele.csv, massnahmen.csv, haushalt.csv, meilensteine.csv (Semikolon, Dezimalkomma, Datum als TT.MM.JJJJ).',
	'planExchange.check': 'Nur prüfen',
	'planExchange.submit': 'Importieren',
	'planExchange.problemsTitle': 'Die Dateien wurden nicht übernommen',
	'planExchange.problemsCaption': 'Gefundene Probleme',
	'planExchange.col.file': 'Datei und Blatt',
	'planExchange.col.row': 'Zeile',
	'planExchange.col.column': 'Spalte',
	'planExchange.col.code': 'Code',
	'planExchange.col.message': 'Meldung und was zu tun ist',
	'planExchange.checkedTitle': 'Prüfung ohne Fehler – nichts gespeichert',
	'planExchange.doneTitle': 'Plan importiert',
	'planExchange.report':
		'{goalsCreated} Ziele neu, {goalsUpdated} geändert; {measuresCreated} Maßnahmen neu, {measuresUpdated} geändert; {budgetLines} Haushaltszeilen und {milestones} Meilensteine.',
	'planExchange.checkedHint': 'Zum Übernehmen dieselben Dateien mit „Importieren“ hochladen.'
};
