import { describe, expect, it } from 'vitest';
import type { IndicatorCell } from '../indicator/cell';
import { areaTotal, rootDatesOfTotal, sumCells, totalAt, type TotalRecipe } from './area-total';

function cell(value: number | null, numerator: number | null, denominator: number | null): IndicatorCell {
	return {
		value,
		numerator,
		denominator,
		covered: value === null ? 0 : 1,
		total: 1,
		coverage: 1,
		status: value === null ? 'missing' : 'ok'
	};
}

const rate = { kind: 'rate' as const, factor: 100 };

describe('the value of the whole area', () => {
	it('divides the summed numerators by the summed denominators, not the mean of the rates', () => {
		// 10 of 100 (10 %) and 90 of 300 (30 %): the city has 100 of 400 = 25 %, not (10 + 30) / 2.
		const total = areaTotal([cell(10, 10, 100), cell(30, 90, 300)], rate);
		expect(total).toEqual({ value: 25, covered: 2, total: 2 });
	});

	it('leaves out parts without a value and says so', () => {
		const total = areaTotal([cell(10, 10, 100), cell(null, null, null)], rate);
		expect(total).toEqual({ value: 10, covered: 1, total: 2 });
	});

	it('weighs a weighted mean by the summed weights', () => {
		// Σ(value × weight) = 2·100 + 4·300 = 1400 over 400 → 3.5.
		const total = areaTotal([cell(2, 200, 100), cell(4, 1200, 300)], { kind: 'weighted', factor: 1 });
		expect(total.value).toBe(3.5);
	});

	it('has no total for unweighted imported values', () => {
		expect(
			areaTotal([cell(2, null, null), cell(4, null, null)], { kind: 'single', factor: 1 }).value
		).toBeNull();
	});

	it('takes a change as the change of the base total, through a chain of changes', () => {
		const recipes = new Map<string, TotalRecipe>([
			['quote', { kind: 'sums', formula: rate }],
			['quote_2j', { kind: 'change', base: 'quote', years: 2, mode: 'points' }],
			['quote_2j_pct', { kind: 'change', base: 'quote', years: 2, mode: 'percent' }]
		]);
		const cells = new Map<string, IndicatorCell[]>([
			['2016-12-31', [cell(10, 10, 100), cell(30, 90, 300)]], // 25 %
			['2014-12-31', [cell(5, 5, 100), cell(15, 45, 300)]] // 12.5 %
		]);
		const at = (code: string, date: string) => {
			const found = code === 'quote' ? cells.get(date) : undefined;
			return found && sumCells(found);
		};
		expect(totalAt('quote_2j', '2016-12-31', recipes, at).value).toBeCloseTo(12.5, 12);
		expect(totalAt('quote_2j_pct', '2016-12-31', recipes, at).value).toBeCloseTo(100, 12);
		expect(totalAt('quote_2j', '2015-12-31', recipes, at).value).toBeNull();
		const needed = rootDatesOfTotal('quote_2j', '2016-12-31', recipes);
		expect([...needed.get('quote')!].sort()).toEqual(['2014-12-31', '2016-12-31']);
	});
});
