import type { IndicatorCell } from '../indicator/cell';
import type { AreaSums } from './area-total';

/**
 * The cells of one indicator at one layer and date as columns by the position of their unit in the
 * layer. The value of any set of units (a goal's scope) is then a loop over their positions, where
 * filtering every cell of the layer per set cost a check of a thousand goals half a second.
 */
export interface CellColumns {
	/** 1 where the unit has a cell at this date (counted in `total`). */
	present: Uint8Array;
	/** 1 where the cell has a value and both sums (counted in `covered`). */
	usable: Uint8Array;
	numerator: Float64Array;
	denominator: Float64Array;
}

/** Positions of the layer's units, in the order given. */
export function unitPositions(unitIds: readonly string[]): Map<string, number> {
	return new Map(unitIds.map((id, i) => [id, i]));
}

/** Cells of units the positions do not know are left out: no set of the layer's units contains them. */
export function cellColumns(
	cells: readonly (IndicatorCell & { unitId: string })[],
	positionOf: ReadonlyMap<string, number>
): CellColumns {
	const size = positionOf.size;
	const columns: CellColumns = {
		present: new Uint8Array(size),
		usable: new Uint8Array(size),
		numerator: new Float64Array(size),
		denominator: new Float64Array(size)
	};
	for (const cell of cells) {
		const at = positionOf.get(cell.unitId);
		if (at === undefined) continue;
		columns.present[at] = 1;
		if (cell.value === null || cell.numerator === null || cell.denominator === null) continue;
		columns.usable[at] = 1;
		columns.numerator[at] = cell.numerator;
		columns.denominator[at] = cell.denominator;
	}
	return columns;
}

/** The sums of the cells at the given positions (as `sumCells` of exactly those cells). */
export function sumAtPositions(columns: CellColumns, positions: readonly number[]): AreaSums {
	let numerator = 0;
	let denominator = 0;
	let covered = 0;
	let total = 0;
	for (const at of positions) {
		total += columns.present[at]!;
		if (columns.usable[at] === 0) continue;
		numerator += columns.numerator[at]!;
		denominator += columns.denominator[at]!;
		covered++;
	}
	return { numerator, denominator, covered, total };
}
