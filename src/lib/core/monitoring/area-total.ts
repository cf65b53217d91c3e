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

/**
 * The value of a whole area from the cells of the parts that tile it (the units of the top layer):
 * numerators and denominators are summed and then divided — never an average of the parts' rates
 * (DOMAIN.md §3). A weighted mean is Σ(value × weight) / Σ weight in the same way. An unweighted
 * directly imported value (an index, a rank) has no meaningful total.
 */
export function areaTotal(
	cells: readonly IndicatorCell[],
	formula: { kind: TermKind; factor: number }
): AreaTotal {
	const summed = cells.filter((c) => c.value !== null && c.numerator !== null && c.denominator !== null);
	if (formula.kind === 'single' || summed.length === 0)
		return { value: null, covered: 0, total: cells.length };
	const numerator = summed.reduce((sum, c) => sum + c.numerator!, 0);
	const denominator = summed.reduce((sum, c) => sum + c.denominator!, 0);
	const value =
		formula.kind === 'rate'
			? rateFromSums(numerator, denominator, formula.factor)
			: weightedMean(numerator, denominator);
	return { value, covered: summed.length, total: cells.length };
}

/** What the whole-area value of an indicator is made of: its own sums, or a change of its base. */
export type TotalRecipe =
	| { kind: 'sums'; formula: { kind: TermKind; factor: number } }
	| { kind: 'change'; base: string; years: number; mode: ChangeMode };

/**
 * The whole-area value of an indicator at a date. A change indicator's total is the change of its
 * base's total (not a sum of the parts' changes), so the chain is followed down to the root.
 * `cellsAt(code, date)` gives the top layer's cells of a root indicator.
 */
export function totalAt(
	code: string,
	date: string,
	recipes: ReadonlyMap<string, TotalRecipe>,
	cellsAt: (code: string, date: string) => readonly IndicatorCell[] | undefined
): AreaTotal {
	const recipe = recipes.get(code);
	if (!recipe) return { value: null, covered: 0, total: 0 };
	if (recipe.kind === 'sums') {
		const cells = cellsAt(code, date);
		return cells ? areaTotal(cells, recipe.formula) : { value: null, covered: 0, total: 0 };
	}
	const now = totalAt(recipe.base, date, recipes, cellsAt);
	const before = totalAt(recipe.base, yearsEarlier(date, recipe.years), recipes, cellsAt);
	return {
		value: changeBetween(now.value, before.value, recipe.mode),
		covered: Math.min(now.covered, before.covered),
		total: Math.max(now.total, before.total)
	};
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
