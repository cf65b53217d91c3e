import { describe, expect, it } from 'vitest';
import { classOf } from '../monitoring/classification';
import { berlinDynamicsClasses, berlinStatusClasses, type IndexDefinition } from './definition';
import { combinedCounts } from './summary';
import {
	classByCode,
	classRange,
	fieldOfProblem,
	parseDecimal,
	positionBreaks,
	storedAsResult,
	variantFromParams
} from './view';

const definition: IndexDefinition = {
	code: 'x',
	name: 'X',
	description: null,
	layer: 'pr',
	status: [
		{ indicator: 'a', weight: 1, polarity: 'higher_worse' },
		{ indicator: 'b', weight: 2, polarity: 'higher_better' }
	],
	dynamics: [{ indicator: 'c', weight: 1, polarity: 'higher_worse', windowYears: 2 }],
	combination: 'sum',
	restandardise: true,
	sdConvention: 'population',
	eligibility: { minimumPopulation: 300, populationVariable: 'ew', excluded: [] },
	statusClasses: berlinStatusClasses,
	dynamicsClasses: berlinDynamicsClasses,
	combinedSeparator: ''
};
const text = (v: number) => String(v);

describe('classRange', () => {
	it('states the Berlin status classes with the bounds the centre rule includes', () => {
		expect([0, 1, 2, 3].map((p) => classRange(berlinStatusClasses, p, text))).toEqual([
			'x < -1',
			'-1 ≤ x ≤ 1',
			'1 < x ≤ 1.5',
			'x > 1.5'
		]);
	});
	it('follows "above" and "below" rules', () => {
		const above = { ...berlinDynamicsClasses, onThreshold: 'above' as const };
		const below = { ...berlinDynamicsClasses, onThreshold: 'below' as const };
		expect([0, 1, 2].map((p) => classRange(above, p, text))).toEqual(['x < -1', '-1 ≤ x < 1', 'x ≥ 1']);
		expect([0, 1, 2].map((p) => classRange(below, p, text))).toEqual(['x ≤ -1', '-1 < x ≤ 1', 'x > 1']);
	});
});

describe('positionBreaks', () => {
	it('puts class position p into map class p', () => {
		for (const k of [2, 3, 4, 7]) {
			const breaks = positionBreaks(k);
			expect(breaks).toHaveLength(k + 1);
			for (let p = 0; p < k; p++) expect(classOf(breaks, p)).toBe(p);
		}
	});
});

describe('variantFromParams', () => {
	it('keeps the saved values for fields not sent and reads German decimals', () => {
		const params = new URLSearchParams({ gewicht_status_b: '0,5', grenze_status_2: '0,75' });
		const variant = variantFromParams(definition, params, (v) => String(v).replace('.', ','));
		expect(variant.problems).toEqual({});
		expect(variant.definition.status.map((s) => s.weight)).toEqual([1, 0.5]);
		expect(variant.definition.statusClasses.thresholds).toEqual([-1, 0.75, 1.5]);
		expect(variant.definition.dynamicsClasses!.thresholds).toEqual([-1, 1]);
		expect(variant.values['grenze_status_3']).toBe('1,5');
		// The saved definition is not changed.
		expect(definition.statusClasses.thresholds).toEqual([-1, 1, 1.5]);
	});
	it('names a field that is not a number', () => {
		const variant = variantFromParams(definition, new URLSearchParams({ grenze_dynamik_1: 'abc' }), text);
		expect(Object.keys(variant.problems)).toEqual(['grenze_dynamik_1']);
		expect(variant.values['grenze_dynamik_1']).toBe('abc');
	});
	it('maps problems of the service back to the form fields', () => {
		expect(fieldOfProblem(definition, 'status[1].weight')).toBe('gewicht_status_b');
		expect(fieldOfProblem(definition, 'dynamics[0].weight')).toBe('gewicht_dynamik_c');
		expect(fieldOfProblem(definition, 'statusClasses.thresholds')).toBe('grenze_status_1');
		expect(fieldOfProblem(definition, 'layer')).toBeNull();
	});
});

describe('parseDecimal', () => {
	it('reads comma, point and the typographic minus, and refuses the rest', () => {
		expect(parseDecimal('1,5')).toBe(1.5);
		expect(parseDecimal(' −1 ')).toBe(-1);
		expect(parseDecimal('.5')).toBe(0.5);
		expect(parseDecimal('1.000,5')).toBeNaN();
		expect(parseDecimal('')).toBeNaN();
		expect(parseDecimal(null)).toBeNaN();
	});
});

describe('storedAsResult', () => {
	it('gives the matrix the classes of the stored codes, and unclassified units by reason', () => {
		const row = (code: string, status: string | null, dynamics: string | null, reason: string | null) => ({
			code,
			name: code,
			z: { status: { a: 0.1, b: null }, dynamics: { c: 0.2 } },
			statusIndex: status ? 0 : null,
			statusClass: status,
			dynamicsIndex: dynamics ? 0 : null,
			dynamicsClass: dynamics,
			combinedClass: status && dynamics ? `${status}${dynamics}` : null,
			reason,
			reasonDetail: null,
			dynamicsReason: status && !dynamics ? 'values_missing' : null
		});
		const rows = [
			row('1', '2', '±', null),
			row('2', '2', '−', null),
			row('3', '4', '−', null),
			row('4', '1', null, null),
			row('5', null, null, 'population_below_minimum')
		];
		const result = storedAsResult(definition, rows, null);
		expect(result.units[0]!.statusZ).toEqual([0.1, null]);
		expect(result.eligibleCount).toBe(4);
		const matrix = combinedCounts(definition, result);
		expect(matrix.statusTotals).toEqual([1, 2, 0, 1]);
		expect(matrix.counts[1]).toEqual([0, 1, 1]);
		expect(matrix.withoutDynamics).toEqual([1, 0, 0, 0]);
		expect(matrix.unclassified).toEqual([{ reason: 'population_below_minimum', count: 1 }]);
		expect(classByCode(berlinStatusClasses, '9')).toBeNull();
	});
});
