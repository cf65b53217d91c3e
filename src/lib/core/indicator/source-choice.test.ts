import { describe, expect, it } from 'vitest';
import { chooseSource, coverageDistance, type DescendantSums } from './source-choice';

const below = (over: Partial<DescendantSums> = {}): DescendantSums => ({
	finestA: 2,
	finestB: 2,
	singleDistance: true,
	paired: 3,
	sumX: 30,
	sumY: 300,
	...over
});

describe('chooseSource for a rate', () => {
	it('sums the layer below when both variables lie there', () => {
		expect(chooseSource('rate', null, below())).toEqual({ use: 'descendants', distance: 2 });
	});

	it('takes official totals at the unit itself before any sum', () => {
		expect(chooseSource('rate', { a: 5, b: 50 }, below())).toEqual({ use: 'own-pair' });
	});

	it('pairs at the coarser layer when one variable is an own total and the other lies below', () => {
		expect(chooseSource('rate', { a: null, b: 500 }, below())).toEqual({
			use: 'across-layers',
			distanceA: 2,
			distanceB: 0,
			pairing: 0
		});
	});

	it('pairs at the coarser layer when the variables lie at different layers', () => {
		const choice = chooseSource('rate', null, below({ finestA: 1, finestB: 2, singleDistance: false }));
		expect(choice).toEqual({ use: 'across-layers', distanceA: 1, distanceB: 2, pairing: 1 });
		expect(coverageDistance('rate', choice)).toBe(2);
	});

	it('does not trust the database’s sums when observations lie at several distances', () => {
		expect(chooseSource('rate', null, below({ singleDistance: false }))).toMatchObject({
			use: 'across-layers',
			pairing: 2
		});
	});

	it('has nothing when a variable is nowhere', () => {
		expect(chooseSource('rate', null, below({ finestB: null }))).toEqual({ use: 'nothing', distance: 2 });
		expect(chooseSource('rate', null, null)).toEqual({ use: 'nothing', distance: null });
	});
});

describe('chooseSource for directly imported values', () => {
	it('uses the value at the unit’s own layer', () => {
		expect(chooseSource('single', { a: 4.2, b: null }, null)).toEqual({ use: 'own-value' });
		expect(chooseSource('weighted', { a: 4.2, b: null }, below())).toEqual({ use: 'own-value' });
	});

	it('does not aggregate without a weight', () => {
		expect(chooseSource('single', null, below({ finestB: null }))).toEqual({ use: 'nothing', distance: 2 });
	});

	it('weighs at the values’ layer, also with a finer weight', () => {
		expect(chooseSource('weighted', null, below())).toEqual({ use: 'descendants', distance: 2 });
		const finer = chooseSource('weighted', null, below({ finestA: 1, finestB: 2, singleDistance: false }));
		expect(finer).toEqual({ use: 'across-layers', distanceA: 1, distanceB: 2, pairing: 1 });
		expect(coverageDistance('weighted', finer)).toBe(1);
	});

	it('cannot weigh with a coarser weight', () => {
		expect(chooseSource('weighted', null, below({ finestA: 2, finestB: 1, singleDistance: false }))).toEqual({
			use: 'nothing',
			distance: 2
		});
	});
});
