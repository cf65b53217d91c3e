import { z } from 'zod';
import { AppError } from '../../core/errors';
import type { IndicatorCell, ValueStatus } from '../../core/indicator/cell';
import { termKindOf } from '../../core/indicator/change-chain';
import {
	rootDatesOfTotal,
	totalAt,
	type AreaTotal,
	type TotalRecipe
} from '../../core/monitoring/area-total';
import { ranksDescending, standardScores } from '../../core/monitoring/statistics';
import type { IndicatorListItem } from '../repositories/indicator.repository';
import type { SpatialLayerListItem } from '../repositories/spatial-layer.repository';
import {
	findChildUnits,
	findNeighbourUnits,
	type RelatedUnit
} from '../repositories/unit-relations.repository';
import { authorize, type ServiceContext } from './context';
import { cachedValueSets, memoForTenant } from './indicator-value-cache';
import { availableDates, summaryOf, unitValueTable, type IndicatorSummary } from './indicator-values.service';
import { listIndicators } from './indicator.service';
import { getUnit, listLayers, listUnits } from './spatial-layer.service';
import { resolveTenant } from './tenant.service';
import { parseInput } from './validation';

/**
 * What the monitoring workspace reads: an indicator's values on a layer with the values of the
 * parent units and the whole city beside them, time series, and the profile of one area. Every
 * number comes from the value cache (indicator-value-cache.ts), so switching back and forth between
 * indicators and dates computes each set once; the whole-city value is summed from the top layer
 * (core/monitoring/area-total.ts).
 */

/** An indicator as the value sets describe it, with its topic (Handlungsfeld) to group by. */
export interface MonitoringIndicator extends IndicatorSummary {
	topicCode: string | null;
	topicName: string | null;
}

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
}

export interface SeriesPoint {
	date: string;
	value: number | null;
}

export interface AreaSeries {
	key: string;
	label: string;
	kind: 'unit' | 'parent' | 'city';
	points: SeriesPoint[];
}

const code = z.string().trim().min(1).max(100);
const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT' });

function indicatorOf(item: IndicatorListItem): MonitoringIndicator {
	return { ...summaryOf(item), topicCode: item.topicCode, topicName: item.topicName };
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

/** How each indicator's whole-city value is made: from its own sums, or as a change of its base. */
function totalRecipes(items: readonly IndicatorListItem[]): Map<string, TotalRecipe> {
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
function topLayerOf(
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
async function cityTotals(
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
const indicatorsOf = (ctx: ServiceContext, slug: string) =>
	memoForTenant(ctx, slug, 'indicators', () => listIndicators(ctx, slug));
const layersOf = (ctx: ServiceContext, slug: string) =>
	memoForTenant(ctx, slug, 'layers', () => listLayers(ctx, slug));
const datesOf = (ctx: ServiceContext, slug: string, indicatorCode: string) =>
	memoForTenant(ctx, slug, `dates:${indicatorCode}`, () => availableDates(ctx, slug, indicatorCode));
const unitsOf = (ctx: ServiceContext, slug: string, layerCode: string) =>
	memoForTenant(ctx, slug, `units:${layerCode}`, () => listUnits(ctx, slug, layerCode));

interface Setting {
	items: IndicatorListItem[];
	layers: SpatialLayerListItem[];
	layer: SpatialLayerListItem;
	parent: SpatialLayerListItem | null;
	top: SpatialLayerListItem;
	recipes: Map<string, TotalRecipe>;
}

/** The indicators and the layer with its parent and top layer; 404s for unknown codes. */
async function settingOf(ctx: ServiceContext, tenantSlug: string, layerCode: string): Promise<Setting> {
	const items = await indicatorsOf(ctx, tenantSlug);
	const layers = await layersOf(ctx, tenantSlug);
	const layer = layers.find((l) => l.code === layerCode);
	if (!layer) throw new AppError('layer.not_found', { layer: layerCode });
	const parent = layers.find((l) => l.code === layer.parentCode) ?? null;
	return { items, layers, layer, parent, top: topLayerOf(layer, layers), recipes: totalRecipes(items) };
}

function itemOf(setting: Setting, indicatorCode: string): IndicatorListItem {
	const item = setting.items.find((i) => i.code === indicatorCode);
	if (!item) throw new AppError('indicator.not_found', { indicator: indicatorCode });
	return item;
}

/** The date asked for if the indicator has data then, otherwise its latest. */
function dateToShow(dates: readonly string[], wanted: string | null | undefined): string | null {
	if (wanted && dates.includes(wanted)) return wanted;
	return dates.at(-1) ?? null;
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
			city: { value: null, covered: 0, total: 0 }
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
		city: city.get(`${item.code}|${date}`)!
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

/** The latest date not after `limit` (all dates when there is no limit). */
function latestUpTo(dates: readonly string[], limit: string | null | undefined): string | null {
	const usable = limit ? dates.filter((d) => d <= limit) : dates;
	return usable.at(-1) ?? null;
}

export interface ProfileUnitValue {
	value: number | null;
	status: ValueStatus;
	/** 1 = highest value of the layer. */
	rank: number | null;
	/** Standardised deviation from the layer's mean (population SD). */
	z: number | null;
	parentValue: number | null;
	/** The unit's values at every date of the indicator up to the profile's date. */
	series: SeriesPoint[];
}

export interface ProfileRow {
	indicator: MonitoringIndicator;
	/** The indicator's latest date up to the profile's date. */
	date: string;
	/** Units of the layer with a value: what a rank is "of". */
	ranked: number;
	cityValue: number | null;
	units: ProfileUnitValue[];
}

export interface ProfileUnit {
	code: string;
	name: string;
	parent: { code: string; name: string; layerCode: string; layerName: string } | null;
}

export interface AreaProfile {
	layer: { code: string; name: string };
	cityName: string;
	/** The profile's date: the latest date of any indicator, or the one asked for. */
	date: string | null;
	units: ProfileUnit[];
	/** One row per indicator with values on this layer at or before the date, in catalogue order. */
	rows: ProfileRow[];
}

const profileInput = z.object({ layer: code, units: z.array(code).min(1).max(12), date: isoDate.nullish() });

/**
 * Every indicator that has values on the layer, for one or more units: value, rank, standardised
 * deviation, parent and city value, and the series for a sparkline and trend. The profile of one
 * area (Sozialraum-Steckbrief) and the comparison of several both read it.
 */
export async function areaProfile(
	ctx: ServiceContext,
	tenantSlug: string,
	input: unknown
): Promise<AreaProfile> {
	const request = parseInput(profileInput, input);
	const setting = await settingOf(ctx, tenantSlug, request.layer);
	const tenant = await resolveTenant(ctx, tenantSlug);
	const layerUnits = await unitsOf(ctx, tenantSlug, setting.layer.code);
	const parentUnits = setting.parent ? await unitsOf(ctx, tenantSlug, setting.parent.code) : [];
	const units = request.units.map((wanted) => {
		const unit = layerUnits.find((u) => u.code === wanted);
		if (!unit) throw new AppError('unit.not_found', { unit: wanted, layer: setting.layer.code });
		const parent = parentUnits.find((p) => p.code === unit.parentCode);
		return {
			code: unit.code,
			name: unit.name,
			parent:
				parent && setting.parent
					? {
							code: parent.code,
							name: parent.name,
							layerCode: setting.parent.code,
							layerName: setting.parent.name
						}
					: null
		};
	});
	const datesByIndicator = new Map<string, string[]>();
	for (const item of setting.items)
		datesByIndicator.set(item.code, await datesOf(ctx, tenantSlug, item.code));
	const allDates = [...new Set([...datesByIndicator.values()].flat())].sort();
	const date = request.date && allDates.includes(request.date) ? request.date : (allDates.at(-1) ?? null);
	const profile = {
		layer: { code: setting.layer.code, name: setting.layer.name },
		cityName: tenant.name,
		date,
		units
	};
	if (!date) return { ...profile, rows: [] };

	const candidates = setting.items.flatMap((item) => {
		const dates = datesByIndicator.get(item.code)!.filter((d) => d <= date);
		return dates.length > 0 ? [{ item, dates }] : [];
	});
	if (candidates.length === 0) return { ...profile, rows: [] };
	// The whole layer only at each row's date (for ranks and z); the series unit by unit, since
	// the sums for one unit over all dates cost a fraction of a whole layer's.
	const codes = candidates.map((c) => c.item.code);
	const rowDates = [...new Set(candidates.map((c) => c.dates.at(-1)!))].sort();
	const own = await cachedValueSets(ctx, tenantSlug, {
		indicators: codes,
		layers: [setting.layer.code],
		dates: rowDates
	});
	const setAt = (i: number, at: string) => own[i * rowDates.length + rowDates.indexOf(at)]!;
	const seriesDates = [...new Set(candidates.flatMap((c) => c.dates))].sort();
	const seriesOf: Map<string, number | null>[] = [];
	for (const unit of units) {
		const sets = await unitValueTable(ctx, tenantSlug, {
			indicators: codes,
			layer: setting.layer.code,
			unit: unit.code,
			dates: seriesDates
		});
		seriesOf.push(
			new Map(sets.map((set) => [`${set.indicator.code}|${set.date}`, set.values[0]?.value ?? null]))
		);
	}
	const parents = setting.parent
		? await cachedValueSets(ctx, tenantSlug, {
				indicators: candidates.map((c) => c.item.code),
				layers: [setting.parent.code],
				dates: rowDates
			})
		: [];
	const parentAt = (i: number, at: string) => parents[i * rowDates.length + rowDates.indexOf(at)];
	const totals = await cityTotals(
		ctx,
		tenantSlug,
		setting.recipes,
		setting.top.code,
		candidates.map((c) => ({ code: c.item.code, date: c.dates.at(-1)! }))
	);

	const rows: ProfileRow[] = [];
	candidates.forEach(({ item, dates }, i) => {
		const rowDate = dates.at(-1)!;
		const set = setAt(i, rowDate);
		const values = set.values.map((v) => v.value);
		if (values.every((v) => v === null)) return;
		const ranks = ranksDescending(values);
		const scores = standardScores(values);
		rows.push({
			indicator: indicatorOf(item),
			date: rowDate,
			ranked: values.filter((v) => v !== null).length,
			cityValue: totals.get(`${item.code}|${rowDate}`)?.value ?? null,
			units: units.map((unit, u) => {
				const at = set.values.findIndex((v) => v.code === unit.code);
				const parentValue = unit.parent
					? (parentAt(i, rowDate)?.values.find((v) => v.code === unit.parent!.code)?.value ?? null)
					: null;
				return {
					value: set.values[at]!.value,
					status: set.values[at]!.status,
					rank: ranks[at] ?? null,
					z: scores[at] ?? null,
					parentValue,
					series: dates.map((d) => ({ date: d, value: seriesOf[u]!.get(`${item.code}|${d}`) ?? null }))
				};
			})
		});
	});
	return { ...profile, rows };
}

export interface UnitSurroundings {
	neighbours: RelatedUnit[];
	children: RelatedUnit[];
}

/** The neighbours of a unit on its own layer and the units directly below it. */
export async function unitSurroundings(
	ctx: ServiceContext,
	tenantSlug: string,
	layerCode: string,
	unitCode: string
): Promise<UnitSurroundings> {
	const tenant = await resolveTenant(ctx, tenantSlug);
	authorize(ctx, 'data.read', { tenantId: tenant.id });
	const setting = await settingOf(ctx, tenantSlug, layerCode);
	const unit = await getUnit(ctx, tenantSlug, layerCode, unitCode);
	const [neighbours, children] = [
		await findNeighbourUnits(ctx.db, tenant.id, unit.id, setting.layer.metricSrid),
		await findChildUnits(ctx.db, tenant.id, unit.id)
	];
	return { neighbours, children };
}
