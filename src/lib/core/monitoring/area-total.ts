import { changeBetween, rateFromSums, weightedMean, yearsEarlier } from '../indicator/arithmetic';
import type { IndicatorCell } from '../indicator/cell';
import type { ChangeMode } from '../indicator/definition';
import type { TermKind } from '../indicator/source-choice';

/** The value of a whole area (the city) and how many of its parts it was computed from. */
export interface AreaTotal {
	value: number | null;
	/** Parts with a value, of all parts: fewer means the total leaves some out. */
	covered: number;
	total: number;
}

/** Σ numerator and Σ denominator of the parts that have a value, and how many parts there are. */
export interface AreaSums {
	numerator: number;
	denominator: number;
	/** Parts with a value and both sums. */
	covered: number;
	/** All parts. */
	total: number;
}

export function sumCells(cells: readonly IndicatorCell[]): AreaSums {
	let numerator = 0;
	let denominator = 0;
	let covered = 0;
	for (const c of cells) {
		if (c.value === null || c.numerator === null || c.denominator === null) continue;
		numerator += c.numerator;
		denominator += c.denominator;
		covered++;
	}
	return { numerator, denominator, covered, total: cells.length };
}

/**
 * The value of a whole area from the sums of the parts that tile it (the units of the top layer):
 * numerators and denominators are summed and then divided — never an average of the parts' rates
 * (DOMAIN.md §3). A weighted mean is Σ(value × weight) / Σ weight in the same way. An unweighted
 * directly imported value (an index, a rank) has no meaningful total.
 */
export function totalOfSums(sums: AreaSums, formula: { kind: TermKind; factor: number }): AreaTotal {
	if (formula.kind === 'single' || sums.covered === 0) return { value: null, covered: 0, total: sums.total };
	const value =
		formula.kind === 'rate'
			? rateFromSums(sums.numerator, sums.denominator, formula.factor)
			: weightedMean(sums.numerator, sums.denominator);
	return { value, covered: sums.covered, total: sums.total };
}

/** The value of a whole area from the cells of its parts (see `totalOfSums`). */
export function areaTotal(
	cells: readonly IndicatorCell[],
	formula: { kind: TermKind; factor: number }
): AreaTotal {
	return totalOfSums(sumCells(cells), formula);
}

/** What the whole-area value of an indicator is made of: its own sums, or a change of its base. */
export type TotalRecipe =
	| { kind: 'sums'; formula: { kind: TermKind; factor: number } }
	| { kind: 'change'; base: string; years: number; mode: ChangeMode };

/**
 * The whole-area value of an indicator at a date. A change indicator's total is the change of its
 * base's total (not a sum of the parts' changes), so the chain is followed down to the root.
 * `sumsAt(code, date)` gives the sums of the parts' cells of a root indicator (undefined: no data).
 */
export function totalAt(
	code: string,
	date: string,
	recipes: ReadonlyMap<string, TotalRecipe>,
	sumsAt: (code: string, date: string) => AreaSums | undefined
): AreaTotal {
	const recipe = recipes.get(code);
	if (!recipe) return { value: null, covered: 0, total: 0 };
	if (recipe.kind === 'sums') {
		const sums = sumsAt(code, date);
		return sums ? totalOfSums(sums, recipe.formula) : { value: null, covered: 0, total: 0 };
	}
	const now = totalAt(recipe.base, date, recipes, sumsAt);
	const before = totalAt(recipe.base, yearsEarlier(date, recipe.years), recipes, sumsAt);
	return {
		value: changeBetween(now.value, before.value, recipe.mode),
		covered: Math.min(now.covered, before.covered),
		total: Math.max(now.total, before.total)
	};
}

/** The root indicator a whole-area value of `code` is summed from: itself, or the base its changes end in. */
export function rootOfTotal(code: string, recipes: ReadonlyMap<string, TotalRecipe>): string | null {
	const recipe = recipes.get(code);
	if (!recipe) return null;
	return recipe.kind === 'sums' ? code : rootOfTotal(recipe.base, recipes);
}

/** The dates at which each root indicator's cells are needed for `totalAt(code, date)`. */
export function rootDatesOfTotal(
	code: string,
	date: string,
	recipes: ReadonlyMap<string, TotalRecipe>,
	into: Map<string, Set<string>> = new Map()
): Map<string, Set<string>> {
	const recipe = recipes.get(code);
	if (!recipe) return into;
	if (recipe.kind === 'sums') {
		const dates = into.get(code) ?? new Set<string>();
		dates.add(date);
		into.set(code, dates);
		return into;
	}
	rootDatesOfTotal(recipe.base, date, recipes, into);
	rootDatesOfTotal(recipe.base, yearsEarlier(date, recipe.years), recipes, into);
	return into;
}
