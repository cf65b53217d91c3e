import { z } from 'zod';
import type { ValueStatus } from '../../core/indicator/cell';
import { noDataNotice, type ValueNotice } from '../../core/indicator/value-notice';
import type { AreaTotal } from '../../core/monitoring/area-total';
import type { SpatialLayerListItem } from '../repositories/spatial-layer.repository';
import { authorize, type ServiceContext } from './context';
import { cachedValueSets } from './indicator-value-cache';
import { unitValueTable } from './indicator-values.service';
import {
	cityTotals,
	code,
	dateToShow,
	datesOf,
	indicatorOf,
	indicatorsOf,
	isoDate,
	itemOf,
	latestUpTo,
	layersOf,
	settingOf,
	unitsOf,
	type MonitoringIndicator,
	type SeriesPoint
} from './monitoring-setting';
import { resolveTenant } from './tenant.service';
import { parseInput } from './validation';

export type { MonitoringIndicator, SeriesPoint } from './monitoring-setting';

/**
 * What the monitoring workspace reads: an indicator's values on a layer with the values of the
 * parent units and the whole city beside them, time series, several indicators side by side (area
 * profiles are in area-profile.service.ts). Every
 * number comes from the value cache (indicator-value-cache.ts), so switching back and forth between
 * indicators and dates computes each set once; the whole-city value is summed from the top layer
 * (core/monitoring/area-total.ts).
 */

export interface MonitoringLayer {
	code: string;
	name: string;
	parentCode: string | null;
	unitCount: number;
}

export interface MonitoringCatalogue {
	/** The name of the whole area: the tenant's name ("Berlin"). */
	cityName: string;
	indicators: MonitoringIndicator[];
	layers: MonitoringLayer[];
}

export interface AreaValue {
	code: string;
	name: string;
	parentCode: string | null;
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	status: ValueStatus;
	coverage: number | null;
}

export interface NamedValue {
	code: string;
	name: string;
	value: number | null;
}

/** One indicator on one layer at one date, with parents and city to compare with. */
export interface AreaValueSet {
	indicator: MonitoringIndicator;
	layer: { code: string; name: string };
	/** The date shown; null when the indicator has no data yet. */
	date: string | null;
	/** Every date with data, ascending. */
	dates: string[];
	values: AreaValue[];
	/** Units with a shape: without any, the page shows no map (values delivered per code only). */
	withGeometry: number;
	parentLayer: { code: string; name: string } | null;
	parentValues: NamedValue[];
	city: AreaTotal;
	/** Estimated through a weight (named), or why the layer has no values: for legend, table, tooltip. */
	notice: ValueNotice;
}

export interface AreaSeries {
	key: string;
	label: string;
	kind: 'unit' | 'parent' | 'city';
	points: SeriesPoint[];
}

function layerOf(layer: SpatialLayerListItem): MonitoringLayer {
	return { code: layer.code, name: layer.name, parentCode: layer.parentCode, unitCount: layer.unitCount };
}

export async function monitoringCatalogue(
	ctx: ServiceContext,
	tenantSlug: string
): Promise<MonitoringCatalogue> {
	const tenant = await resolveTenant(ctx, tenantSlug);
	authorize(ctx, 'data.read', { tenantId: tenant.id });
	const [indicators, layers] = await Promise.all([indicatorsOf(ctx, tenantSlug), layersOf(ctx, tenantSlug)]);
	return { cityName: tenant.name, indicators: indicators.map(indicatorOf), layers: layers.map(layerOf) };
}

const valuesInput = z.object({ indicator: code, layer: code, date: isoDate.nullish() });

/** An indicator at every unit of a layer, with parent units' and the city's values at the same date. */
export async function areaValues(
	ctx: ServiceContext,
	tenantSlug: string,
	input: unknown
): Promise<AreaValueSet> {
	const request = parseInput(valuesInput, input);
	const setting = await settingOf(ctx, tenantSlug, request.layer);
	const item = itemOf(setting, request.indicator);
	const dates = await datesOf(ctx, tenantSlug, item.code);
	const date = dateToShow(dates, request.date);
	const units = await unitsOf(ctx, tenantSlug, setting.layer.code);
	const parentOf = new Map(units.map((u) => [u.code, u.parentCode]));
	const base = {
		indicator: indicatorOf(item),
		layer: { code: setting.layer.code, name: setting.layer.name },
		dates,
		withGeometry: units.filter((u) => u.hasGeometry).length,
		parentLayer: setting.parent ? { code: setting.parent.code, name: setting.parent.name } : null
	};
	if (!date)
		return {
			...base,
			date: null,
			values: units.map((u) => ({
				code: u.code,
				name: u.name,
				parentCode: u.parentCode,
				value: null,
				numerator: null,
				denominator: null,
				status: 'missing',
				coverage: null
			})),
			parentValues: [],
			city: { value: null, covered: 0, total: 0 },
			notice: noDataNotice
		};
	const layers = [setting.layer.code, ...(setting.parent ? [setting.parent.code] : [])];
	const [own, parent] = await cachedValueSets(ctx, tenantSlug, {
		indicators: [item.code],
		layers,
		dates: [date]
	});
	const city = await cityTotals(ctx, tenantSlug, setting.recipes, setting.top.code, [
		{ code: item.code, date }
	]);
	return {
		...base,
		date,
		values: own!.values.map((v) => ({
			code: v.code,
			name: v.name,
			parentCode: parentOf.get(v.code) ?? null,
			value: v.value,
			numerator: v.numerator,
			denominator: v.denominator,
			status: v.status,
			coverage: v.coverage
		})),
		parentValues: parent ? parent.values.map((v) => ({ code: v.code, name: v.name, value: v.value })) : [],
		city: city.get(`${item.code}|${date}`)!,
		notice: own!.notice
	};
}

const seriesInput = z.object({ indicator: code, layer: code, units: z.array(code).max(50) });

/**
 * The time series of chosen units, of their parent units and of the city, at every date the
 * indicator has: what the time-series chart compares.
 */
export async function areaSeries(
	ctx: ServiceContext,
	tenantSlug: string,
	input: unknown
): Promise<AreaSeries[]> {
	const request = parseInput(seriesInput, input);
	const setting = await settingOf(ctx, tenantSlug, request.layer);
	const item = itemOf(setting, request.indicator);
	const dates = await datesOf(ctx, tenantSlug, item.code);
	if (dates.length === 0) return [];
	const cityName = (await resolveTenant(ctx, tenantSlug)).name;
	// Unit by unit: the sums for one unit over all dates cost a fraction of a whole layer's.
	const seriesOf = async (layerCode: string, unitCode: string): Promise<SeriesPoint[]> => {
		const sets = await unitValueTable(ctx, tenantSlug, {
			indicators: [item.code],
			layer: layerCode,
			unit: unitCode,
			dates
		});
		return sets.map((set) => ({ date: set.date, value: set.values[0]?.value ?? null }));
	};
	const units = await unitsOf(ctx, tenantSlug, setting.layer.code);
	const series: AreaSeries[] = [];
	const parents: { code: string; name: string }[] = [];
	for (const wanted of request.units) {
		const unit = units.find((u) => u.code === wanted);
		if (!unit) continue;
		series.push({
			key: unit.code,
			label: unit.name,
			kind: 'unit',
			points: await seriesOf(setting.layer.code, unit.code)
		});
		if (unit.parentCode && !parents.some((p) => p.code === unit.parentCode))
			parents.push({ code: unit.parentCode, name: unit.parentCode });
	}
	if (setting.parent && parents.length > 0) {
		const parentUnits = await unitsOf(ctx, tenantSlug, setting.parent.code);
		for (const parent of parents)
			series.push({
				key: `parent:${parent.code}`,
				label: parentUnits.find((u) => u.code === parent.code)?.name ?? parent.code,
				kind: 'parent',
				points: await seriesOf(setting.parent.code, parent.code)
			});
	}
	const totals = await cityTotals(
		ctx,
		tenantSlug,
		setting.recipes,
		setting.top.code,
		dates.map((date) => ({ code: item.code, date }))
	);
	series.push({
		key: 'city',
		label: cityName,
		kind: 'city',
		points: dates.map((date) => ({ date, value: totals.get(`${item.code}|${date}`)?.value ?? null }))
	});
	return series;
}

const tableInput = z.object({
	indicators: z.array(code).min(1).max(50),
	layer: code,
	date: isoDate.nullish()
});

/**
 * Several indicators on one layer at one date (each at its latest date up to it): the scatter plot
 * and the correlation matrix read their values from here.
 */
export async function areaValueTable(
	ctx: ServiceContext,
	tenantSlug: string,
	input: unknown
): Promise<{ indicator: MonitoringIndicator; date: string | null; values: NamedValue[] }[]> {
	const request = parseInput(tableInput, input);
	const setting = await settingOf(ctx, tenantSlug, request.layer);
	const items = [...new Set(request.indicators)].map((c) => itemOf(setting, c));
	const units = await unitsOf(ctx, tenantSlug, setting.layer.code);
	const result = [];
	for (const item of items) {
		const dates = await datesOf(ctx, tenantSlug, item.code);
		const date = latestUpTo(dates, request.date);
		if (!date) {
			result.push({
				indicator: indicatorOf(item),
				date: null,
				values: units.map((u) => ({ code: u.code, name: u.name, value: null }))
			});
			continue;
		}
		const [set] = await cachedValueSets(ctx, tenantSlug, {
			indicators: [item.code],
			layers: [setting.layer.code],
			dates: [date]
		});
		result.push({
			indicator: indicatorOf(item),
			date,
			values: set!.values.map((v) => ({ code: v.code, name: v.name, value: v.value }))
		});
	}
	return result;
}
