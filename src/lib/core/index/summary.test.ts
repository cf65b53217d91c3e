import { describe, expect, it } from 'vitest';
import type { ClassAssignment } from './classes';
import type { IndexResult, UnitIndexResult } from './compute';
import { berlinDynamicsClasses, berlinStatusClasses, type IndexDefinition } from './definition';
import { classChanges, combinedCounts } from './summary';

const definition: IndexDefinition = {
	code: 'mss',
	name: 'MSS',
	description: null,
	layer: 'planungsraum',
	status: [{ indicator: 'a', weight: 1, polarity: 'higher_worse' }],
	dynamics: [{ indicator: 'b', weight: 1, polarity: 'higher_worse', windowYears: 2 }],
	combination: 'mean',
	restandardise: true,
	sdConvention: 'population',
	eligibility: { minimumPopulation: 300, populationVariable: 'ew', excluded: [] },
	statusClasses: berlinStatusClasses,
	dynamicsClasses: berlinDynamicsClasses,
	combinedSeparator: ''
};

const status = (position: number): ClassAssignment => ({
	position,
	code: berlinStatusClasses.codes[position]!,
	label: berlinStatusClasses.labels[position]!
});
const dynamics = (position: number): ClassAssignment => ({
	position,
	code: berlinDynamicsClasses.codes[position]!,
	label: berlinDynamicsClasses.labels[position]!
});

function unit(
	code: string,
	s: number | null,
	d: number | null,
	reason: UnitIndexResult['reason'] = null
): UnitIndexResult {
	const statusClass = s === null ? null : status(s);
	const dynamicsClass = d === null ? null : dynamics(d);
	return {
		unit: code,
		statusZ: [],
		dynamicsZ: [],
		statusIndex: s,
		statusClass,
		dynamicsIndex: d,
		dynamicsClass,
		combinedClass: statusClass && dynamicsClass ? statusClass.code + dynamicsClass.code : null,
		reason,
		reasonDetail: null,
		dynamicsReason: statusClass && !dynamicsClass ? 'values_missing' : null
	};
}

const result = (units: UnitIndexResult[]): IndexResult => ({
	units,
	eligibleCount: 0,
	statistics: {
		status: [],
		dynamics: [],
		statusCombination: { n: 0, mean: null, sd: null },
		dynamicsCombination: null
	}
});

describe('combinedCounts', () => {
	it('counts status × dynamics classes with totals and the unclassified units by reason', () => {
		const counts = combinedCounts(
			definition,
			result([
				unit('a', 0, 0),
				unit('b', 0, 0),
				unit('c', 0, 2),
				unit('d', 1, 1),
				unit('e', 3, 2),
				unit('f', 3, null),
				unit('g', null, 1, 'values_missing'),
				unit('h', null, null, 'excluded'),
				unit('i', null, null, 'population_below_minimum'),
				unit('j', null, null, 'population_below_minimum')
			])
		);
		expect(counts.statusClasses.map((c) => c.code)).toEqual(['1', '2', '3', '4']);
		expect(counts.dynamicsClasses.map((c) => c.code)).toEqual(['+', '±', '−']);
		expect(counts.counts).toEqual([
			[2, 0, 1],
			[0, 1, 0],
			[0, 0, 0],
			[0, 0, 1]
		]);
		expect(counts.statusTotals).toEqual([3, 1, 0, 2]);
		expect(counts.withoutDynamics).toEqual([0, 0, 0, 1]);
		expect(counts.dynamicsTotals).toEqual([2, 1, 2]);
		expect(counts.classified).toBe(6);
		expect(counts.unclassified).toEqual([
			{ reason: 'excluded', count: 1 },
			{ reason: 'population_below_minimum', count: 2 },
			{ reason: 'values_missing', count: 1 }
		]);
	});

	it('lists rows in the order of the codes under high_first', () => {
		const counts = combinedCounts(
			{ ...definition, statusClasses: { ...berlinStatusClasses, direction: 'high_first' } },
			result([unit('a', 0, 0)])
		);
		// position 0 is named by the last code under high_first and comes last
		expect(counts.statusClasses.map((c) => [c.code, c.position])).toEqual([
			['1', 3],
			['2', 2],
			['3', 1],
			['4', 0]
		]);
		expect(counts.counts[3]).toEqual([1, 0, 0]);
	});

	it('has no columns when the index has no dynamics part', () => {
		const counts = combinedCounts(
			{ ...definition, dynamics: [], dynamicsClasses: null },
			result([unit('a', 2, null), unit('b', 2, null)])
		);
		expect(counts.counts).toEqual([[], [], [], []]);
		expect(counts.statusTotals).toEqual([0, 0, 2, 0]);
		expect(counts.withoutDynamics).toEqual([0, 0, 0, 0]);
	});
});

describe('classChanges', () => {
	it('lists exactly the units whose status, dynamics or combined class differs', () => {
		const saved = result([
			unit('a', 0, 0),
			unit('b', 1, 1),
			unit('c', 2, 1),
			unit('d', null, null, 'excluded'),
			unit('e', 1, 1)
		]);
		const variant = result([
			unit('e', 1, 1),
			unit('c', 2, 2),
			unit('b', 1, 1),
			unit('a', 1, 0),
			unit('d', 1, 1),
			unit('x', 0, 0)
		]);
		const changes = classChanges(saved, variant);
		expect(changes.map((c) => [c.unit, c.statusChanged, c.dynamicsChanged, c.combinedChanged])).toEqual([
			['a', true, false, true],
			['c', false, true, true],
			['d', true, true, true],
			['x', true, true, true]
		]);
		expect(changes[0]!.saved.combined).toBe('1+');
		expect(changes[0]!.variant.combined).toBe('2+');
		expect(changes[2]!.saved.status).toBeNull();
	});
});
