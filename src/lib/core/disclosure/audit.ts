/**
 * The exact audit behind secondary suppression. The one-equation rule (no sum with exactly one
 * suppressed cell) stops simple subtraction; a reader can also combine several sums (in a table:
 * row sums minus column sums) and solve for a cell. A suppressed cell is recoverable exactly when
 * its unit vector e_i lies in the row space of the equations restricted to the suppressed cells
 * (the published cells are known numbers and move to the right-hand side). This file decides that
 * by Gauss–Jordan elimination in exact integer arithmetic (BigInt), never in floating point, where
 * a rounding error would turn a dependent row into an independent one.
 */

/** One equation restricted to suppressed cells: column (cell index) → coefficient (total +1, part −1). */
export type SparseRow = Map<number, bigint>;

function gcd(a: bigint, b: bigint): bigint {
	if (a < 0n) a = -a;
	if (b < 0n) b = -b;
	while (b) [a, b] = [b, a % b];
	return a;
}

/** a·x − b·y with the common factor of the result divided out, so the integers stay small. */
function combine(x: SparseRow, a: bigint, y: SparseRow, b: bigint): SparseRow {
	const out: SparseRow = new Map();
	for (const [col, v] of x) out.set(col, a * v);
	for (const [col, v] of y) {
		const next = (out.get(col) ?? 0n) - b * v;
		if (next === 0n) out.delete(col);
		else out.set(col, next);
	}
	let g = 0n;
	for (const v of out.values()) g = gcd(g, v);
	if (g > 1n) for (const [col, v] of out) out.set(col, v / g);
	return out;
}

/**
 * The columns whose unit vector lies in the row space of `rows`: the cells these equations
 * determine. Keeps a basis in reduced row echelon form (each basis row has a pivot no other basis
 * row touches); then e_i is in the row space iff i is a pivot and its row has no other entry.
 */
export function determinedColumns(rows: readonly SparseRow[]): number[] {
	const basis = new Map<number, SparseRow>();
	for (const original of rows) {
		let row: SparseRow = new Map(original);
		for (const [pivot, base] of basis) {
			const v = row.get(pivot);
			if (v !== undefined) row = combine(row, base.get(pivot)!, base, v);
		}
		if (row.size === 0) continue;
		let pivot = Infinity;
		for (const col of row.keys()) if (col < pivot) pivot = col;
		const p = row.get(pivot)!;
		for (const [col, base] of basis) {
			const v = base.get(pivot);
			if (v !== undefined) basis.set(col, combine(base, p, row, v));
		}
		basis.set(pivot, row);
	}
	const determined: number[] = [];
	for (const [pivot, row] of basis) if (row.size === 1) determined.push(pivot);
	return determined.sort((a, b) => a - b);
}

/**
 * Which cells sit in a part of the equation system that contains a cycle. Cells and equations are
 * the nodes of a graph, each appearance of a cell in an equation an edge. Where that graph is a
 * forest (a pure hierarchy: each unit has one parent), the one-equation rule already protects
 * every suppressed cell, so the audit can skip it: take a suppressed cell and change it by 1; each
 * of its equations then holds another suppressed cell (no equation has exactly one) that can take
 * the opposite change, which passes on through that cell's other equations; without cycles the
 * changes never meet, so a second solution with every published value unchanged exists and the
 * cell is not determined. The property tests check this claim against an independent solver.
 */
export function cellsInCyclicComponents(cellCount: number, equationCells: readonly Int32Array[]): Uint8Array {
	const size = cellCount + equationCells.length;
	const parent = new Int32Array(size);
	for (let i = 0; i < size; i++) parent[i] = i;
	const cyclic = new Uint8Array(size);
	const find = (x: number): number => {
		while (parent[x] !== x) {
			parent[x] = parent[parent[x]!]!;
			x = parent[x]!;
		}
		return x;
	};
	equationCells.forEach((cells, e) => {
		const node = cellCount + e;
		for (const cell of cells) {
			const a = find(cell);
			const b = find(node);
			if (a === b) cyclic[a] = 1;
			else {
				parent[a] = b;
				cyclic[b] = cyclic[a]! | cyclic[b]!;
			}
		}
	});
	const result = new Uint8Array(cellCount);
	for (let c = 0; c < cellCount; c++) result[c] = cyclic[find(c)]!;
	return result;
}
