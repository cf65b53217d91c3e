import { cellFromEvidence, type Evidence, type IndicatorCell } from './cell';
import {
	chooseSource,
	coverageDistance,
	type DescendantSums,
	type OwnObservations,
	type TermKind
} from './source-choice';

/**
 * Turns the sums the database made for one term, layer and date into a value for every unit of
 * the layer. Units whose variables lie at different layers cannot use those sums; they come back
 * as `pending` and are filled in by `resolvePending` once the database paired them.
 */

/**
 * Observations at the units themselves: parallel lists, one entry per unit that has any;
 * `targets` are positions in the layer's unit list.
 */
export interface OwnColumns {
	targets: readonly number[];
	a: readonly (number | null)[];
	b: readonly (number | null)[];
}

/** What lies below the units, summed over units with both variables: parallel lists. */
export interface BelowColumns {
	targets: readonly number[];
	sumX: readonly number[];
	sumY: readonly number[];
	paired: readonly number[];
	finestA: readonly (number | null)[];
	finestB: readonly (number | null)[];
	singleDistance: readonly boolean[];
}

export interface LayerUnits {
	/** Unit ids in the order of the output (the positions the columns refer to). */
	ids: readonly string[];
	/** How many units lie `distance` layers below a unit (the unit itself at 0). */
	unitsBelow(unitId: string, distance: number): number;
}

export interface PendingPairing {
	unit: number;
	distanceA: number;
	distanceB: number;
	pairing: number;
}

export interface ValueGrid {
	cells: IndicatorCell[];
	pending: PendingPairing[];
}

export interface TermFormula {
	kind: TermKind;
	factor: number;
}

/** Where each unit's entry lies in the columns (-1: none). */
function entries(targets: readonly number[] | undefined, unitCount: number): Int32Array {
	const at = new Int32Array(unitCount).fill(-1);
	targets?.forEach((position, i) => {
		if (position >= 0 && position < unitCount) at[position] = i;
	});
	return at;
}

export function gridFromSums(
	formula: TermFormula,
	units: LayerUnits,
	own: OwnColumns | null,
	below: BelowColumns | null
): ValueGrid {
	const ownAt = entries(own?.targets, units.ids.length);
	const belowAt = entries(below?.targets, units.ids.length);
	const cells: IndicatorCell[] = [];
	const pending: PendingPairing[] = [];
	// One scratch object each, refilled per unit: a city has millions of cells, and garbage
	// collection of per-unit temporaries took longer than the arithmetic.
	const o: OwnObservations = { a: null, b: null };
	const b: DescendantSums = {
		finestA: null,
		finestB: null,
		singleDistance: false,
		paired: 0,
		sumX: 0,
		sumY: 0
	};
	units.ids.forEach((unitId, unit) => {
		const i = ownAt[unit]!;
		if (own && i >= 0) {
			o.a = own.a[i] ?? null;
			o.b = own.b[i] ?? null;
		}
		const j = belowAt[unit]!;
		if (below && j >= 0) {
			b.finestA = below.finestA[j] ?? null;
			b.finestB = below.finestB[j] ?? null;
			b.singleDistance = below.singleDistance[j] ?? false;
			b.paired = below.paired[j] ?? 0;
			b.sumX = below.sumX[j] ?? 0;
			b.sumY = below.sumY[j] ?? 0;
		}
		const choice = chooseSource(formula.kind, i >= 0 ? o : null, j >= 0 ? b : null);
		let evidence: Evidence;
		switch (choice.use) {
			case 'nothing':
				evidence = {
					kind: 'none',
					total: choice.distance === null ? 0 : units.unitsBelow(unitId, choice.distance)
				};
				break;
			case 'own-value':
				evidence =
					formula.kind === 'weighted' && o.b !== null
						? { kind: 'value', value: o.a!, weight: o.b }
						: { kind: 'value', value: o.a! };
				break;
			case 'own-pair':
				evidence = { kind: 'sums', sumX: o.a!, sumY: o.b!, covered: 1, total: 1 };
				break;
			case 'descendants':
				evidence = {
					kind: 'sums',
					sumX: b.sumX,
					sumY: b.sumY,
					covered: b.paired,
					total: units.unitsBelow(unitId, choice.distance)
				};
				break;
			case 'across-layers':
				pending.push({
					unit,
					distanceA: choice.distanceA,
					distanceB: choice.distanceB,
					pairing: choice.pairing
				});
				evidence = { kind: 'none', total: units.unitsBelow(unitId, coverageDistance(formula.kind, choice)!) };
				break;
		}
		cells.push(cellFromEvidence(formula.kind, formula.factor, evidence));
	});
	return { cells, pending };
}

/** Fills in the units that were paired across layers, in the order of `grid.pending`. */
export function resolvePending(
	formula: TermFormula,
	units: LayerUnits,
	grid: ValueGrid,
	sums: readonly { sumX: number; sumY: number; covered: number }[]
): IndicatorCell[] {
	const cells = [...grid.cells];
	grid.pending.forEach((job, i) => {
		const found = sums[i]!;
		const distance = formula.kind === 'weighted' ? job.distanceA : Math.max(job.distanceA, job.distanceB);
		cells[job.unit] = cellFromEvidence(formula.kind, formula.factor, {
			kind: 'sums',
			...found,
			total: units.unitsBelow(units.ids[job.unit]!, distance)
		});
	});
	return cells;
}
