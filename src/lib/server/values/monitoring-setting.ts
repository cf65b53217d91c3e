import { z } from 'zod';
import { AppError } from '../../core/errors';
import type { IndicatorCell } from '../../core/indicator/cell';
import {
	rootDatesOfTotal,
	sumCells,
	totalAt,
	type AreaTotal,
	type TotalRecipe
} from '../../core/monitoring/area-total';
import { topLayerOf, totalRecipes } from '../../core/monitoring/setting';
import { listIndicatorItems, type IndicatorListItem } from '../repositories/indicator.repository';
import {
	findSpatialLayer,
	listSpatialLayers,
	type SpatialLayerListItem
} from '../repositories/spatial-layer.repository';
import { listSpatialUnits } from '../repositories/spatial-unit.repository';
import type { TenantContext } from '../services/tenant-context';
import { indicatorDates, summaryOf, type IndicatorSummary } from './indicator-values';
import { memoForTenant } from './tenant-memo';
import { readValueSets } from './value-cache';

/**
 * What the reading of the monitoring area shares: the indicators and layers of a view (its
 * "setting"), the whole-city values summed from the top layer, and the lists every view needs,
 * held under the tenant's data version (tenant-memo.ts). None of these authorize: they serve use
 * cases that asked the policy once already.
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

/**
 * The whole-city value of indicators at dates, keyed `code|date`: the top layer's cells of the
 * roots of their change chains, fetched in one batch, summed and divided. With `unitIds`, the value
 * of those units of the layer together (a goal's scope) instead of the whole city.
 */
export async function cityTotals(
	tc: TenantContext,
	recipes: ReadonlyMap<string, TotalRecipe>,
	topLayer: string,
	wanted: readonly { code: string; date: string }[],
	unitIds?: ReadonlySet<string>
): Promise<Map<string, AreaTotal>> {
	const needed = new Map<string, Set<string>>();
	for (const { code, date } of wanted) rootDatesOfTotal(code, date, recipes, needed);
	const cells = new Map<string, IndicatorCell[]>();
	for (const [root, dates] of needed) {
		const sets = await readValueSets(tc, { indicators: [root], layers: [topLayer], dates: [...dates] });
		for (const set of sets)
			cells.set(
				`${root}|${set.date}`,
				unitIds ? set.values.filter((v) => unitIds.has(v.unitId)) : set.values
			);
	}
	const totals = new Map<string, AreaTotal>();
	for (const { code, date } of wanted)
		totals.set(
			`${code}|${date}`,
			totalAt(code, date, recipes, (root, at) => {
				const found = cells.get(`${root}|${at}`);
				return found && sumCells(found);
			})
		);
	return totals;
}

// The lists every view needs, held while the tenant's data do not change (tenant-memo.ts).
export const indicatorsOf = (tc: TenantContext) =>
	memoForTenant(tc, 'indicators', () => listIndicatorItems(tc.db, tc.tenant.id));
export const layersOf = (tc: TenantContext) =>
	memoForTenant(tc, 'layers', () => listSpatialLayers(tc.db, tc.tenant.id));
export const datesOf = (tc: TenantContext, indicatorCode: string) =>
	memoForTenant(tc, `dates:${indicatorCode}`, () => indicatorDates(tc.db, tc.tenant.id, indicatorCode));
export const unitsOf = (tc: TenantContext, layerCode: string) =>
	memoForTenant(tc, `units:${layerCode}`, async () => {
		const layer = await findSpatialLayer(tc.db, tc.tenant.id, layerCode);
		if (!layer) throw new AppError('layer.not_found', { layer: layerCode });
		return listSpatialUnits(tc.db, tc.tenant.id, layer.id);
	});

export interface Setting {
	items: IndicatorListItem[];
	layers: SpatialLayerListItem[];
	layer: SpatialLayerListItem;
	parent: SpatialLayerListItem | null;
	top: SpatialLayerListItem;
	recipes: Map<string, TotalRecipe>;
}

/** The indicators and the layer with its parent and top layer; 404s for unknown codes. */
export async function settingOf(tc: TenantContext, layerCode: string): Promise<Setting> {
	const items = await indicatorsOf(tc);
	const layers = await layersOf(tc);
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
