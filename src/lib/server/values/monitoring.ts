import { z } from 'zod';
import type { ValueStatus } from '../../core/indicator/cell';
import { noDataNotice, type ValueNotice } from '../../core/indicator/value-notice';
import type { AreaTotal } from '../../core/monitoring/area-total';
import type { SpatialLayerListItem } from '../repositories/spatial-layer.repository';
import { dateToShow, latestUpTo } from '../../core/monitoring/setting';
import { authorize } from '../services/context';
import type { TenantContext } from '../services/tenant-context';
import { parseInput } from '../services/validation';
import { computeUnitValueTable } from './indicator-values';
import {
	cityTotals,
	code,
	datesOf,
	indicatorOf,
	indicatorsOf,
	isoDate,
	itemOf,
	layersOf,
	settingOf,
	unitsOf,
	type MonitoringIndicator,
	type SeriesPoint
} from './monitoring-setting';
import { readValueSets } from './value-cache';

export type { MonitoringIndicator, SeriesPoint } from './monitoring-setting';

/**
 * What the monitoring workspace reads: an indicator's values on a layer with the values of the
 * parent units and the whole city beside them, time series, several indicators side by side (area
 * profiles are in area-profile.ts). Every
 * number comes from the value cache (value-cache.ts), so switching back and forth between
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

export async function monitoringCatalogue(tc: TenantContext): Promise<MonitoringCatalogue> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const [indicators, layers] = await Promise.all([indicatorsOf(tc), layersOf(tc)]);
	return { cityName: tc.tenant.name, indicators: indicators.map(indicatorOf), layers: layers.map(layerOf) };
}

const valuesInput = z.object({ indicator: code, layer: code, date: isoDate.nullish() });

/** An indicator at every unit of a layer, with parent units' and the city's values at the same date. */
export async function areaValues(tc: TenantContext, input: unknown): Promise<AreaValueSet> {
	const request = parseInput(valuesInput, input);
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const setting = await settingOf(tc, request.layer);
	const item = itemOf(setting, request.indicator);
	const dates = await datesOf(tc, item.code);
	const date = dateToShow(dates, request.date);
	const units = await unitsOf(tc, setting.layer.code);
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
	const [own, parent] = await readValueSets(tc, {
		indicators: [item.code],
		layers,
		dates: [date]
	});
	const city = await cityTotals(tc, setting.recipes, setting.top.code, [{ code: item.code, date }]);
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
export async function areaSeries(tc: TenantContext, input: unknown): Promise<AreaSeries[]> {
	const request = parseInput(seriesInput, input);
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const setting = await settingOf(tc, request.layer);
	const item = itemOf(setting, request.indicator);
	const dates = await datesOf(tc, item.code);
	if (dates.length === 0) return [];
	const cityName = tc.tenant.name;
	// Unit by unit: the sums for one unit over all dates cost a fraction of a whole layer's.
	const seriesOf = async (layerCode: string, unitCode: string): Promise<SeriesPoint[]> => {
		const sets = await computeUnitValueTable(tc, {
			indicators: [item.code],
			layer: layerCode,
			unit: unitCode,
			dates
		});
		return sets.map((set) => ({ date: set.date, value: set.values[0]?.value ?? null }));
	};
	const units = await unitsOf(tc, setting.layer.code);
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
		const parentUnits = await unitsOf(tc, setting.parent.code);
		for (const parent of parents)
			series.push({
				key: `parent:${parent.code}`,
				label: parentUnits.find((u) => u.code === parent.code)?.name ?? parent.code,
				kind: 'parent',
				points: await seriesOf(setting.parent.code, parent.code)
			});
	}
	const totals = await cityTotals(
		tc,
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
	tc: TenantContext,
	input: unknown
): Promise<{ indicator: MonitoringIndicator; date: string | null; values: NamedValue[] }[]> {
	const request = parseInput(tableInput, input);
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const setting = await settingOf(tc, request.layer);
	const items = [...new Set(request.indicators)].map((c) => itemOf(setting, c));
	const units = await unitsOf(tc, setting.layer.code);
	const result = [];
	for (const item of items) {
		const dates = await datesOf(tc, item.code);
		const date = latestUpTo(dates, request.date);
		if (!date) {
			result.push({
				indicator: indicatorOf(item),
				date: null,
				values: units.map((u) => ({ code: u.code, name: u.name, value: null }))
			});
			continue;
		}
		const [set] = await readValueSets(tc, {
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
