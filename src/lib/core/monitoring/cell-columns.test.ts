import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorCell } from '../indicator/cell';
import { sumCells } from './area-total';
import { cellColumns, sumAtPositions, unitPositions } from './cell-columns';

const units = Array.from({ length: 12 }, (_, i) => `u${i}`);
const positionOf = unitPositions(units);

const cellOf = (unitId: string, numbers: [number, number] | null): IndicatorCell & { unitId: string } => ({
	unitId,
	value: numbers && numbers[0] / numbers[1],
	numerator: numbers?.[0] ?? null,
	denominator: numbers?.[1] ?? null,
	covered: numbers ? 1 : 0,
	total: 1,
	coverage: 1,
	status: numbers ? 'ok' : 'missing'
});

describe('cell columns', () => {
	it('sum the cells of any set of units as summing exactly those cells does', () => {
		const cellOrGap = fc.option(
			fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }))
		);
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.constantFrom(...units), cellOrGap), { maxLength: 12 }),
				fc.subarray(units),
				(drawn, chosen) => {
					// One cell per unit at most, some units without any cell (not counted in the total).
					const cells = [...new Map(drawn).entries()].map(([unit, numbers]) => cellOf(unit, numbers));
					const columns = cellColumns(cells, positionOf);
					const inSet = new Set(chosen);
					const expected = sumCells(cells.filter((c) => inSet.has(c.unitId)));
					const sums = sumAtPositions(
						columns,
						chosen.map((u) => positionOf.get(u)!)
					);
					expect(sums.covered).toBe(expected.covered);
					expect(sums.total).toBe(expected.total);
					// Integers: the order of summation cannot change the sums.
					expect(sums.numerator).toBe(expected.numerator);
					expect(sums.denominator).toBe(expected.denominator);
				}
			)
		);
	});

	it('leave out cells of units the layer does not list', () => {
		const columns = cellColumns([cellOf('fremd', [1, 2]), cellOf('u3', [3, 4])], positionOf);
		expect(
			sumAtPositions(
				columns,
				units.map((_, i) => i)
			)
		).toEqual({
			numerator: 3,
			denominator: 4,
			covered: 1,
			total: 1
		});
	});
});
