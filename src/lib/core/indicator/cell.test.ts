import { describe, expect, it } from 'vitest';
import { cellFromEvidence, changeCell } from './cell';

describe('cellFromEvidence', () => {
	it('computes a rate from paired sums with its coverage', () => {
		const cell = cellFromEvidence('rate', 100, { kind: 'sums', sumX: 45, sumY: 210, covered: 9, total: 10 });
		expect(cell.value).toBeCloseTo(21.4285714, 6);
		expect(cell).toMatchObject({
			numerator: 45,
			denominator: 210,
			covered: 9,
			total: 10,
			status: 'incomplete'
		});
		expect(cell.coverage).toBeCloseTo(0.9, 10);
	});

	it('is ok when every source unit had data', () => {
		expect(
			cellFromEvidence('rate', 100, { kind: 'sums', sumX: 1, sumY: 4, covered: 3, total: 3 })
		).toMatchObject({
			value: 25,
			status: 'ok',
			coverage: 1
		});
	});

	it('is missing without paired units or without a denominator', () => {
		expect(
			cellFromEvidence('rate', 100, { kind: 'sums', sumX: 0, sumY: 0, covered: 0, total: 4 })
		).toMatchObject({ value: null, status: 'missing', covered: 0, total: 4, coverage: 0 });
		expect(
			cellFromEvidence('rate', 100, { kind: 'sums', sumX: 0, sumY: 0, covered: 2, total: 2 }).status
		).toBe('missing');
		expect(cellFromEvidence('rate', 100, { kind: 'none', total: 0 })).toMatchObject({
			status: 'missing',
			coverage: null
		});
	});

	it('weighs directly imported values and takes an own value as it is', () => {
		expect(
			cellFromEvidence('weighted', 100, {
				kind: 'sums',
				sumX: 10 * 100 + 30 * 300,
				sumY: 400,
				covered: 2,
				total: 2
			}).value
		).toBe(25);
		expect(cellFromEvidence('single', 100, { kind: 'value', value: 4.2 })).toMatchObject({
			value: 4.2,
			numerator: null,
			status: 'ok'
		});
	});

	it('keeps an imported value as it is and carries its weight, so that several such units can be weighed', () => {
		// 68.17 × 3576 / 3576 is not 68.17 in binary floating point; the value must stay the imported one.
		const cell = cellFromEvidence('weighted', 1, { kind: 'value', value: 68.17, weight: 3576 });
		expect(cell).toMatchObject({
			value: 68.17,
			numerator: 68.17 * 3576,
			denominator: 3576,
			status: 'ok',
			own: true
		});
		const other = cellFromEvidence('weighted', 1, { kind: 'value', value: 57.12, weight: 1000 });
		expect((cell.numerator! + other.numerator!) / (cell.denominator! + other.denominator!)).toBeCloseTo(
			(68.17 * 3576 + 57.12 * 1000) / 4576,
			12
		);
	});
});

describe('changeCell', () => {
	const ok = (value: number) =>
		cellFromEvidence('rate', 100, { kind: 'sums', sumX: value, sumY: 100, covered: 4, total: 4 });

	it('takes the difference in points and the relative change in per cent', () => {
		expect(changeCell(ok(25), ok(20), 'points').value).toBeCloseTo(5, 10);
		expect(changeCell(ok(25), ok(20), 'percent').value).toBeCloseTo(25, 10);
	});

	it('is incomplete when either side is, with the weaker coverage', () => {
		const partial = cellFromEvidence('rate', 100, {
			kind: 'sums',
			sumX: 20,
			sumY: 100,
			covered: 3,
			total: 4
		});
		expect(changeCell(ok(25), partial, 'points')).toMatchObject({
			status: 'incomplete',
			covered: 3,
			total: 4
		});
	});

	it('is missing when the earlier value is', () => {
		expect(
			changeCell(ok(25), cellFromEvidence('rate', 100, { kind: 'none', total: 4 }), 'points').status
		).toBe('missing');
	});
});
