import { yearsEarlier } from './arithmetic';
import { changeCell, type IndicatorCell } from './cell';
import type { ChainLink } from './change-chain';
import {
	gridFromSums,
	resolvePending,
	type BelowColumns,
	type LayerUnits,
	type OwnColumns,
	type PendingPairing,
	type TermFormula,
	type ValueGrid
} from './value-grid';

/**
 * The values of a whole request (indicators × layers × dates) from the sums of one statement:
 * grids for the roots (rates and directly imported indicators), the units whose variables lie at
 * different layers filled in from a second statement, and change indicators from their bases.
 */

/** A rate or directly imported indicator and the dates it is needed at. */
export interface RootTerm {
	code: string;
	formula: TermFormula;
	dates: readonly string[];
}

/** The sums of root `term` at the units of layer `layerIndex` at `date`. */
export interface SumsBlock {
	term: number;
	layerIndex: number;
	date: string;
	own: OwnColumns | null;
	below: BelowColumns | null;
}

/** A unit of a grid that must be paired across layers by the database. */
export interface AcrossJob extends PendingPairing {
	root: number;
	target: string;
	date: string;
}

export interface RootGrid {
	root: number;
	layer: number;
	date: string;
	grid: ValueGrid;
}

export function gridKey(code: string, layer: number, date: string): string {
	return `${code}|${layer}|${date}`;
}

export function gridsFromBlocks(
	roots: readonly RootTerm[],
	layers: readonly LayerUnits[],
	blocks: readonly SumsBlock[]
): { grids: RootGrid[]; jobs: AcrossJob[] } {
	const blockOf = new Map(blocks.map((b) => [`${b.term}|${b.layerIndex}|${b.date}`, b]));
	const grids: RootGrid[] = [];
	const jobs: AcrossJob[] = [];
	roots.forEach((root, r) => {
		layers.forEach((units, layer) => {
			for (const date of root.dates) {
				const block = blockOf.get(`${r}|${layer}|${date}`);
				const grid = gridFromSums(root.formula, units, block?.own ?? null, block?.below ?? null);
				grids.push({ root: r, layer, date, grid });
				for (const p of grid.pending) jobs.push({ ...p, root: r, target: units.ids[p.unit]!, date });
			}
		});
	});
	return { grids, jobs };
}

/** The cells of every root grid by `gridKey`; `sums` answer the jobs in their order. */
export function finishGrids(
	roots: readonly RootTerm[],
	layers: readonly LayerUnits[],
	grids: readonly RootGrid[],
	sums: readonly { sumX: number; sumY: number; covered: number }[]
): Map<string, IndicatorCell[]> {
	const cells = new Map<string, IndicatorCell[]>();
	let next = 0;
	for (const { root, layer, date, grid } of grids) {
		const { formula, code } = roots[root]!;
		const answered = sums.slice(next, (next += grid.pending.length));
		const finished = grid.pending.length
			? resolvePending(formula, layers[layer]!, grid, answered)
			: grid.cells;
		cells.set(gridKey(code, layer, date), finished);
	}
	return cells;
}

/**
 * The cells of any indicator at a layer and date: a root's from `rootCells`, a change's from its
 * base at the date and n years earlier (memoised in `memo`, chains may share bases).
 */
export function cellsOfIndicator(
	code: string,
	layer: number,
	date: string,
	rootCells: ReadonlyMap<string, IndicatorCell[]>,
	links: ReadonlyMap<string, ChainLink>,
	memo: Map<string, IndicatorCell[]>
): IndicatorCell[] {
	const key = gridKey(code, layer, date);
	const known = rootCells.get(key) ?? memo.get(key);
	if (known) return known;
	const link = links.get(code);
	if (!link || link.kind !== 'change' || !link.baseCode || !link.changeYears || !link.changeMode) {
		throw new Error(`Indikator ${code} wurde für ${date} nicht berechnet`);
	}
	const current = cellsOfIndicator(link.baseCode, layer, date, rootCells, links, memo);
	const earlier = yearsEarlier(date, link.changeYears);
	const previous = cellsOfIndicator(link.baseCode, layer, earlier, rootCells, links, memo);
	const mode = link.changeMode;
	const cells = current.map((cell, i) => changeCell(cell, previous[i]!, mode));
	memo.set(key, cells);
	return cells;
}
