/** German texts of the planning cycle (goals, measures, their check). Merged into the dictionary in de.ts. */
export const dePlanning = {
	'planning.reason.no_values': 'Für dieses Ziel liegen im Gebiet keine Werte vor.',
	'planning.reason.reached': 'Der Zielwert ist seit dem {date} erreicht.',
	'planning.reason.single_value':
		'Es liegt nur ein Wert vor (Stand {date}); für eine Prognose braucht es mindestens zwei Stichtage.',
	'planning.reason.deadline_missed': 'Das Zieldatum ist vorbei; der Zielwert wurde um {gap} verfehlt.',
	'planning.reason.projected_miss': 'Bei gleichbleibendem Trend wird der Zielwert {year} um {gap} verfehlt.',
	'planning.reason.projected_reach': 'Bei gleichbleibendem Trend wird der Zielwert {year} erreicht.',
	'planning.unit.percentagePoints': '{count} {count|Prozentpunkt|Prozentpunkte}'
} as const;
