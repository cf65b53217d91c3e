import { describe, expect, it } from 'vitest';
import { formValues, goalFieldErrors, goalFormInput, goalFormState, unitCodes } from './goal-form';

describe('goal form', () => {
	it('turns a Leitziel form into the service input with empty fields as null', () => {
		const input = goalFormInput({
			code: ' L 1 ',
			title: 'Gute Bildung für alle',
			level: 'leitziel',
			parent: '',
			indicator: '',
			baselineDate: '',
			targetValue: '',
			'scope.kind': 'tenant',
			'scope.layer': 'bezirk'
		});
		expect(input).toMatchObject({
			code: 'L 1',
			level: 'leitziel',
			parent: null,
			indicator: null,
			baselineDate: null,
			targetValue: null,
			scope: { kind: 'tenant' }
		});
		expect(input.origin).toBeUndefined();
	});

	it('takes the chosen scope kind’s fields only', () => {
		const base = {
			'scope.layer': 'planungsraum',
			'scope.units': '0101, 0102;0103\n',
			'scope.index': 'mss',
			'scope.class': '4',
			'scope.date': '2016-12-31'
		};
		expect(goalFormInput({ ...base, 'scope.kind': 'units' }).scope).toEqual({
			kind: 'units',
			layer: 'planungsraum',
			units: ['0101', '0102', '0103']
		});
		expect(goalFormInput({ ...base, 'scope.kind': 'index_class' }).scope).toEqual({
			kind: 'index_class',
			index: 'mss',
			classKind: 'status',
			class: '4',
			date: '2016-12-31'
		});
	});

	it('splits unit codes by comma, semicolon and line', () => {
		expect(unitCodes(' a ,b;; c\nd ')).toEqual(['a', 'b', 'c', 'd']);
	});

	it('keeps only the form’s own fields of a posted form', () => {
		const form = new FormData();
		form.set('csrf', 'x');
		form.set('title', 'T');
		form.set('scope.kind', 'units');
		expect(formValues(form)).toEqual({ title: 'T', 'scope.kind': 'units' });
	});

	it('shows a stored goal; a baseline from the data stays empty, an entered one keeps its value', () => {
		const stored = {
			code: 'Z 1',
			title: 'T',
			level: 'handlungsziel',
			parentCode: 'L 1',
			topicCode: null,
			rationale: null,
			origin: 'fachplanung',
			status: 'entwurf',
			ownerDepartmentId: null,
			ownerName: null,
			indicatorCode: 'quote',
			direction: 'higher',
			scopeKind: 'units',
			scopeLayerCode: 'bezirk',
			scopeIndexCode: null,
			scopeClassKind: null,
			scopeClass: null,
			scopeDate: null,
			unitCodes: ['01', '02'],
			baselineDate: '2016-12-31',
			baselineValue: 12.5,
			baselineReason: null,
			targetValue: 14.25,
			targetDate: '2030-12-31'
		};
		const fromData = goalFormState(stored, 'de');
		expect(fromData).toMatchObject({
			parent: 'L 1',
			'scope.units': '01, 02',
			'scope.layer': 'bezirk',
			baselineValue: '',
			targetValue: '14,25'
		});
		expect(goalFormState({ ...stored, baselineReason: 'Zensus' }, 'en').baselineValue).toBe('12.5');
	});

	it('puts an error of one chosen unit at the units field and one of the whole scope at its choice', () => {
		expect(goalFieldErrors({ 'scope.units.1': 'leer', scope: 'falsch', title: 'zu kurz' })).toEqual({
			'scope.units': 'leer',
			'scope.kind': 'falsch',
			title: 'zu kurz'
		});
	});
});
