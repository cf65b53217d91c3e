import { describe, expect, it } from 'vitest';
import { hierarchyEquations, tableEquations, type Cell } from './equations';
import { recoverableCells } from './independent-check';
import { defaultDisclosureRules } from './rules';
import { isPrimary, suppressCells, type CellStatus } from './suppression';
import { suppressedSymbol } from './symbol';

const rules = defaultDisclosureRules;

function cellsOf(values: Record<string, number>): Cell[] {
	return Object.entries(values).map(([id, value]) => ({ id, value }));
}

function suppressedSet(status: Map<string, CellStatus>): Set<string> {
	return new Set([...status].filter(([, s]) => s !== 'published').map(([id]) => id));
}

describe('isPrimary', () => {
	it('suppresses counts below k, and zero unless zeros are published', () => {
		expect([0, 1, 2, 3, 4].map((v) => isPrimary(v, rules))).toEqual([true, true, true, false, false]);
		expect(isPrimary(0, { ...rules, publishZeros: true })).toBe(false);
		expect(isPrimary(4, { ...rules, minimumCount: 5 })).toBe(true);
		expect(isPrimary(5, { ...rules, minimumCount: 5 })).toBe(false);
	});
});

describe('suppressCells', () => {
	it('follows DOMAIN.md: 2 / 14 / 9, total 25 → ". / 14 / . / 25"', () => {
		const values = { a: 2, b: 14, c: 9, total: 25 };
		const result = suppressCells(cellsOf(values), [{ total: 'total', parts: ['a', 'b', 'c'] }], rules);
		const shown = ['a', 'b', 'c', 'total'].map((id) =>
			result.status.get(id) === 'published' ? String(values[id as keyof typeof values]) : suppressedSymbol
		);
		expect(shown.join(' / ')).toBe('. / 14 / . / 25');
		expect(result.status.get('a')).toBe('primary');
		expect(result.status.get('c')).toBe('secondary');
		expect([result.primary, result.secondary]).toEqual([1, 1]);
	});

	it('carries secondary suppression up and down a three-level hierarchy', () => {
		// City C; districts D1 (a1 a2 a3), D2 (b1 b2), D3 (c1 c2). D2 is below k itself.
		const values = { C: 48, D1: 31, D2: 2, D3: 15, a1: 1, a2: 10, a3: 20, b1: 1, b2: 1, c1: 7, c2: 8 };
		const nodes = [
			{ id: 'C', parent: null },
			...['D1', 'D2', 'D3'].map((id) => ({ id, parent: 'C' })),
			...['a1', 'a2', 'a3'].map((id) => ({ id, parent: 'D1' })),
			...['b1', 'b2'].map((id) => ({ id, parent: 'D2' })),
			...['c1', 'c2'].map((id) => ({ id, parent: 'D3' }))
		];
		const equations = hierarchyEquations(nodes);
		const result = suppressCells(cellsOf(values), equations, rules);
		const by = (s: CellStatus) =>
			[...result.status]
				.filter(([, v]) => v === s)
				.map(([id]) => id)
				.sort();
		expect(by('primary')).toEqual(['D2', 'a1', 'b1', 'b2']);
		// D2 alone in C = D1 + D2 + D3 → the smaller district D3; D3 alone in D3 = c1 + c2 → c1.
		expect(by('secondary')).toEqual(['D3', 'a2', 'c1']);
		expect(by('published')).toEqual(['C', 'D1', 'a3', 'c2']);
		expect(result.audited).toBe(0);
		expect(recoverableCells(equations, suppressedSet(result.status))).toEqual([]);
	});

	it('suppresses the total when a suppressed part has no published sibling', () => {
		const result = suppressCells(
			cellsOf({ t: 7, only: 7, x: 1 }),
			[
				{ total: 't', parts: ['only'] },
				{ total: 'only', parts: ['x'] }
			],
			rules
		);
		expect(result.status.get('x')).toBe('primary');
		expect(result.status.get('only')).toBe('secondary');
		expect(result.status.get('t')).toBe('secondary');
	});

	it('finds a cell the one-equation rule misses in a table: the bridge between two suppressed blocks', () => {
		// Primary cells form two 2×2 blocks joined by x23. Every row and column has ≥ 2 suppressed
		// cells, yet rows 1–2 minus columns 1–2 give x23 (19−16 + 12−8 − (18−15) − (12−9) = 1).
		const grid = [
			[1, 2, 9, 7],
			[2, 1, 1, 8],
			[6, 5, 2, 1],
			[9, 4, 1, 2]
		];
		const rows = ['r1', 'r2', 'r3', 'r4'];
		const cols = ['c1', 'c2', 'c3', 'c4'];
		const values: Record<string, number> = {};
		grid.forEach((line, i) => line.forEach((v, j) => (values[`${rows[i]}|${cols[j]}`] = v)));
		rows.forEach((r, i) => (values[`${r}|Σ`] = grid[i]!.reduce((s, v) => s + v, 0)));
		cols.forEach((c, j) => (values[`Σ|${c}`] = grid.reduce((s, line) => s + line[j]!, 0)));
		values['Σ|Σ'] = grid.flat().reduce((s, v) => s + v, 0);
		const equations = tableEquations(rows, cols);

		const primaryOnly = new Set(Object.keys(values).filter((id) => values[id]! < 3));
		expect(primaryOnly.size).toBe(9);
		expect(recoverableCells(equations, primaryOnly)).toEqual(['r2|c3']);

		const result = suppressCells(cellsOf(values), equations, rules);
		expect(result.primary).toBe(9);
		// The audit suppresses the smallest published part of x23's row or column: x24 = 8.
		expect([...result.status].filter(([, s]) => s === 'secondary').map(([id]) => id)).toEqual(['r2|c4']);
		expect(result.audited).toBeGreaterThan(0);
		expect(recoverableCells(equations, suppressedSet(result.status))).toEqual([]);
	});

	it('protects a primary cell in a table by suppressing partners in its row and column', () => {
		const grid = [
			[1, 5, 6],
			[4, 7, 9],
			[8, 6, 10]
		];
		const rows = ['r1', 'r2', 'r3'];
		const cols = ['c1', 'c2', 'c3'];
		const cells: Cell[] = [];
		grid.forEach((line, i) => line.forEach((value, j) => cells.push({ id: `${rows[i]}|${cols[j]}`, value })));
		rows.forEach((r, i) => cells.push({ id: `${r}|Σ`, value: grid[i]!.reduce((s, v) => s + v, 0) }));
		cols.forEach((c, j) => cells.push({ id: `Σ|${c}`, value: grid.reduce((s, l) => s + l[j]!, 0) }));
		cells.push({ id: 'Σ|Σ', value: 56 });
		const equations = tableEquations(rows, cols);
		const result = suppressCells(cells, equations, rules);
		const suppressed = [...suppressedSet(result.status)].sort();
		// Hand-traced: r1 → x12 (5 < 6); c1 → x21 (4 < 8); c2 → x32 (6 < 7); r2 → x22 (7 < 9);
		// r3 → x31 (8 < 10). The greedy rule protects but is not minimal (a 2×2 block would do).
		expect(suppressed).toEqual(['r1|c1', 'r1|c2', 'r2|c1', 'r2|c2', 'r3|c1', 'r3|c2']);
		expect(recoverableCells(equations, new Set(suppressed))).toEqual([]);
	});

	it('publishes zeros as they are when the rules say so', () => {
		const cells = cellsOf({ t: 10, a: 0, b: 10 });
		const eq = [{ total: 't', parts: ['a', 'b'] }];
		expect(suppressCells(cells, eq, rules).status.get('a')).toBe('primary');
		const open = suppressCells(cells, eq, { ...rules, publishZeros: true });
		expect([...open.status.values()].every((s) => s === 'published')).toBe(true);
	});

	it('refuses unknown cells, doubled cells and negative counts', () => {
		expect(() => suppressCells(cellsOf({ a: 1 }), [{ total: 'x', parts: ['a'] }], rules)).toThrow(
			/unbekannte Zelle x/
		);
		expect(() =>
			suppressCells(
				[
					{ id: 'a', value: 1 },
					{ id: 'a', value: 2 }
				],
				[],
				rules
			)
		).toThrow(/doppelt/);
		expect(() => suppressCells(cellsOf({ a: -1 }), [], rules)).toThrow(/nicht-negative/);
		expect(() => suppressCells(cellsOf({ a: 1 }), [{ total: 'a', parts: ['a'] }], rules)).toThrow(/zweimal/);
	});

	it('reports a cell that no suppression can protect instead of looping', () => {
		// t = a + b and t = a + b + c imply c = 0: c is determined whatever else is suppressed.
		const cells = cellsOf({ t: 20, a: 10, b: 10, c: 0 });
		const result = suppressCells(
			cells,
			[
				{ total: 't', parts: ['a', 'b'] },
				{ total: 't', parts: ['a', 'b', 'c'] }
			],
			rules
		);
		expect(result.unprotected).toEqual(['c']);
	});
});
