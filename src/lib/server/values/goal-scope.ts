import { PgTransaction } from 'drizzle-orm/pg-core';
import { AppError } from '../../core/errors';
import { seriesFacts, type DatedValue, type SeriesFacts } from '../../core/planning/goal-check';
import { rootOfTotal, totalAt } from '../../core/monitoring/area-total';
import {
	cellColumns,
	sumAtPositions,
	unitPositions,
	type CellColumns
} from '../../core/monitoring/cell-columns';
import { cityLayerOf, totalRecipes } from '../../core/monitoring/setting';
import { findIndexResults } from '../repositories/composite-index.repository';
import type { TenantContext } from '../services/tenant-context';
import { datesOf, indicatorsOf, layersOf, unitsOf } from './monitoring-setting';
import { memoForTenant } from './tenant-memo';
import { readValueSets } from './value-cache';

/**
 * Where a goal is checked, resolved at the time of the check: the units of one layer (all of the top
 * layer for the whole tenant, the chosen ones, or those in one class of a social index at a date).
 */
export type GoalScopeRequest =
	| { kind: 'tenant' }
	| { kind: 'units'; layerCode: string; unitIds: readonly string[] }
	| {
			kind: 'index_class';
			indexId: string;
			layerCode: string;
			classKind: 'status' | 'dynamics' | 'combined';
			classCode: string;
			date: string;
	  };

export interface ScopeUnit {
	id: string;
	code: string;
	name: string;
}

export interface ScopeValues {
	layerCode: string;
	units: ScopeUnit[];
	/** The value of the whole scope at every date of the indicator: sums of the units, then divided. */
	scope: { date: string; value: number | null }[];
	/** The facts of each unit's own series, in the order of `units` (undefined: no values at all). */
	unitFacts: readonly (SeriesFacts | undefined)[];
}

/**
 * The facts of every unit's series of an indicator at a layer, by unit position (see
 * `positionsOf`), held while the tenant's data do not change: goals on the same indicator and layer
 * share them, so a check of many goals reads and sorts each series once.
 */
function unitFactsOf(
	tc: TenantContext,
	indicatorCode: string,
	layerCode: string,
	dates: string[]
): Promise<readonly (SeriesFacts | undefined)[]> {
	return memoForTenant(tc, `unit-facts:${indicatorCode}|${layerCode}`, async () => {
		const positionOf = await positionsOf(tc, layerCode);
		const byPosition: { date: string; value: number | null }[][] = [];
		for (const set of await readValueSets(tc, { indicators: [indicatorCode], layers: [layerCode], dates }))
			for (const v of set.values) {
				const position = positionOf.get(v.unitId);
				if (position !== undefined) (byPosition[position] ??= []).push({ date: set.date, value: v.value });
			}
		return Array.from({ length: positionOf.size }, (_, i) =>
			byPosition[i] ? seriesFacts(byPosition[i]) : undefined
		);
	});
}

/** The layer a scope's units are of: for the whole tenant, the one the city values are summed from. */
async function layerOfScope(tc: TenantContext, request: GoalScopeRequest): Promise<string> {
	if (request.kind !== 'tenant') return request.layerCode;
	const top = cityLayerOf(await layersOf(tc));
	if (!top) throw new AppError('layer.not_found', { layer: '–' });
	return top.code;
}

/** The scope's units in layer order, with their positions in the layer (see `positionsOf`). */
async function resolveUnits(
	tc: TenantContext,
	request: GoalScopeRequest
): Promise<{ layerCode: string; units: ScopeUnit[]; positions: number[] }> {
	const layerCode = await layerOfScope(tc, request);
	const all = await unitsOf(tc, layerCode);
	if (request.kind === 'tenant') return { layerCode, units: all, positions: all.map((_, i) => i) };
	const positionOf = await positionsOf(tc, layerCode);
	const ids = request.kind === 'units' ? request.unitIds : await unitsInClass(tc, request);
	// Marked by position: the scope keeps the layer's order, a unit chosen twice counts once, and
	// one no longer in the layer is no longer in the scope.
	const chosen = new Uint8Array(all.length);
	for (const id of ids) {
		const position = positionOf.get(id);
		if (position !== undefined) chosen[position] = 1;
	}
	const positions: number[] = [];
	for (let i = 0; i < chosen.length; i++) if (chosen[i]) positions.push(i);
	return { layerCode, units: positions.map((i) => all[i]!), positions };
}

/** The units of one class of a stored social index at a date, held while the tenant's data do not change. */
function unitsInClass(
	tc: TenantContext,
	request: Extract<GoalScopeRequest, { kind: 'index_class' }>
): Promise<ReadonlySet<string>> {
	const key = `index-class:${request.indexId}|${request.date}|${request.classKind}|${request.classCode}`;
	return memoForTenant(tc, key, async () => {
		const results = await findIndexResults(tc.db, tc.tenant.id, request.indexId, { date: request.date });
		const classOf = (r: (typeof results)[number]) =>
			request.classKind === 'status'
				? r.statusClass
				: request.classKind === 'dynamics'
					? r.dynamicsClass
					: r.combinedClass;
		return new Set(results.filter((r) => classOf(r) === request.classCode).map((r) => r.unitId));
	});
}

/** Where each unit of a layer stands in its cell columns, held while the tenant's data do not change. */
const positionsOf = (tc: TenantContext, layerCode: string) =>
	memoForTenant(tc, `unit-positions:${layerCode}`, async () =>
		unitPositions((await unitsOf(tc, layerCode)).map((u) => u.id))
	);

/**
 * The cells of a root indicator (one whose scope value is its own sums) at a layer, every date, as
 * columns by unit position (core/monitoring/cell-columns.ts): goals on the same indicator and layer
 * share them, and each sums only its own units.
 */
function columnsOf(
	tc: TenantContext,
	rootCode: string,
	layerCode: string
): Promise<ReadonlyMap<string, CellColumns>> {
	return memoForTenant(tc, `cell-columns:${rootCode}|${layerCode}`, async () => {
		const positionOf = await positionsOf(tc, layerCode);
		const dates = await datesOf(tc, rootCode);
		const sets = await readValueSets(tc, { indicators: [rootCode], layers: [layerCode], dates });
		return new Map(sets.map((set) => [set.date, cellColumns(set.values, positionOf)]));
	});
}

const totalRecipesOf = (tc: TenantContext) =>
	memoForTenant(tc, 'total-recipes', async () => totalRecipes(await indicatorsOf(tc)));

/**
 * The values of an indicator in a goal's scope at every date with data: each unit's own and the
 * whole scope's, summed from the units as the whole city is summed from the top layer
 * (core/monitoring/area-total.ts), so a change indicator's scope value is the change of its base's
 * scope value. Read through the value cache; the caller has authorized the use case.
 */
export async function scopeValues(
	tc: TenantContext,
	indicatorCode: string,
	request: GoalScopeRequest
): Promise<ScopeValues> {
	const items = await indicatorsOf(tc);
	if (!items.some((i) => i.code === indicatorCode))
		throw new AppError('indicator.not_found', { indicator: indicatorCode });
	const { layerCode, units, positions } = await resolveUnits(tc, request);
	const dates = await datesOf(tc, indicatorCode);
	if (dates.length === 0 || units.length === 0) return { layerCode, units, scope: [], unitFacts: [] };

	const facts = await unitFactsOf(tc, indicatorCode, layerCode, dates);
	const recipes = await totalRecipesOf(tc);
	const root = rootOfTotal(indicatorCode, recipes);
	const columns = root ? await columnsOf(tc, root, layerCode) : new Map<string, CellColumns>();
	const sumsAt = (_root: string, date: string) => {
		const atDate = columns.get(date);
		return atDate && sumAtPositions(atDate, positions);
	};
	const scope = dates.map((date) => ({ date, value: totalAt(indicatorCode, date, recipes, sumsAt).value }));
	return { layerCode, units, scope, unitFacts: positions.map((p) => facts[p]) };
}

/**
 * Reads ahead what the scopes of many goals need: each indicator and layer at once, side by side.
 * On a server each runs on its own connection, so the indicators are computed in parallel instead
 * of one after another as a check of goal after goal would ask for them; embedded they queue on the
 * one connection as before. What is read lands in the memos `scopeValues` reads from (shared by
 * every goal on the same indicator and layer). `layerCode` null: the whole tenant.
 */
export async function readScopesAhead(
	tc: TenantContext,
	scopes: readonly { indicatorCode: string; layerCode: string | null }[]
): Promise<void> {
	const known = new Set((await indicatorsOf(tc)).map((i) => i.code));
	const recipes = await totalRecipesOf(tc);
	const top = cityLayerOf(await layersOf(tc))?.code;
	const pairs = new Map<string, { indicatorCode: string; layerCode: string }>();
	for (const { indicatorCode, layerCode = null } of scopes) {
		const layer = layerCode ?? top;
		if (layer && known.has(indicatorCode))
			pairs.set(`${indicatorCode}|${layer}`, { indicatorCode, layerCode: layer });
	}
	const read = async ({ indicatorCode, layerCode }: { indicatorCode: string; layerCode: string }) => {
		const dates = await datesOf(tc, indicatorCode);
		if (dates.length === 0) return;
		await unitFactsOf(tc, indicatorCode, layerCode, dates);
		const root = rootOfTotal(indicatorCode, recipes);
		if (root) await columnsOf(tc, root, layerCode);
	};
	// A transaction is one connection: its reads go one after the other (each value computation is
	// a nested transaction, a savepoint, and savepoints must not interleave).
	if (tc.db instanceof PgTransaction) for (const pair of pairs.values()) await read(pair);
	else await Promise.all([...pairs.values()].map(read));
}

/** The scope's value at a date, or the latest before it: the baseline a goal takes from the data. */
export function valueAt(
	series: readonly { date: string; value: number | null }[],
	date: string
): DatedValue | null {
	const known = series
		.filter((p): p is DatedValue => p.value !== null && p.date <= date)
		.sort((a, b) => (a.date < b.date ? -1 : 1));
	return known.at(-1) ?? null;
}
