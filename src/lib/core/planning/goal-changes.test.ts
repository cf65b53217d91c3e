import { describe, expect, it } from 'vitest';
import { goalChanges, type GoalAuditEntry, type GoalChangeNames } from './goal-changes';

/**
 * The goal page's changes from audit entries shaped as the goal service writes them: the goal as
 * read before (with join names, without units) and the row after (with unitIds).
 */
const names: GoalChangeNames = {
	goals: new Map([['g-parent', 'L 1']]),
	topics: new Map([['t-jugend', 'Kinder- und Jugendhilfe']]),
	indicators: new Map([['i-u3', 'Anteil Kinder unter 3 Jahren (anteil_kinder_unter_3)']]),
	departments: new Map([
		['d-jug', 'Jugendamt'],
		['d-soz', 'Amt für Soziales']
	]),
	layers: new Map([['l-bez', 'Bezirk']]),
	indexes: new Map(),
	units: new Map([
		['u-01', 'Mitte (01)'],
		['u-02', 'Friedrichshain-Kreuzberg (02)'],
		['u-08', 'Neukölln (08)']
	])
};

const row = {
	id: 'goal-1',
	tenantId: 'tenant-1',
	code: 'Z 1.2',
	parentId: 'g-parent',
	topicId: 't-jugend',
	level: 'wirkungsziel',
	title: 'Familien halten',
	rationale: null,
	indicatorId: 'i-u3',
	direction: 'higher',
	scopeKind: 'units',
	scopeLayerId: 'l-bez',
	scopeIndexId: null,
	scopeClassKind: null,
	scopeClass: null,
	scopeDate: null,
	baselineValue: 4.25,
	baselineDate: '2011-12-31',
	baselineReason: null,
	targetValue: 4.75,
	targetDate: '2021-12-31',
	ownerDepartmentId: 'd-jug',
	ownerName: null,
	origin: 'sozialraumkonferenz',
	status: 'entwurf',
	createdAt: '2026-12-01T09:00:00.000Z',
	updatedAt: '2026-12-01T09:00:00.000Z'
};
/** What findGoalByCode adds to the row: the before state of an update. */
const joined = {
	parentCode: 'L 1',
	topicCode: 'jugend',
	topicName: 'Kinder- und Jugendhilfe',
	indicatorCode: 'anteil_kinder_unter_3',
	indicatorName: 'Anteil Kinder unter 3 Jahren',
	scopeLayerCode: 'bezirk',
	ownerDepartmentName: 'Jugendamt'
};

const created: GoalAuditEntry = {
	id: 'a1',
	at: new Date('2026-12-01T09:00:00Z'),
	actor: 'planerin',
	entity: 'goal',
	action: 'create',
	before: null,
	after: { ...row, unitIds: ['u-01', 'u-08'] }
};
const updated: GoalAuditEntry = {
	id: 'a2',
	at: '2026-12-02T10:30:00.000Z',
	actor: 'fachplaner',
	entity: 'goal',
	action: 'update',
	before: { ...row, ...joined },
	after: {
		...row,
		title: 'Familien mit kleinen Kindern halten',
		status: 'beschlossen',
		ownerDepartmentId: 'd-soz',
		targetValue: 5,
		targetDate: '2028-12-31',
		ownerName: 'Jugendhilfeplanung',
		updatedAt: '2026-12-02T10:30:00.000Z',
		unitIds: ['u-01', 'u-02']
	}
};
const assessed: GoalAuditEntry = {
	id: 'a3',
	at: new Date('2026-12-03T08:00:00Z'),
	actor: 'fachplaner',
	entity: 'goal_assessment',
	action: 'create',
	before: null,
	after: {
		id: 'x',
		tenantId: 'tenant-1',
		goalId: 'goal-1',
		assessedOn: '2026-11-30',
		rating: 'at_risk',
		text: 'Erst zwei von fünf Familienzentren eröffnet.',
		author: 'fachplaner',
		createdAt: '2026-12-03T08:00:00.000Z'
	}
};

const asPairs = (fields: { label: string; before: string | null; after: string }[]) =>
	fields.map((f) => [f.label, f.before, f.after]);

describe('the changes of a goal from its audit entries', () => {
	it('lists them newest first, whatever order they come in', () => {
		const changes = goalChanges([updated, assessed, created], 'de', names);
		expect(changes.map((c) => [c.id, c.kind, c.actor, c.at])).toEqual([
			['a3', 'assessed', 'fachplaner', '2026-12-03T08:00:00.000Z'],
			['a2', 'updated', 'fachplaner', '2026-12-02T10:30:00.000Z'],
			['a1', 'created', 'planerin', '2026-12-01T09:00:00.000Z']
		]);
	});

	it('names only the changed fields of an update, in German words, the units from the change before', () => {
		const [, update] = goalChanges([created, updated, assessed], 'de', names);
		expect(asPairs(update!.fields)).toEqual([
			['Titel', 'Familien halten', 'Familien mit kleinen Kindern halten'],
			['Gebiete', 'Mitte (01), Neukölln (08)', 'Friedrichshain-Kreuzberg (02), Mitte (01)'],
			['Zielwert', '4,75', '5'],
			['Zieldatum', '31.12.2021', '31.12.2028'],
			['Verantwortlicher Fachbereich', 'Jugendamt', 'Amt für Soziales'],
			['Verantwortliche Person', 'keine Angabe', 'Jugendhilfeplanung'],
			['Status', 'Entwurf', 'beschlossen']
		]);
	});

	it('leaves the units out of an update when no earlier entry says what they were', () => {
		const [update] = goalChanges([updated], 'de', names);
		expect(update!.fields.map((f) => f.label)).not.toContain('Gebiete');
		expect(update!.fields).toHaveLength(6);
	});

	it('lists the fields a new goal was created with, ids by name', () => {
		const [create] = goalChanges([created], 'de', names);
		expect(create!.fields.every((f) => f.before === null)).toBe(true);
		expect(asPairs(create!.fields)).toEqual([
			['Nummer im Plan', null, 'Z 1.2'],
			['Titel', null, 'Familien halten'],
			['Ebene', null, 'Wirkungsziel'],
			['Übergeordnetes Ziel', null, 'L 1'],
			['Handlungsfeld', null, 'Kinder- und Jugendhilfe'],
			['Indikator', null, 'Anteil Kinder unter 3 Jahren (anteil_kinder_unter_3)'],
			['Richtung', null, 'Höher ist besser'],
			['Art des Gebiets', null, 'Gewählte Gebiete einer Raumebene'],
			['Raumebene', null, 'Bezirk'],
			['Gebiete', null, 'Mitte (01), Neukölln (08)'],
			['Ausgangswert', null, '4,25'],
			['Datum des Ausgangswerts', null, '31.12.2011'],
			['Zielwert', null, '4,75'],
			['Zieldatum', null, '31.12.2021'],
			['Verantwortlicher Fachbereich', null, 'Jugendamt'],
			['Herkunft', null, 'Sozialraumkonferenz (von unten)'],
			['Status', null, 'Entwurf']
		]);
	});

	it('words an assessment with its date, rating and text', () => {
		const [assessment] = goalChanges([assessed], 'de', names);
		expect(asPairs(assessment!.fields)).toEqual([
			['Datum der Bewertung', null, '30.11.2026'],
			['Bewertung', null, 'gefährdet'],
			['Begründung', null, 'Erst zwei von fünf Familienzentren eröffnet.']
		]);
		const [english] = goalChanges([assessed], 'en', names);
		expect(asPairs(english!.fields)[1]).toEqual(['Rating', null, 'at risk']);
	});

	it('says so for an id whose object is gone, and for a save that changed nothing', () => {
		const gone: GoalAuditEntry = {
			...updated,
			before: { ...row, ...joined },
			after: { ...row, topicId: 't-deleted', unitIds: ['u-01', 'u-08'] }
		};
		const [change] = goalChanges([gone], 'de', names);
		expect(asPairs(change!.fields)).toEqual([
			['Handlungsfeld', 'Kinder- und Jugendhilfe', '(nicht mehr vorhanden)']
		]);
		const same: GoalAuditEntry = {
			...updated,
			before: { ...row, ...joined },
			after: { ...row, unitIds: [] }
		};
		const [unchanged] = goalChanges([same], 'de', names);
		expect(unchanged!.kind).toBe('updated');
		expect(unchanged!.fields).toEqual([]);
	});
});
