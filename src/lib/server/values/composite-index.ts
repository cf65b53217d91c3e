import { z } from 'zod';
import { computeIndex, type IndexResult } from '../../core/index/compute';
import type { IndexDefinition } from '../../core/index/definition';
import { yearsEarlier } from '../../core/indicator/arithmetic';
import { AppError } from '../../core/errors';
import {
	findCompositeIndex,
	findIndexResults,
	flagValuesAtLayer,
	listCompositeIndexes as listIndexRows,
	listIndexRuns,
	type CompositeIndexRow,
	type StoredRun,
	type StoredUnitResultRow
} from '../repositories/composite-index.repository';
import { variableTotalsAtLayer } from '../repositories/observation-read.repository';
import { findSpatialLayer } from '../repositories/spatial-layer.repository';
import { listSpatialUnits } from '../repositories/spatial-unit.repository';
import { findVariablesByCodes } from '../repositories/variable.repository';
import { checkIndexDefinition } from '../services/composite-index-input';
import { authorize } from '../services/context';
import type { TenantContext } from '../services/tenant-context';
import { parseInput } from '../services/validation';
import { datesOf } from './monitoring-setting';
import { memoForTenant } from './tenant-memo';
import { readValueSets } from './value-cache';

/**
 * The reading of composite indexes (Sozialindex): definitions with their computed dates, a
 * computation at a date without storing it, and stored results. Defining and storing are use
 * cases that change things: services/composite-index.service.ts.
 */

export interface CompositeIndexOverview {
	code: string;
	name: string;
	description: string | null;
	layer: string;
	definition: IndexDefinition;
	updatedAt: Date;
	/** Dates with stored results, ascending. */
	computedDates: string[];
}

export interface IndexUnit {
	id: string;
	code: string;
	name: string;
}

/** A computation: the definition it used, the units in layer order, and the core's result. */
export interface ComputedIndex {
	definition: IndexDefinition;
	date: string;
	units: IndexUnit[];
	result: IndexResult;
}

const isoDate = z.iso.date({ error: 'Datum im Format JJJJ-MM-TT' });

async function indexRow(tc: TenantContext, code: string): Promise<CompositeIndexRow> {
	const row = await findCompositeIndex(tc.db, tc.tenant.id, code);
	if (!row) throw new AppError('index.not_found', { index: code });
	return row;
}

/** An index with its computed dates; `db` may be the transaction that just (re)defined it. */
export async function overviewOf(
	db: TenantContext['db'],
	tenantId: string,
	row: CompositeIndexRow
): Promise<CompositeIndexOverview> {
	const runs = await listIndexRuns(db, tenantId, row.id);
	return {
		code: row.code,
		name: row.name,
		description: row.definition.description,
		layer: row.layerCode,
		definition: row.definition,
		updatedAt: row.updatedAt,
		computedDates: runs.map((r) => r.date)
	};
}

export async function listCompositeIndexes(tc: TenantContext): Promise<CompositeIndexOverview[]> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const rows = await listIndexRows(tc.db, tc.tenant.id);
	return Promise.all(rows.map((row) => overviewOf(tc.db, tc.tenant.id, row)));
}

export async function getCompositeIndex(
	tc: TenantContext,
	indexCode: string
): Promise<CompositeIndexOverview> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return overviewOf(tc.db, tc.tenant.id, await indexRow(tc, indexCode));
}

/** Dates at which every status indicator has values: the dates the index can be computed for. */
export async function indexInputDates(tc: TenantContext, indexCode: string): Promise<string[]> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return commonInputDates(tc, await indexRow(tc, indexCode));
}

/** The dates every status indicator of the index has values at (the caller has authorized). */
export async function commonInputDates(tc: TenantContext, row: CompositeIndexRow): Promise<string[]> {
	let dates: string[] | null = null;
	for (const entry of row.definition.status) {
		const own = new Set(await datesOf(tc, entry.indicator));
		dates = dates === null ? [...own] : dates.filter((d) => own.has(d));
	}
	return (dates ?? []).sort();
}

/** One column per indicator, aligned to the units; NaN where a unit has no value. */
function columnOf(units: readonly IndexUnit[], values: readonly { unitId: string; value: number | null }[]) {
	const byUnit = new Map(values.map((v) => [v.unitId, v.value]));
	return Float64Array.from(units, (u) => byUnit.get(u.id) ?? Number.NaN);
}

/**
 * Reads what the definition needs at a date and computes the index; stores nothing. The values
 * come through the value cache, computed from the observations like every other view shows them.
 * A dynamics indicator with a window is x(date) − x(date − n years) in percentage points. The
 * caller has authorized the reading.
 */
export async function computeWith(
	tc: TenantContext,
	definition: IndexDefinition,
	date: string
): Promise<ComputedIndex> {
	const { db } = tc;
	const tenantId = tc.tenant.id;
	const layer = await findSpatialLayer(db, tenantId, definition.layer);
	if (!layer) throw new AppError('layer.not_found', { layer: definition.layer });
	const units: IndexUnit[] = (await listSpatialUnits(db, tenantId, layer.id)).map((u) => ({
		id: u.id,
		code: u.code,
		name: u.name
	}));
	const valuesAt = async (indicator: string, at: string) => {
		const [set] = await readValueSets(tc, {
			indicators: [indicator],
			layers: [definition.layer],
			dates: [at]
		});
		return columnOf(units, set!.values);
	};
	const status = [];
	for (const entry of definition.status) status.push(await valuesAt(entry.indicator, date));
	const dynamics = [];
	for (const entry of definition.dynamics) {
		const now = await valuesAt(entry.indicator, date);
		if (entry.windowYears === null) dynamics.push(now);
		else {
			const before = await valuesAt(entry.indicator, yearsEarlier(date, entry.windowYears));
			dynamics.push(now.map((x, i) => x - before[i]!));
		}
	}
	let population: Float64Array | null = null;
	const { minimumPopulation, populationVariable } = definition.eligibility;
	if (minimumPopulation !== null && populationVariable) {
		const variable = (await findVariablesByCodes(db, tenantId, [populationVariable])).get(populationVariable);
		if (!variable) throw new AppError('variable.not_found', { variable: populationVariable });
		// Held while the data do not change, like the value sets: the sensitivity view asks again and again.
		const totals = await memoForTenant(tc, `population:${variable.id}:${layer.id}:${date}`, () =>
			variableTotalsAtLayer(db, tenantId, variable.id, layer.id, date)
		);
		population = Float64Array.from(units, (u) => totals.get(u.id) ?? Number.NaN);
	}
	let validity: Float64Array | null = null;
	const flag = definition.eligibility.validityFlag;
	if (flag) {
		const variable = (await findVariablesByCodes(db, tenantId, [flag.variable])).get(flag.variable);
		if (!variable) throw new AppError('variable.not_found', { variable: flag.variable });
		const flags = await memoForTenant(tc, `validity:${variable.id}:${layer.id}:${date}`, () =>
			flagValuesAtLayer(db, tenantId, variable.id, layer.id, date)
		);
		validity = Float64Array.from(units, (u) => flags.get(u.id) ?? Number.NaN);
	}
	const result = computeIndex(definition, {
		units: units.map((u) => u.code),
		status,
		dynamics,
		population,
		validity
	});
	return { definition, date, units, result };
}

const computeRequest = z.object({ date: isoDate, definition: z.unknown().optional() });

/**
 * Computes an index at a date without storing it. With `definition` (a variant of the saved one,
 * for the sensitivity view) that definition is checked like a saved one and used instead.
 */
export async function computeCompositeIndex(
	tc: TenantContext,
	indexCode: string,
	input: unknown
): Promise<ComputedIndex> {
	const request = parseInput(computeRequest, input);
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const row = await indexRow(tc, indexCode);
	const definition =
		request.definition === undefined
			? row.definition
			: (await checkIndexDefinition(tc.db, tc.tenant.id, request.definition)).definition;
	return computeWith(tc, definition, request.date);
}

export interface StoredIndexResults {
	index: CompositeIndexOverview;
	run: StoredRun | null;
	results: StoredUnitResultRow[];
}

const resultsRequest = z.object({
	date: isoDate.optional(),
	unit: z.string().trim().min(1).max(100).optional()
});

/**
 * Stored results: of one date (default the latest computed), or of one unit over every date
 * (for its profile), in unit code order.
 */
export async function compositeIndexResults(
	tc: TenantContext,
	indexCode: string,
	input: unknown = {}
): Promise<StoredIndexResults> {
	const request = parseInput(resultsRequest, input);
	const { db, tenant } = tc;
	authorize(tc, 'data.read', { tenantId: tenant.id });
	const row = await indexRow(tc, indexCode);
	const index = await overviewOf(db, tenant.id, row);
	const runs = await listIndexRuns(db, tenant.id, row.id);
	if (request.unit) {
		const unit = (await listSpatialUnits(db, tenant.id, row.layerId)).find((u) => u.code === request.unit);
		if (!unit) throw new AppError('unit.not_found', { unit: request.unit, layer: row.layerCode });
		const results = await findIndexResults(db, tenant.id, row.id, { unitId: unit.id });
		return { index, run: runs.at(-1) ?? null, results };
	}
	const date = request.date ?? runs.at(-1)?.date;
	const run = runs.find((r) => r.date === date) ?? null;
	if (!run) return { index, run: null, results: [] };
	return { index, run, results: await findIndexResults(db, tenant.id, row.id, { date: run.date }) };
}
