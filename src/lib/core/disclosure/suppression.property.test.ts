/**
 * Properties of cell suppression on random hierarchies, tables and hierarchies × variable sums,
 * checked against an independent exact solver (independent-check.ts: rank comparison per cell,
 * not the engine's audit and without its shortcut for hierarchies).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	hierarchyEquations,
	hierarchyVariableEquations,
	tableEquations,
	type Cell,
	type Equation,
	type HierarchyNode
} from './equations';
import { recoverableCells } from './independent-check';
import { isPrimary, suppressCells, type SuppressionResult } from './suppression';

/** Counts as small areas have them: many 0–5, some larger. */
const smallCount = fc.oneof(
	{ weight: 3, arbitrary: fc.integer({ min: 0, max: 5 }) },
	{ weight: 1, arbitrary: fc.integer({ min: 0, max: 60 }) }
);

type Rules = { minimumCount: number; publishZeros: boolean };
const rulesArb: fc.Arbitrary<Rules> = fc.record({
	minimumCount: fc.constantFrom(3, 5),
	publishZeros: fc.boolean()
});

/** A hierarchy of 2–4 levels with random fan-out, leaf counts drawn, totals summed. */
const hierarchyArb = fc
	.record({
		levels: fc.integer({ min: 2, max: 4 }),
		fanOuts: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 64, maxLength: 64 }),
		counts: fc.array(smallCount, { minLength: 256, maxLength: 256 })
	})
	.map(({ levels, fanOuts, counts }) => {
		const nodes: HierarchyNode[] = [{ id: 'n', parent: null }];
		const values = new Map<string, number>();
		let frontier = ['n'];
		let f = 0;
		for (let level = 1; level < levels; level++) {
			const next: string[] = [];
			for (const parent of frontier) {
				const n = fanOuts[f++ % fanOuts.length]!;
				for (let i = 0; i < n; i++) {
					const id = `${parent}.${i}`;
					nodes.push({ id, parent });
					next.push(id);
				}
			}
			frontier = next;
		}
		frontier.forEach((id, i) => values.set(id, counts[i % counts.length]!));
		for (const node of [...nodes].reverse())
			if (node.parent !== null)
				values.set(node.parent, (values.get(node.parent) ?? 0) + values.get(node.id)!);
		return { nodes, values };
	});

function shuffled<T>(list: readonly T[], seed: number): T[] {
	const out = [...list];
	let s = seed >>> 0 || 1;
	for (let i = out.length - 1; i > 0; i--) {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		const j = s % (i + 1);
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

function expectProtected(cells: Cell[], equations: Equation[], result: SuppressionResult, rules: Rules) {
	// (a) nothing below k is published.
	for (const cell of cells)
		if (result.status.get(cell.id) === 'published') expect(isPrimary(cell.value, rules)).toBe(false);
	for (const cell of cells)
		if (isPrimary(cell.value, rules)) expect(result.status.get(cell.id)).toBe('primary');
	// (b) no suppressed cell can be worked out from the published ones by the sums.
	const suppressed = new Set(cells.map((c) => c.id).filter((id) => result.status.get(id) !== 'published'));
	expect(recoverableCells(equations, suppressed)).toEqual([]);
	expect(result.unprotected).toEqual([]);
}

function expectOrderFree(
	cells: Cell[],
	equations: Equation[],
	result: SuppressionResult,
	rules: { minimumCount: number; publishZeros: boolean },
	seed: number
) {
	// (c) the same pattern for any order of cells, equations and parts.
	const again = suppressCells(
		shuffled(cells, seed),
		shuffled(equations, seed + 1).map((eq, i) => ({ total: eq.total, parts: shuffled(eq.parts, seed + i) })),
		rules
	);
	expect(new Map([...again.status].sort())).toEqual(new Map([...result.status].sort()));
}

describe('suppressCells on random data', () => {
	it('protects random hierarchies (2–4 levels) without the audit, and in any order', () => {
		fc.assert(
			fc.property(hierarchyArb, rulesArb, fc.integer(), ({ nodes, values }, rules, seed) => {
				const cells = nodes.map((n) => ({ id: n.id, value: values.get(n.id)! }));
				const equations = hierarchyEquations(nodes);
				const result = suppressCells(cells, equations, rules);
				// A hierarchy is a forest of sums: the engine skips its exact audit there, and the
				// independent solver below confirms that nothing is recoverable all the same.
				expect(result.audited).toBe(0);
				expectProtected(cells, equations, result, rules);
				expectOrderFree(cells, equations, result, rules, seed);
			}),
			{ numRuns: 300 }
		);
	});

	it('protects random two-way tables with margins, and in any order', () => {
		const tableArb = fc
			.record({ rows: fc.integer({ min: 1, max: 5 }), cols: fc.integer({ min: 1, max: 5 }) })
			.chain(({ rows, cols }) =>
				fc.record({
					rows: fc.constant(rows),
					cols: fc.constant(cols),
					grid: fc.array(fc.array(smallCount, { minLength: cols, maxLength: cols }), {
						minLength: rows,
						maxLength: rows
					})
				})
			);
		fc.assert(
			fc.property(tableArb, rulesArb, fc.integer(), ({ rows, cols, grid }, rules, seed) => {
				const r = Array.from({ length: rows }, (_, i) => `r${i}`);
				const c = Array.from({ length: cols }, (_, j) => `c${j}`);
				const cells: Cell[] = [];
				grid.forEach((line, i) => line.forEach((value, j) => cells.push({ id: `${r[i]}|${c[j]}`, value })));
				r.forEach((row, i) => cells.push({ id: `${row}|Σ`, value: grid[i]!.reduce((s, v) => s + v, 0) }));
				c.forEach((col, j) => cells.push({ id: `Σ|${col}`, value: grid.reduce((s, l) => s + l[j]!, 0) }));
				cells.push({ id: 'Σ|Σ', value: grid.flat().reduce((s, v) => s + v, 0) });
				const equations = tableEquations(r, c);
				const result = suppressCells(cells, equations, rules);
				expectProtected(cells, equations, result, rules);
				expectOrderFree(cells, equations, result, rules, seed);
			}),
			{ numRuns: 300 }
		);
	});

	it('protects a hierarchy × age bands that sum to a total band', () => {
		const bands = ['u1', 'u2', 'u3'];
		const arb = fc.record({
			shape: hierarchyArb.filter(({ nodes }) => nodes.length <= 30),
			extra: fc.array(fc.array(smallCount, { minLength: 3, maxLength: 3 }), {
				minLength: 256,
				maxLength: 256
			})
		});
		fc.assert(
			fc.property(arb, rulesArb, fc.integer(), ({ shape, extra }, rules, seed) => {
				const { nodes } = shape;
				const children = new Map<string, string[]>();
				for (const n of nodes)
					if (n.parent) children.set(n.parent, [...(children.get(n.parent) ?? []), n.id]);
				const value = new Map<string, number>();
				let leaf = 0;
				const fill = (id: string): number[] => {
					const kids = children.get(id);
					const v = kids
						? kids.map(fill).reduce((s, x) => s.map((a, i) => a + x[i]!), [0, 0, 0])
						: extra[leaf++ % extra.length]!;
					v.forEach((x, i) => value.set(`${id}|${bands[i]}`, x));
					value.set(`${id}|u0_3`, v[0]! + v[1]! + v[2]!);
					return v;
				};
				fill('n');
				const cells = [...value].map(([id, v]) => ({ id, value: v }));
				const equations = hierarchyVariableEquations(
					nodes,
					[...bands, 'u0_3'],
					[{ total: 'u0_3', parts: bands }]
				);
				const result = suppressCells(cells, equations, rules);
				expectProtected(cells, equations, result, rules);
				expectOrderFree(cells, equations, result, rules, seed);
			}),
			{ numRuns: 150 }
		);
	});
});
