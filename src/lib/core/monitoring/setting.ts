import { termKindOf, type ChainLink } from '../indicator/change-chain';
import type { ChangeMode } from '../indicator/definition';
import type { TotalRecipe } from './area-total';

/**
 * Pure parts of a monitoring view's setting (server/values/monitoring-setting.ts reads the rest):
 * how an indicator's whole-city value is made, the top layer, which date to show.
 */

/** What a whole-city recipe needs of an indicator (a row of the indicator catalogue). */
export interface RecipeSource {
	code: string;
	kind: ChainLink['kind'];
	factor: number;
	baseCode: string | null;
	changeYears: number | null;
	changeMode: ChangeMode | null;
	weightVariableId: string | null;
}

/** How each indicator's whole-city value is made: from its own sums, or as a change of its base. */
export function totalRecipes(items: readonly RecipeSource[]): Map<string, TotalRecipe> {
	return new Map(
		items.map((item): [string, TotalRecipe] => [
			item.code,
			item.kind === 'change'
				? { kind: 'change', base: item.baseCode!, years: item.changeYears!, mode: item.changeMode! }
				: {
						kind: 'sums',
						formula: {
							kind: termKindOf({ kind: item.kind, hasWeight: item.weightVariableId !== null }),
							factor: item.factor
						}
					}
		])
	);
}

/** The layer at the top of a layer's chain of parents: its units tile the whole city. */
export function topLayerOf<L extends { code: string; parentCode: string | null }>(
	layer: L,
	layers: readonly L[]
): L {
	let top = layer;
	for (let step = 0; top.parentCode && step < layers.length; step++)
		top = layers.find((l) => l.code === top.parentCode) ?? top;
	return top;
}

/**
 * The layer whose units tile the whole city, for city values without a layer of their own (home
 * page, goals of the whole tenant): the top of the finest nested layer that has units. Null when no
 * layer has units.
 */
export function cityLayerOf<
	L extends { code: string; parentCode: string | null; depth: number; unitCount: number }
>(layers: readonly L[]): L | null {
	const finest = layers.filter((l) => l.unitCount > 0).toSorted((a, b) => b.depth - a.depth)[0];
	return finest ? topLayerOf(finest, layers) : null;
}

/** The date asked for if the indicator has data then, otherwise its latest. */
export function dateToShow(dates: readonly string[], wanted: string | null | undefined): string | null {
	if (wanted && dates.includes(wanted)) return wanted;
	return dates.at(-1) ?? null;
}

/** The latest date not after `limit` (all dates when there is no limit). */
export function latestUpTo(dates: readonly string[], limit: string | null | undefined): string | null {
	const usable = limit ? dates.filter((d) => d <= limit) : dates;
	return usable.at(-1) ?? null;
}
