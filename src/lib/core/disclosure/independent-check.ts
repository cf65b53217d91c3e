/**
 * An independent check of a suppression pattern, for the tests and the benchmark — the engine
 * does not use it. It answers the question the engine's audit answers, by another method and
 * without the engine's shortcuts (no one-equation rule, no skipping of hierarchies): a suppressed
 * cell i can be worked out from the published values exactly when removing its column lowers the
 * rank of the equations restricted to the suppressed cells (rank(A_S) = rank(A_S∖i) + 1). Ranks
 * are computed on dense rows with exact integers (BigInt), one set of suppressed cells that share
 * sums at a time. Slow (a rank per cell), and meant for small systems or samples.
 */
import type { Equation } from './equations';

function gcd(a: bigint, b: bigint): bigint {
	if (a < 0n) a = -a;
	if (b < 0n) b = -b;
	while (b) [a, b] = [b, a % b];
	return a;
}

/** Rank of an integer matrix (rows of equal length), by fraction-free elimination. */
export function exactRank(matrix: readonly (readonly bigint[])[], skipColumn = -1): number {
	const rows = matrix.map((r) => [...r]);
	const width = rows[0]?.length ?? 0;
	let rank = 0;
	for (let col = 0; col < width && rank < rows.length; col++) {
		if (col === skipColumn) continue;
		const p = rows.findIndex((r, i) => i >= rank && r[col] !== 0n);
		if (p < 0) continue;
		[rows[rank], rows[p]] = [rows[p]!, rows[rank]!];
		const pivot = rows[rank]!;
		for (let i = rank + 1; i < rows.length; i++) {
			const row = rows[i]!;
			const f = row[col]!;
			if (f === 0n) continue;
			let g = 0n;
			for (let j = 0; j < width; j++) {
				row[j] = row[j]! * pivot[col]! - pivot[j]! * f;
				g = gcd(g, row[j]!);
			}
			if (g > 1n) for (let j = 0; j < width; j++) row[j] = row[j]! / g;
		}
		rank++;
	}
	return rank;
}

/**
 * The suppressed cells (of `only`, or all) that the equations determine from the published cells.
 * `suppressed`: every cell not published; cells the equations do not mention are never determined.
 */
export function recoverableCells(
	equations: readonly Equation[],
	suppressed: ReadonlySet<string>,
	only?: Iterable<string>,
	/** Leave sets of more than `maxCells` suppressed cells unchecked (dense ranks grow cubically); they are listed in `skipped`. */
	limit?: { maxCells: number; skipped: string[] }
): string[] {
	// Suppressed cells that share a sum belong together; a cell's fate depends only on its set.
	const byCell = new Map<string, number[]>();
	const rows = equations.map((eq) => {
		const row = new Map<string, bigint>();
		if (suppressed.has(eq.total)) row.set(eq.total, 1n);
		for (const part of eq.parts) if (suppressed.has(part)) row.set(part, (row.get(part) ?? 0n) - 1n);
		return row;
	});
	rows.forEach((row, r) => {
		for (const cell of row.keys()) {
			const list = byCell.get(cell);
			if (list) list.push(r);
			else byCell.set(cell, [r]);
		}
	});
	const wanted: ReadonlySet<string> = only ? new Set(only) : suppressed;
	const result: string[] = [];
	const done = new Set<string>();
	for (const start of wanted) {
		if (done.has(start) || !byCell.has(start)) continue;
		const members = new Set<string>([start]);
		const rowIds = new Set<number>();
		const stack = [start];
		while (stack.length) {
			const cell = stack.pop()!;
			for (const r of byCell.get(cell) ?? []) {
				if (rowIds.has(r)) continue;
				rowIds.add(r);
				for (const other of rows[r]!.keys())
					if (!members.has(other)) {
						members.add(other);
						stack.push(other);
					}
			}
		}
		if (limit && members.size > limit.maxCells) {
			for (const cell of members) {
				done.add(cell);
				if (wanted.has(cell)) limit.skipped.push(cell);
			}
			continue;
		}
		const columns = [...members];
		const matrix = [...rowIds].map((r) => columns.map((c) => rows[r]!.get(c) ?? 0n));
		const full = exactRank(matrix);
		columns.forEach((cell, j) => {
			done.add(cell);
			if (wanted.has(cell) && exactRank(matrix, j) < full) result.push(cell);
		});
	}
	return result.sort();
}
