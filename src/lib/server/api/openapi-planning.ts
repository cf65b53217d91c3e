import { pathParam, paging, query, read, ref, t, tenant, write } from './openapi-operations';

/** The paths of the planning cycle (issue 15): fields of action, measures and the plan check. */
const measure = pathParam('measure', 'Nummer der Maßnahme, URL-kodiert (z. B. M%201.1)');
const tag = 'Steuerung';
const goal = pathParam('goal', 'Nummer des Ziels, URL-kodiert (z. B. Z%201.1)');

export const planningPaths: Record<string, Record<string, unknown>> = {
	[`${t}/fields-of-action`]: {
		parameters: [tenant],
		...read(
			tag,
			'Handlungsfelder mit ihren Fachbereichen',
			{ type: 'array', items: ref('FieldOfAction') },
			[]
		),
		post: write(
			tag,
			'Handlungsfeld anlegen oder umbenennen, Fachbereiche setzen (Planung, Administration)',
			201,
			ref('FieldOfAction'),
			ref('FieldOfActionInput')
		)
	},
	[`${t}/goals`]: {
		parameters: [tenant],
		...read(tag, 'Ziele nach Nummer, jedes mit seiner Bewertung jetzt', ref('GoalPage'), paging()),
		post: write(
			tag,
			'Ziel anlegen; der Ausgangswert kommt aus den Daten, außer er wird mit Begründung angegeben',
			201,
			ref('Goal'),
			ref('GoalInput')
		)
	},
	[`${t}/goals/{goal}`]: {
		parameters: [tenant, goal],
		...read(
			tag,
			'Ein Ziel mit seinen Gebieten, dem Verlauf der Bewertung und den Bewertungen',
			ref('GoalDetail'),
			[]
		),
		put: write(
			tag,
			'Ziel ändern (alle Felder; die Nummer im Pfad gilt)',
			200,
			ref('GoalDetail'),
			ref('GoalInput')
		)
	},
	[`${t}/goals/{goal}/assessments`]: {
		parameters: [tenant, goal],
		...read(
			tag,
			'Bewertungen eines qualitativen Ziels, älteste zuerst',
			{ type: 'array', items: ref('GoalAssessment') },
			[]
		),
		post: write(
			tag,
			'Qualitatives Ziel bewerten (verantwortlicher Fachbereich, Planung, Administration)',
			201,
			ref('GoalAssessment'),
			ref('GoalAssessmentInput')
		)
	},
	[`${t}/measures`]: {
		parameters: [tenant],
		...read(tag, 'Maßnahmen nach Nummer (ein Träger sieht nur seine eigenen)', ref('MeasurePage'), paging()),
		post: write(
			tag,
			'Maßnahme anlegen (Fachplanung des federführenden Fachbereichs, Planung, Administration)',
			201,
			ref('MeasureDetail'),
			ref('MeasureInput')
		)
	},
	[`${t}/measures/{measure}`]: {
		parameters: [tenant, measure],
		...read(
			tag,
			'Eine Maßnahme mit Zielen, Gebieten, Budget, Meilensteinen und Kennzahlen',
			ref('MeasureDetail'),
			[]
		),
		put: write(
			tag,
			'Maßnahme ändern (alle Felder; die Nummer im Pfad gilt)',
			200,
			ref('MeasureDetail'),
			ref('MeasureInput')
		)
	},
	[`${t}/measures/{measure}/budget`]: {
		parameters: [tenant, measure],
		put: write(
			tag,
			'Budget der Maßnahme ersetzen (alle Zeilen werden zuerst geprüft)',
			200,
			{ type: 'array', items: ref('BudgetLine') },
			ref('BudgetInput')
		)
	},
	[`${t}/measures/{measure}/milestones`]: {
		parameters: [tenant, measure],
		put: write(
			tag,
			'Meilensteine der Maßnahme ersetzen',
			200,
			{ type: 'array', items: ref('Milestone') },
			ref('MilestonesInput')
		)
	},
	[`${t}/measures/{measure}/milestones/{milestoneId}`]: {
		parameters: [tenant, measure, pathParam('milestoneId', 'Kennung (UUID) des Meilensteins')],
		patch: write(
			tag,
			'Meilenstein erreicht melden (auch der Träger der Maßnahme)',
			200,
			ref('Milestone'),
			ref('MilestoneReport')
		)
	},
	[`${t}/measures/{measure}/outputs`]: {
		parameters: [tenant, measure],
		post: write(
			tag,
			'Leistungskennzahl für einen Zeitraum melden; ersetzt eine Meldung desselben Zeitraums (auch der Träger)',
			201,
			ref('OutputFigure'),
			ref('OutputInput')
		)
	},
	[`${t}/plan-check`]: read(
		tag,
		'Prüfung des Plans: überfällige Meilensteine, Budget, Lücken',
		ref('PlanCheck'),
		[
			tenant,
			query('date', 'Stichtag der Prüfung (JJJJ-MM-TT), Vorgabe heute', { type: 'string', format: 'date' })
		]
	)
};
