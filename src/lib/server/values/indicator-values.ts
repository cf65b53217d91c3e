import { z } from 'zod';
import { emptyCell, type IndicatorCell } from '../../core/indicator/cell';
import {
	changeDates,
	rootDatesFor,
	rootOf,
	termKindOf,
	type ChainLink
} from '../../core/indicator/change-chain';
import type { LayerUnits } from '../../core/indicator/value-grid';
import {
	cellsOfIndicator,
	finishGrids,
	gridsFromBlocks,
	type RootTerm
} from '../../core/indicator/value-table';
import {
	needsDataLayers,
	noDataNotice,
	noNotice,
	valueNotice,
	type ValueNotice,
	type WeightRule
} from '../../core/indicator/value-notice';
import { AppError } from '../../core/errors';
import type { Database } from '../db/client';
import { findIndicatorItemsByCodes, type IndicatorListItem } from '../repositories/indicator.repository';
import {
	layersWithObservations,
	sumAcrossLayers,
	sumTermsByLayer,
	type SumTerm
} from '../repositories/indicator-values.repository';
import { datesWithAllVariables } from '../repositories/observation-read.repository';
import { findSpatialLayer, type SpatialLayerRow } from '../repositories/spatial-layer.repository';
import { findSpatialUnit, listSpatialUnits } from '../repositories/spatial-unit.repository';
import { unitsBelowByDistance } from '../repositories/unit-ancestry.repository';
import { authorize } from '../services/context';
import type { TenantContext } from '../services/tenant-context';
import { parseInput } from '../services/validation';

export interface IndicatorValue extends IndicatorCell {
	unitId: string;
	code: string;
	name: string;
}

export interface IndicatorSummary {
	code: string;
	name: string;
	shortName: string | null;
	kind: IndicatorListItem['kind'];
	unitLabel: string;
	decimals: number;
	polarity: IndicatorListItem['polarity'];
}

/** The values of one indicator at every unit of one layer at one date. */
export interface IndicatorValueSet {
	indicator: IndicatorSummary;
	layer: { code: string; name: string };
	date: string;
	values: IndicatorValue[];
	/** Estimate through a weight, or why the layer has no values (core/indicator/value-notice.ts). */
	notice: ValueNotice;
}

export interface TimeSeriesPoint extends IndicatorCell {
	date: string;
}

const code = z.string().trim().min(1).max(100);
const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT' });

export function summaryOf(item: IndicatorListItem): IndicatorSummary {
	const { code, name, shortName, kind, unitLabel, decimals, polarity } = item;
	return { code, name, shortName, kind, unitLabel, decimals, polarity };
}

function linkOf(item: IndicatorListItem): ChainLink {
	return {
		code: item.code,
		kind: item.kind,
		baseCode: item.baseCode,
		changeYears: item.changeYears,
		changeMode: item.changeMode,
		hasWeight: item.weightVariableId !== null
	};
}

/** The requested indicators and every base their change chains reach, by code. */
async function loadChains(db: Database, tenantId: string, codes: readonly string[]) {
	const items = await findIndicatorItemsByCodes(db, tenantId, codes);
	for (const wanted of codes)
		if (!items.has(wanted)) throw new AppError('indicator.not_found', { indicator: wanted });
	for (let missing = [...items.values()]; missing.length > 0;) {
		const bases = missing.flatMap((i) => (i.baseCode && !items.has(i.baseCode) ? [i.baseCode] : []));
		const found = await findIndicatorItemsByCodes(db, tenantId, bases);
		for (const [c, item] of found) items.set(c, item);
		missing = [...found.values()];
	}
	const links = new Map([...items].map(([c, item]) => [c, linkOf(item)]));
	return { items, links };
}

function rootItem(codeOf: string, items: Map<string, IndicatorListItem>, links: Map<string, ChainLink>) {
	const root = rootOf(codeOf, links);
	if (!root) throw new AppError('indicator.invalid', { indicator: codeOf, details: 'Basisindikator fehlt' });
	return items.get(root.code)!;
}

/** How the root of a chain aggregates above its values' layer: its weight, stated as a stand-in or not. */
export function weightRuleOf(root: IndicatorListItem): WeightRule {
	return {
		weight: root.weightCode ? { code: root.weightCode, name: root.weightName ?? root.weightCode } : null,
		standIn: root.weightStandIn,
		note: root.weightNote
	};
}

function rootVariableIds(root: IndicatorListItem): string[] {
	return root.kind === 'rate'
		? [...root.numeratorVariables, ...root.denominatorVariables].map((v) => v.id)
		: [root.valueVariableId!];
}

function termOf(root: IndicatorListItem): SumTerm {
	const ids = (variables: { id: string }[]) => variables.map((v) => v.id);
	if (root.kind === 'rate')
		return { a: ids(root.numeratorVariables), b: ids(root.denominatorVariables), weighted: false };
	const weight = root.weightVariableId;
	return { a: [root.valueVariableId!], b: weight ? [weight] : null, weighted: weight !== null };
}

interface ComputeRequest {
	codes: readonly string[];
	layers: readonly SpatialLayerRow[];
	dates: readonly string[];
	/** Only this unit of the (single) layer. */
	unit?: { id: string; code: string; name: string } | null;
}

function valueOf(unit: { id: string; code: string; name: string }, cell: IndicatorCell): IndicatorValue {
	const { value, numerator, denominator, covered, total, coverage, status } = cell;
	return {
		unitId: unit.id,
		code: unit.code,
		name: unit.name,
		value,
		numerator,
		denominator,
		covered,
		total,
		coverage,
		status
	};
}

/**
 * Computes the requested indicators for every unit of every layer at every date: one statement
 * for the sums of all terms, one for coverage totals, and one more only if some unit has its
 * variables at different layers. Change indicators are derived from their bases' values. All
 * reads share one snapshot, so that sums, unit lists and coverage totals belong together even
 * while an import runs.
 */
async function computeValueSets(
	db: Database,
	tenantId: string,
	request: ComputeRequest
): Promise<IndicatorValueSet[]> {
	return db.transaction(
		async (tx) => {
			const { items, links } = await loadChains(tx, tenantId, request.codes);
			const rootsByCode = new Map<string, { item: IndicatorListItem; dates: Set<string> }>();
			for (const wanted of request.codes) {
				const item = rootItem(wanted, items, links);
				const entry = rootsByCode.get(item.code) ?? { item, dates: new Set<string>() };
				for (const date of rootDatesFor(wanted, request.dates, links)) entry.dates.add(date);
				rootsByCode.set(item.code, entry);
			}
			const rootList = [...rootsByCode.values()];
			const layerIds = request.layers.map((l) => l.id);
			const unitId = request.unit?.id ?? null;
			const unitLists: { id: string; code: string; name: string }[][] = [];
			// One after the other: a transaction is one connection.
			for (const layer of request.layers)
				unitLists.push(request.unit ? [request.unit] : await listSpatialUnits(tx, tenantId, layer.id));
			const totals = await unitsBelowByDistance(tx, tenantId, layerIds, unitId);
			const blocks = await sumTermsByLayer(tx, tenantId, {
				terms: rootList.map((r) => termOf(r.item)),
				layerIds,
				dates: [...new Set(rootList.flatMap((r) => [...r.dates]))].sort(),
				unitId
			});
			const layerUnits: LayerUnits[] = unitLists.map((list) => ({
				ids: list.map((u) => u.id),
				unitsBelow: (id, distance) => totals.get(id)?.[distance] ?? 0
			}));
			const roots: RootTerm[] = rootList.map((r) => ({
				code: r.item.code,
				formula: { kind: termKindOf(linkOf(r.item)), factor: r.item.factor },
				dates: [...r.dates]
			}));
			const { grids, jobs } = gridsFromBlocks(roots, layerUnits, blocks);
			const acrossSums = await sumAcrossLayers(
				tx,
				tenantId,
				jobs.map((job) => ({ ...job, term: termOf(rootList[job.root]!.item) }))
			);
			const rootCells = finishGrids(roots, layerUnits, grids, acrossSums);
			const memo = new Map<string, IndicatorCell[]>();
			const sets: IndicatorValueSet[] = [];
			for (const wanted of request.codes) {
				const root = rootItem(wanted, items, links);
				for (const [l, layer] of request.layers.entries())
					for (const date of request.dates) {
						const cells = cellsOfIndicator(wanted, l, date, rootCells, links, memo);
						const noticeInput = {
							rootKind: root.kind === 'rate' ? ('rate' as const) : ('direct' as const),
							rule: weightRuleOf(root),
							layerName: layer.name,
							cells,
							rootCells: cellsOfIndicator(root.code, l, date, rootCells, links, memo),
							hasData: true
						};
						// Only an empty layer asks where the data lie instead (rare: one small query).
						const dataLayers = needsDataLayers(noticeInput)
							? await layersWithObservations(tx, tenantId, rootVariableIds(root), date)
							: undefined;
						sets.push({
							indicator: summaryOf(items.get(wanted)!),
							layer: { code: layer.code, name: layer.name },
							date,
							values: unitLists[l]!.map((u, i) => valueOf(u, cells[i]!)),
							notice: valueNotice({ ...noticeInput, dataLayers })
						});
					}
			}
			return sets;
		},
		{ isolationLevel: 'repeatable read', accessMode: 'read only' }
	);
}

async function layerByCode(db: Database, tenantId: string, layerCode: string): Promise<SpatialLayerRow> {
	const layer = await findSpatialLayer(db, tenantId, layerCode);
	if (!layer) throw new AppError('layer.not_found', { layer: layerCode });
	return layer;
}

/** Dates at which the indicator has values somewhere (ascending). */
export async function indicatorDates(
	db: Database,
	tenantId: string,
	indicatorCode: string
): Promise<string[]> {
	const { items, links } = await loadChains(db, tenantId, [indicatorCode]);
	const root = rootItem(indicatorCode, items, links);
	// At its own layer a direct value needs no weight; a rate needs both variables.
	const variables = rootVariableIds(root);
	let dates = await datesWithAllVariables(db, tenantId, variables);
	const chain: ChainLink[] = [];
	for (let link = links.get(indicatorCode)!; link.kind === 'change'; link = links.get(link.baseCode!)!)
		chain.unshift(link);
	for (const link of chain) dates = changeDates(dates, link.changeYears!);
	return dates;
}

export async function availableDates(tc: TenantContext, indicatorCode: string): Promise<string[]> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return indicatorDates(tc.db, tc.tenant.id, indicatorCode);
}

/** One indicator at one layer and (optionally) one date; also the key of the value cache. */
export const valuesRequest = z.object({ indicator: code, layer: code, date: isoDate.optional() });

/** One indicator at every unit of a layer, at the given date or the latest one with data. */
export async function indicatorValues(tc: TenantContext, request: unknown): Promise<IndicatorValueSet> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return computeIndicatorValues(tc, request);
}

/** `indicatorValues` for a use case that has authorized its reading already (the value cache). */
export async function computeIndicatorValues(
	tc: TenantContext,
	request: unknown
): Promise<IndicatorValueSet> {
	const { indicator, layer, date } = parseInput(valuesRequest, request);
	const { db, tenant } = tc;
	const layerRow = await layerByCode(db, tenant.id, layer);
	const at = date ?? (await indicatorDates(db, tenant.id, indicator)).at(-1);
	if (!at) return emptySet(db, tenant.id, indicator, layerRow);
	const [set] = await computeValueSets(db, tenant.id, {
		codes: [indicator],
		layers: [layerRow],
		dates: [at]
	});
	return set!;
}

/** An indicator without any data yet: its units, all missing, and no date. */
async function emptySet(
	db: Database,
	tenantId: string,
	indicatorCode: string,
	layer: SpatialLayerRow
): Promise<IndicatorValueSet> {
	const { items } = await loadChains(db, tenantId, [indicatorCode]);
	const units = await listSpatialUnits(db, tenantId, layer.id);
	return {
		indicator: summaryOf(items.get(indicatorCode)!),
		layer: { code: layer.code, name: layer.name },
		date: '',
		values: units.map((u) => valueOf(u, emptyCell)),
		notice: units.length === 0 ? noNotice : noDataNotice
	};
}

const tableRequest = z.object({
	indicators: z.array(code).min(1).max(1000),
	layers: z.array(code).min(1).max(50),
	dates: z.array(isoDate).min(1).max(500)
});

/**
 * Many indicators × layers × dates in one go (exports, caches, benchmark B2): the sums of all of
 * them come from one statement. Returns one set per indicator × layer × date, in that order.
 */
export async function indicatorValueTable(tc: TenantContext, request: unknown): Promise<IndicatorValueSet[]> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return computeValueTable(tc, request);
}

/** `indicatorValueTable` for a use case that has authorized its reading already (the value cache). */
export async function computeValueTable(tc: TenantContext, request: unknown): Promise<IndicatorValueSet[]> {
	const { indicators, layers, dates } = parseInput(tableRequest, request);
	const { db, tenant } = tc;
	const layerRows = await Promise.all(layers.map((l) => layerByCode(db, tenant.id, l)));
	return computeValueSets(db, tenant.id, {
		codes: [...new Set(indicators)],
		layers: layerRows,
		dates: [...new Set(dates)]
	});
}

const unitTableRequest = z.object({
	indicators: z.array(code).min(1).max(1000),
	layer: code,
	unit: code,
	dates: z.array(isoDate).min(1).max(500)
});

/**
 * Many indicators × dates for ONE unit: the sums are taken for that unit alone, which costs a
 * small part of a whole layer's. What an area profile's sparklines and a chosen unit's time
 * series need. Returns one set (with the one value) per indicator × date, in that order.
 */
export async function unitValueTable(tc: TenantContext, request: unknown): Promise<IndicatorValueSet[]> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return computeUnitValueTable(tc, request);
}

/** `unitValueTable` for a use case that has authorized its reading already (area profile, monitoring). */
export async function computeUnitValueTable(
	tc: TenantContext,
	request: unknown
): Promise<IndicatorValueSet[]> {
	const { indicators, layer, unit, dates } = parseInput(unitTableRequest, request);
	const { db, tenant } = tc;
	const layerRow = await layerByCode(db, tenant.id, layer);
	const unitRow = await findSpatialUnit(db, tenant.id, layerRow.id, unit);
	if (!unitRow) throw new AppError('unit.not_found', { unit, layer });
	return computeValueSets(db, tenant.id, {
		codes: [...new Set(indicators)],
		layers: [layerRow],
		dates: [...new Set(dates)],
		unit: unitRow
	});
}

const seriesRequest = z.object({ indicator: code, layer: code, unit: code });

/** One unit's values at every date the indicator has. */
export async function indicatorTimeSeries(tc: TenantContext, request: unknown): Promise<TimeSeriesPoint[]> {
	const { indicator, layer, unit } = parseInput(seriesRequest, request);
	const { db, tenant } = tc;
	authorize(tc, 'data.read', { tenantId: tenant.id });
	const layerRow = await layerByCode(db, tenant.id, layer);
	const unitRow = await findSpatialUnit(db, tenant.id, layerRow.id, unit);
	if (!unitRow) throw new AppError('unit.not_found', { unit, layer });
	const dates = await indicatorDates(db, tenant.id, indicator);
	const sets = await computeValueSets(db, tenant.id, {
		codes: [indicator],
		layers: [layerRow],
		dates,
		unit: unitRow
	});
	return sets.map((set) => {
		const { unitId: _unitId, code: _code, name: _name, ...cell } = set.values[0]!;
		return { date: set.date, ...cell };
	});
}
