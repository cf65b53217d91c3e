import { describe, expect, it } from 'vitest';
import {
	measureFieldErrors,
	measureFieldIds,
	measureFormInput,
	measureFormState,
	measureFormValues,
	rowCount
} from './measure-form';

function formData(entries: [string, string][]): FormData {
	const form = new FormData();
	for (const [name, value] of entries) form.append(name, value);
	return form;
}

const filled: [string, string][] = [
	['csrf', 'token'],
	['code', ' M 2.1 '],
	['title', 'Familienzentrum'],
	['description', ''],
	['status', 'laufend'],
	['periodStart', '2026-01-01'],
	['periodEnd', ''],
	['leadDepartmentId', 'd-jug'],
	['goals', 'Z 1'],
	['goals', 'Z 2.1'],
	['partnerDepartmentIds', 'd-schul'],
	['lifePhases', 'alter_0_3'],
	['lifePhases', 'alter_3_6'],
	['providers', 'Kita-Träger Beispiel\r\n\r\n  Jugendhilfe Nord gGmbH '],
	['facilities', 'K1, K2;K3'],
	['targetGroups', 'Alleinerziehende\nFamilien mit Fluchterfahrung'],
	['units.pr', '0101, 0102'],
	['units.bez', ''],
	['units.bz', '01'],
	['budgetRows', '3'],
	// Row 0 is empty (the source alone does not fill it), rows 1 and 2 are filled.
	['budget.0.year', ''],
	['budget.0.source', 'haushalt'],
	['budget.1.year', '2026'],
	['budget.1.source', 'haushalt'],
	['budget.1.planned', '12.500,00'],
	['budget.1.approved', '10000'],
	['budget.1.spent', ''],
	['budget.2.year', '2026'],
	['budget.2.source', 'foerderprogramm'],
	['budget.2.programme', 'ESF Plus'],
	['budget.2.planned', '5000'],
	['milestoneRows', '1'],
	['milestones.0.title', 'Räume angemietet'],
	['milestones.0.dueOn', '2026-03-01'],
	['milestones.0.doneOn', '']
];

describe('measureFormValues', () => {
	it('joins check boxes by line, drops the csrf token and moves empty rows to the end', () => {
		const values = measureFormValues(formData(filled));
		expect(values.csrf).toBeUndefined();
		expect(values.goals).toBe('Z 1\nZ 2.1');
		expect(values.lifePhases).toBe('alter_0_3\nalter_3_6');
		// The filled rows 1 and 2 are now rows 0 and 1, the empty one is the third row shown.
		expect(values['budget.0.year']).toBe('2026');
		expect(values['budget.0.planned']).toBe('12.500,00');
		expect(values['budget.1.programme']).toBe('ESF Plus');
		expect(values['budget.2.year']).toBeUndefined();
		expect(rowCount(values, 'budget')).toBe(3);
		expect(rowCount(values, 'milestones')).toBe(1);
	});

	it('adds one empty row for "Weitere Zeile", and keeps empty rows that were shown', () => {
		const once = measureFormValues(formData(filled), 'budget');
		expect(rowCount(once, 'budget')).toBe(4);
		expect(rowCount(once, 'milestones')).toBe(1);
		// Two presses in a row without filling anything: two empty rows, not one.
		const empty = formData([
			['code', ''],
			['budgetRows', '2'],
			['budget.0.source', 'haushalt'],
			['budget.1.source', 'haushalt']
		]);
		expect(rowCount(measureFormValues(empty, 'budget'), 'budget')).toBe(3);
		expect(rowCount(measureFormValues(formData([]), 'milestones'), 'milestones')).toBe(2);
	});

	it('does not trust a forged row count', () => {
		const values = measureFormValues(formData([['budgetRows', '100000']]));
		expect(rowCount(values, 'budget')).toBe(200);
	});
});

describe('measureFormInput', () => {
	it('builds the service input: lists, units by layer, filled rows only, empty fields as none', () => {
		const input = measureFormInput(measureFormValues(formData(filled)));
		expect(input).toEqual({
			code: 'M 2.1',
			title: 'Familienzentrum',
			description: null,
			status: 'laufend',
			periodStart: '2026-01-01',
			periodEnd: null,
			leadDepartmentId: 'd-jug',
			partnerDepartmentIds: ['d-schul'],
			goals: ['Z 1', 'Z 2.1'],
			lifePhases: ['alter_0_3', 'alter_3_6'],
			targetGroups: ['Alleinerziehende', 'Familien mit Fluchterfahrung'],
			providers: ['Kita-Träger Beispiel', 'Jugendhilfe Nord gGmbH'],
			facilities: ['K1', 'K2', 'K3'],
			units: [
				{ layer: 'pr', code: '0101' },
				{ layer: 'pr', code: '0102' },
				{ layer: 'bz', code: '01' }
			],
			budget: [
				{
					year: '2026',
					source: 'haushalt',
					programme: null,
					planned: '12.500,00',
					approved: '10000',
					spent: null,
					note: null
				},
				{
					year: '2026',
					source: 'foerderprogramm',
					programme: 'ESF Plus',
					planned: '5000',
					approved: null,
					spent: null,
					note: null
				}
			],
			milestones: [{ title: 'Räume angemietet', dueOn: '2026-03-01', doneOn: null }]
		});
	});

	it('sends a row whose year is missing, so that the service names it', () => {
		const input = measureFormInput(measureFormValues(formData([['budget.0.approved', '-5']]))) as {
			budget: { year: string; approved: string }[];
		};
		expect(input.budget).toEqual([
			{
				year: '',
				source: 'haushalt',
				programme: null,
				planned: null,
				approved: '-5',
				spent: null,
				note: null
			}
		]);
	});
});

describe('measureFormState', () => {
	const detail = {
		measure: {
			code: 'M 2.1',
			title: 'Familienzentrum',
			description: null,
			status: 'geplant',
			periodStart: '2026-01-01',
			periodEnd: null,
			leadDepartmentId: 'd-jug',
			lifePhases: ['alter_0_3'],
			targetGroups: ['Alleinerziehende', 'Familien']
		},
		links: {
			goals: [{ code: 'Z 1' }],
			units: [
				{ code: '0101', layerCode: 'pr' },
				{ code: '0102', layerCode: 'pr' },
				{ code: '01', layerCode: 'bz' }
			],
			partners: [{ id: 'd-schul' }],
			providers: [{ name: 'Kita-Träger Beispiel' }],
			facilities: [{ code: 'K1' }, { code: 'K2' }]
		},
		budget: [
			{
				year: 2026,
				source: 'haushalt',
				programme: '',
				planned: 12500.5,
				approved: 10000,
				spent: null,
				note: null
			}
		],
		milestones: [{ title: 'Räume angemietet', dueOn: '2026-03-01', doneOn: '2026-02-20' }]
	};

	it('shows a stored measure with one empty row of each part to fill, amounts in German notation', () => {
		const state = measureFormState(detail);
		expect(state).toMatchObject({
			code: 'M 2.1',
			description: '',
			periodEnd: '',
			goals: 'Z 1',
			'units.pr': '0101, 0102',
			'units.bz': '01',
			facilities: 'K1, K2',
			targetGroups: 'Alleinerziehende\nFamilien',
			'budget.0.year': '2026',
			'budget.0.planned': '12500,5',
			'budget.0.spent': '',
			'milestones.0.doneOn': '2026-02-20'
		});
		expect(rowCount(state, 'budget')).toBe(2);
		expect(rowCount(state, 'milestones')).toBe(2);
	});

	it('gives back the stored measure when the form is posted unchanged', () => {
		const state = measureFormState(detail);
		const input = measureFormInput(state) as Record<string, unknown>;
		expect(input.units).toEqual([
			{ layer: 'pr', code: '0101' },
			{ layer: 'pr', code: '0102' },
			{ layer: 'bz', code: '01' }
		]);
		expect(input.budget).toEqual([
			{
				year: '2026',
				source: 'haushalt',
				programme: null,
				planned: '12500,5',
				approved: '10000',
				spent: null,
				note: null
			}
		]);
		expect(input.milestones).toEqual([
			{ title: 'Räume angemietet', dueOn: '2026-03-01', doneOn: '2026-02-20' }
		]);
	});
});

describe('measureFieldErrors and measureFieldIds', () => {
	it('puts the errors of list items at their list, the units at the first layer, rows at their fields', () => {
		expect(
			measureFieldErrors(
				{
					'partnerDepartmentIds.1': 'kein Fachbereich',
					units: 'Unbekannte Gebiete',
					'budget.1.approved': 'Haushalt, Zeile 2, Bewilligt: negativ',
					'milestones.0.dueOn': 'Meilensteine, Zeile 1, Fällig am: Datum'
				},
				'pr'
			)
		).toEqual({
			partnerDepartmentIds: 'kein Fachbereich',
			'units.pr': 'Unbekannte Gebiete',
			'budget.1.approved': 'Haushalt, Zeile 2, Bewilligt: negativ',
			'milestones.0.dueOn': 'Meilensteine, Zeile 1, Fällig am: Datum'
		});
	});

	it('links every field of every row in the order of the form', () => {
		const ids = measureFieldIds(['pr'], 2, 1);
		const names = Object.keys(ids);
		expect(ids['budget.1.approved']).toBe('m-budget-1-approved');
		expect(ids['units.pr']).toBe('m-units-pr');
		expect(names.indexOf('periodEnd')).toBeLessThan(names.indexOf('budget.0.year'));
		expect(names.indexOf('budget.1.note')).toBeLessThan(names.indexOf('milestones.0.title'));
	});
});
