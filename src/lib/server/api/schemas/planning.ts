import { z } from 'zod';
import { ratings } from '../../../core/planning/goal-check';
import { goalLevels, goalOrigins, goalScopeKinds, goalStatuses } from '../../../core/planning/goal';
import { fundingSources, measureStatuses } from '../../../core/planning/measure';
import { pageSchema } from './common';
import {
	component,
	dateTime,
	date,
	described,
	int,
	nullableDate,
	nullableNumber,
	nullableText,
	nullableUuid,
	text,
	uuid
} from './registry';

/** The planning cycle (issue 15): fields of action, measures and the check of the plan. */

export const fieldOfActionSchema = component(
	'FieldOfAction',
	z.object({
		id: uuid,
		code: described(text, 'Kürzel, zugleich Thema des Indikatorenkatalogs'),
		name: text,
		departments: z.array(z.object({ id: uuid, name: text }))
	}),
	'Ein Handlungsfeld mit den Fachbereichen, denen es gehört'
);

export const fieldOfActionInputSchema = component(
	'FieldOfActionInput',
	z.object({
		code: described(text, 'Kleinbuchstaben, Ziffern und _, z. B. teilhabe_armut'),
		name: text,
		departmentIds: z.array(uuid).optional()
	})
);

const measureShape = {
	id: uuid,
	code: described(text, 'Nummer im Plan, z. B. M 2.1.3'),
	title: text,
	description: nullableText,
	status: z.enum(measureStatuses),
	periodStart: nullableDate,
	periodEnd: nullableDate,
	leadDepartmentId: nullableUuid,
	leadDepartmentName: nullableText,
	lifePhases: described(z.array(text), 'Lebensphasen der Präventionskette'),
	targetGroups: z.array(text),
	goalCodes: described(z.array(text), 'Nummern der Ziele, denen die Maßnahme dient'),
	providerIds: described(z.array(uuid), 'Träger, die die Maßnahme durchführen'),
	unitCount: described(int, 'Zahl der Gebiete, denen die Maßnahme dient'),
	createdAt: dateTime,
	updatedAt: dateTime
};

export const measureSchema = component('Measure', z.object(measureShape));
export const measurePageSchema = pageSchema('MeasurePage', measureSchema);

export const budgetLineSchema = component(
	'BudgetLine',
	z.object({
		id: uuid,
		year: int,
		source: z.enum(fundingSources),
		programme: described(text, 'Name des Förderprogramms; leer beim Haushalt'),
		planned: described(nullableNumber, 'Euro'),
		approved: described(nullableNumber, 'Euro'),
		spent: described(nullableNumber, 'Euro'),
		note: nullableText
	})
);

export const milestoneSchema = component(
	'Milestone',
	z.object({
		id: uuid,
		title: text,
		dueOn: date,
		doneOn: described(nullableDate, 'Erreicht am; null: offen')
	})
);

export const outputSchema = component(
	'OutputFigure',
	z.object({
		id: uuid,
		figure: described(text, 'Leistungskennzahl, z. B. Erreichte Familien'),
		periodStart: date,
		periodEnd: date,
		value: z.number(),
		reportedBy: text,
		reportedAt: dateTime
	})
);

const named = z.object({ id: uuid, name: text });

export const measureDetailSchema = component(
	'MeasureDetail',
	z.object({
		measure: measureSchema,
		links: z.object({
			goals: z.array(z.object({ id: uuid, code: text, title: text })),
			units: z.array(z.object({ id: uuid, code: text, name: text, layerCode: text, layerName: text })),
			partners: z.array(named),
			providers: z.array(named),
			facilities: z.array(z.object({ id: uuid, code: text, name: text }))
		}),
		budget: z.array(budgetLineSchema),
		milestones: z.array(milestoneSchema),
		outputs: z.array(outputSchema)
	}),
	'Eine Maßnahme mit Zielen, Gebieten, Beteiligten, Budget, Meilensteinen und Kennzahlen'
);

export const measureInputSchema = component(
	'MeasureInput',
	z.object({
		code: text,
		title: text,
		description: nullableText.optional(),
		status: z.enum(measureStatuses).optional(),
		periodStart: nullableDate.optional(),
		periodEnd: nullableDate.optional(),
		leadDepartmentId: nullableUuid.optional(),
		partnerDepartmentIds: z.array(uuid).optional(),
		providers: described(z.array(text), 'Träger nach Namen').optional(),
		facilities: described(z.array(text), 'Einrichtungen nach Kennung').optional(),
		goals: described(z.array(text), 'Ziele nach Nummer').optional(),
		units: described(
			z.array(z.object({ layer: text, code: text })),
			'Gebiete beliebiger Ebenen (Ebene und Schlüssel)'
		).optional(),
		lifePhases: z.array(text).optional(),
		targetGroups: z.array(text).optional()
	}),
	'Eine Maßnahme zum Anlegen (POST) oder Ändern (PUT)'
);

export const budgetInputSchema = component(
	'BudgetInput',
	z.array(
		z.object({
			year: int,
			source: z.enum(fundingSources),
			programme: nullableText.optional(),
			planned: nullableNumber.optional(),
			approved: nullableNumber.optional(),
			spent: nullableNumber.optional(),
			note: described(nullableText, 'Pflicht, wenn mehr ausgegeben als bewilligt wurde').optional()
		})
	),
	'Das ganze Budget einer Maßnahme (ersetzt das bisherige)'
);

export const milestonesInputSchema = component(
	'MilestonesInput',
	z.array(z.object({ title: text, dueOn: date, doneOn: nullableDate.optional() })),
	'Alle Meilensteine einer Maßnahme (ersetzen die bisherigen)'
);

export const milestoneReportSchema = component(
	'MilestoneReport',
	z.object({ doneOn: described(nullableDate, 'Erreicht am; null: wieder offen') }),
	'Fortschritt: ein Meilenstein erreicht (auch durch den Träger)'
);

export const outputInputSchema = component(
	'OutputInput',
	z.object({ figure: text, periodStart: date, periodEnd: date, value: z.number().min(0) }),
	'Eine Leistungskennzahl für einen Zeitraum (auch durch den Träger)'
);

const planMeasure = z.object({ id: uuid, code: text, title: text, status: z.enum(measureStatuses) });

export const planCheckSchema = component(
	'PlanCheck',
	z.object({
		overdueMilestones: z.array(
			z.object({ measure: planMeasure, title: text, dueOn: date, daysOverdue: int })
		),
		budget: z.array(
			z.object({
				measure: planMeasure,
				year: int,
				planned: z.number(),
				approved: z.number(),
				spent: z.number(),
				spentShare: described(nullableNumber, 'Ausgegeben / geplant'),
				overrun: described(z.boolean(), 'Mehr ausgegeben als bewilligt (ohne Bewilligung: als geplant)')
			})
		),
		measuresWithoutGoal: z.array(planMeasure),
		goalsWithoutMeasure: z.array(
			z.object({
				id: uuid,
				code: text,
				title: text,
				level: z.enum(goalLevels),
				status: z.enum(goalStatuses),
				parentId: nullableUuid
			})
		),
		unservedNeedUnits: described(
			z.array(z.object({ id: uuid, code: text, name: text, indexName: text, classLabel: text, date })),
			'Gebiete der Statusklasse mit der größten Benachteiligung, denen keine laufende oder geplante Maßnahme dient'
		)
	}),
	'Die Prüfung des Plans zu einem Stichtag'
);

const goalRatingEnum = z.enum(ratings);

const goalShape = {
	id: uuid,
	code: described(text, 'Nummer im Plan, z. B. Z 2.1'),
	parentCode: nullableText,
	title: text,
	level: z.enum(goalLevels),
	topicCode: described(nullableText, 'Handlungsfeld'),
	topicName: nullableText,
	rationale: nullableText,
	indicatorCode: described(nullableText, 'null: qualitatives Ziel (durch Bewertungen geprüft)'),
	indicatorName: nullableText,
	direction: z.enum(['higher', 'lower']).nullable(),
	scopeKind: z.enum(goalScopeKinds),
	scopeLayerCode: nullableText,
	scopeClassKind: nullableText,
	scopeClass: nullableText,
	scopeDate: nullableDate,
	baselineValue: nullableNumber,
	baselineDate: nullableDate,
	baselineReason: described(nullableText, 'Begründung eines eingegebenen Ausgangswerts; null: aus den Daten'),
	targetValue: nullableNumber,
	targetDate: nullableDate,
	ownerDepartmentId: nullableUuid,
	ownerDepartmentName: nullableText,
	ownerName: nullableText,
	origin: z.enum(goalOrigins),
	status: z.enum(goalStatuses),
	createdAt: dateTime,
	updatedAt: dateTime,
	rating: described(
		goalRatingEnum.nullable(),
		'Bewertung jetzt: aus den Daten, bei qualitativen Zielen die letzte Bewertung; null: noch keine'
	),
	ratingReason: described(nullableText, 'Begründung der Bewertung in Worten'),
	current: described(z.object({ date, value: z.number() }).nullable(), 'Aktueller Wert des Gebiets'),
	progress: described(nullableNumber, '(Ausgangswert − aktueller Wert) / (Ausgangswert − Zielwert)'),
	projected: described(nullableNumber, 'Trend bis zum Zieldatum fortgeschrieben')
};

export const goalSchema = component('Goal', z.object(goalShape), 'Ein Ziel mit seiner Bewertung jetzt');
export const goalPageSchema = pageSchema('GoalPage', goalSchema);

export const goalAssessmentSchema = component(
	'GoalAssessment',
	z.object({
		id: uuid,
		goalId: uuid,
		assessedOn: date,
		rating: goalRatingEnum,
		text,
		author: text,
		createdAt: dateTime
	})
);

export const goalDetailSchema = component(
	'GoalDetail',
	z.object({
		...goalShape,
		units: described(
			z.array(
				z.object({
					code: text,
					name: text,
					rating: goalRatingEnum,
					current: z.object({ date, value: z.number() }).nullable(),
					progress: nullableNumber
				})
			),
			'Die Gebiete des Ziels, jedes am Zielwert gemessen'
		),
		history: described(
			z.array(
				z.object({
					checkedAt: dateTime,
					dataVersion: text,
					rating: goalRatingEnum,
					currentValue: nullableNumber,
					valueDate: nullableDate
				})
			),
			'Bewertung des ganzen Gebiets je Datenstand, älteste zuerst'
		),
		assessments: z.array(goalAssessmentSchema)
	}),
	'Ein Ziel mit Gebieten, Verlauf der Bewertung und Bewertungen'
);

export const goalInputSchema = component(
	'GoalInput',
	z.object({
		code: text,
		title: text,
		level: z.enum(goalLevels),
		parent: nullableText.optional(),
		topic: described(nullableText, 'Kürzel des Handlungsfelds').optional(),
		rationale: nullableText.optional(),
		origin: z.enum(goalOrigins).optional(),
		status: z.enum(goalStatuses).optional(),
		ownerDepartmentId: nullableUuid.optional(),
		ownerName: nullableText.optional(),
		indicator: nullableText.optional(),
		direction: z.enum(['higher', 'lower']).nullable().optional(),
		scope: described(
			z.union([
				z.object({ kind: z.literal('tenant') }),
				z.object({ kind: z.literal('units'), layer: text, units: z.array(text) }),
				z.object({
					kind: z.literal('index_class'),
					index: text,
					classKind: z.enum(['status', 'dynamics', 'combined']).optional(),
					class: text,
					date
				})
			]),
			'Gebiet: ganzer Mandant, gewählte Gebiete einer Ebene oder eine Klasse eines Sozialindex zum Stichtag'
		).optional(),
		baselineDate: nullableDate.optional(),
		baselineValue: described(nullableNumber, 'Nur mit Begründung; sonst aus den Daten').optional(),
		baselineReason: nullableText.optional(),
		targetValue: nullableNumber.optional(),
		targetDate: nullableDate.optional()
	}),
	'Ein Ziel zum Anlegen (POST) oder Ändern (PUT)'
);

export const goalAssessmentInputSchema = component(
	'GoalAssessmentInput',
	z.object({ assessedOn: date, rating: z.enum(['reached', 'on_track', 'at_risk', 'off_track']), text })
);
