import { z } from 'zod';
import { AppError } from '../../core/errors';
import type { IndicatorCell } from '../../core/indicator/cell';
import { termKindOf } from '../../core/indicator/change-chain';
import {
	rootDatesOfTotal,
	totalAt,
	type AreaTotal,
	type TotalRecipe
} from '../../core/monitoring/area-total';
import type { IndicatorListItem } from '../repositories/indicator.repository';
import type { SpatialLayerListItem } from '../repositories/spatial-layer.repository';
import type { ServiceContext } from './context';
import { cachedValueSets, memoForTenant } from './indicator-value-cache';
import { availableDates, summaryOf, type IndicatorSummary } from './indicator-values.service';
import { listIndicators } from './indicator.service';
import { listLayers, listUnits } from './spatial-layer.service';

/**
 * What the services of the monitoring area share: the indicators and layers of a view (its
 * "setting"), the whole-city values summed from the top layer, and the lists every view needs,
 * held under the tenant's audit stamp (memoForTenant).
 */

export const code = z.string().trim().min(1).max(100);
export const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT' });

/** An indicator as the value sets describe it, with its topic (Handlungsfeld) to group by. */
export interface MonitoringIndicator extends IndicatorSummary {
	topicCode: string | null;
	topicName: string | null;
}

export interface SeriesPoint {
	date: string;
	value: number | null;
}

export function indicatorOf(item: IndicatorListItem): MonitoringIndicator {
	return { ...summaryOf(item), topicCode: item.topicCode, topicName: item.topicName };
}

/** How each indicator's whole-city value is made: from its own sums, or as a change of its base. */
export function totalRecipes(items: readonly IndicatorListItem[]): Map<string, TotalRecipe> {
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
export function topLayerOf(
	layer: SpatialLayerListItem,
	layers: readonly SpatialLayerListItem[]
): SpatialLayerListItem {
	let top = layer;
	for (let step = 0; top.parentCode && step < layers.length; step++)
		top = layers.find((l) => l.code === top.parentCode) ?? top;
	return top;
}

/**
 * The whole-city value of indicators at dates, keyed `code|date`: the top layer's cells of the
 * roots of their change chains, fetched in one batch, summed and divided.
 */
export async function cityTotals(
	ctx: ServiceContext,
	tenantSlug: string,
	recipes: ReadonlyMap<string, TotalRecipe>,
	topLayer: string,
	wanted: readonly { code: string; date: string }[]
): Promise<Map<string, AreaTotal>> {
	const needed = new Map<string, Set<string>>();
	for (const { code, date } of wanted) rootDatesOfTotal(code, date, recipes, needed);
	const cells = new Map<string, IndicatorCell[]>();
	for (const [root, dates] of needed) {
		const sets = await cachedValueSets(ctx, tenantSlug, {
			indicators: [root],
			layers: [topLayer],
			dates: [...dates]
		});
		for (const set of sets) cells.set(`${root}|${set.date}`, set.values);
	}
	const totals = new Map<string, AreaTotal>();
	for (const { code, date } of wanted)
		totals.set(
			`${code}|${date}`,
			totalAt(code, date, recipes, (root, at) => cells.get(`${root}|${at}`))
		);
	return totals;
}

// The lists every view needs, held while the tenant's data do not change (memoForTenant).
export const indicatorsOf = (ctx: ServiceContext, slug: string) =>
	memoForTenant(ctx, slug, 'indicators', () => listIndicators(ctx, slug));
export const layersOf = (ctx: ServiceContext, slug: string) =>
	memoForTenant(ctx, slug, 'layers', () => listLayers(ctx, slug));
export const datesOf = (ctx: ServiceContext, slug: string, indicatorCode: string) =>
	memoForTenant(ctx, slug, `dates:${indicatorCode}`, () => availableDates(ctx, slug, indicatorCode));
export const unitsOf = (ctx: ServiceContext, slug: string, layerCode: string) =>
	memoForTenant(ctx, slug, `units:${layerCode}`, () => listUnits(ctx, slug, layerCode));

export interface Setting {
	items: IndicatorListItem[];
	layers: SpatialLayerListItem[];
	layer: SpatialLayerListItem;
	parent: SpatialLayerListItem | null;
	top: SpatialLayerListItem;
	recipes: Map<string, TotalRecipe>;
}

/** The indicators and the layer with its parent and top layer; 404s for unknown codes. */
export async function settingOf(
	ctx: ServiceContext,
	tenantSlug: string,
	layerCode: string
): Promise<Setting> {
	const items = await indicatorsOf(ctx, tenantSlug);
	const layers = await layersOf(ctx, tenantSlug);
	const layer = layers.find((l) => l.code === layerCode);
	if (!layer) throw new AppError('layer.not_found', { layer: layerCode });
	const parent = layers.find((l) => l.code === layer.parentCode) ?? null;
	return { items, layers, layer, parent, top: topLayerOf(layer, layers), recipes: totalRecipes(items) };
}

export function itemOf(setting: Setting, indicatorCode: string): IndicatorListItem {
	const item = setting.items.find((i) => i.code === indicatorCode);
	if (!item) throw new AppError('indicator.not_found', { indicator: indicatorCode });
	return item;
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
