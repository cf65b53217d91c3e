import { describe, expect, it } from 'vitest';
import { gridFromSums, resolvePending, type LayerUnits } from './value-grid';

// Two Sozialräume with 3 and 2 blocks below them.
const units: LayerUnits = {
	ids: ['s1', 's2'],
	unitsBelow: (id, distance) => (distance === 0 ? 1 : id === 's1' ? 3 : 2)
};
const rate = { kind: 'rate' as const, factor: 100 };

describe('gridFromSums', () => {
	it('gives every unit of the layer a value in the layer’s order, missing ones included', () => {
		const grid = gridFromSums(rate, units, null, {
			targets: [1],
			sumX: [30],
			sumY: [120],
			paired: [2],
			finestA: [1],
			finestB: [1],
			singleDistance: [true]
		});
		expect(grid.pending).toEqual([]);
		expect(grid.cells[0]).toMatchObject({ value: null, status: 'missing', total: 0 });
		expect(grid.cells[1]).toMatchObject({ value: 25, covered: 2, total: 2, status: 'ok' });
	});

	it('prefers the unit’s own observations and leaves mixed layers pending', () => {
		const grid = gridFromSums(
			rate,
			units,
			{ targets: [0, 1], a: [10, null], b: [200, 400] },
			{
				targets: [0, 1],
				sumX: [8, 20],
				sumY: [150, 380],
				paired: [3, 2],
				finestA: [1, 1],
				finestB: [1, 1],
				singleDistance: [true, true]
			}
		);
		expect(grid.cells[0]).toMatchObject({ value: 5, covered: 1, total: 1 });
		expect(grid.pending).toEqual([{ unit: 1, distanceA: 1, distanceB: 0, pairing: 0 }]);
		const cells = resolvePending(rate, units, grid, [{ sumX: 20, sumY: 400, covered: 2 }]);
		expect(cells[1]).toMatchObject({ value: 5, numerator: 20, denominator: 400, covered: 2, total: 2 });
		expect(cells[0]).toBe(grid.cells[0]);
	});

	it('ignores sums for positions that are not in the list', () => {
		const grid = gridFromSums(rate, units, { targets: [7], a: [1], b: [2] }, null);
		expect(grid.cells.map((c) => c.status)).toEqual(['missing', 'missing']);
	});
});
