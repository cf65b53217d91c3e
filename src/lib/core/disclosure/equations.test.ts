import { describe, expect, it } from 'vitest';
import { hierarchyEquations, hierarchyVariableEquations, tableEquations } from './equations';

describe('equation builders', () => {
	it('makes one equation per parent along a hierarchy of several levels', () => {
		const nodes = [
			{ id: 'city', parent: null },
			{ id: 'd1', parent: 'city' },
			{ id: 'd2', parent: 'city' },
			{ id: 'a', parent: 'd1' },
			{ id: 'b', parent: 'd1' },
			{ id: 'x', parent: 'outside' }
		];
		expect(hierarchyEquations(nodes)).toEqual([
			{ total: 'city', parts: ['d1', 'd2'] },
			{ total: 'd1', parts: ['a', 'b'] }
		]);
	});

	it('makes row, column and grand-total equations for a table', () => {
		const eqs = tableEquations(['r1', 'r2'], ['c1', 'c2', 'c3']);
		expect(eqs).toContainEqual({ total: 'r1|Σ', parts: ['r1|c1', 'r1|c2', 'r1|c3'] });
		expect(eqs).toContainEqual({ total: 'Σ|c2', parts: ['r1|c2', 'r2|c2'] });
		expect(eqs).toContainEqual({ total: 'Σ|Σ', parts: ['r1|Σ', 'r2|Σ'] });
		expect(eqs).toContainEqual({ total: 'Σ|Σ', parts: ['Σ|c1', 'Σ|c2', 'Σ|c3'] });
		expect(eqs).toHaveLength(2 + 3 + 2);
	});

	it('combines a hierarchy with variables that sum to another variable', () => {
		const nodes = [
			{ id: 'city', parent: null },
			{ id: 'a', parent: 'city' },
			{ id: 'b', parent: 'city' }
		];
		const eqs = hierarchyVariableEquations(nodes, ['u1', 'u2', 'u3'], [{ total: 'u3', parts: ['u1', 'u2'] }]);
		expect(eqs).toContainEqual({ total: 'city|u1', parts: ['a|u1', 'b|u1'] });
		expect(eqs).toContainEqual({ total: 'city|u3', parts: ['a|u3', 'b|u3'] });
		expect(eqs).toContainEqual({ total: 'b|u3', parts: ['b|u1', 'b|u2'] });
		expect(eqs).toHaveLength(3 + 3);
	});
});
