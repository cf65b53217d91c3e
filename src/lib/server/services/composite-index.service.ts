import { z } from 'zod';
import { computeIndex, type IndexResult, type UnitIndexResult } from '../../core/index/compute';
import type { IndexDefinition } from '../../core/index/definition';
import { yearsEarlier } from '../../core/indicator/arithmetic';
import { AppError } from '../../core/errors';
import {
	findCompositeIndex,
	findIndexResults,
	flagValuesAtLayer,
	listCompositeIndexes as listIndexRows,
	listIndexRuns,
	replaceIndexRun,
	upsertCompositeIndex,
	type CompositeIndexRow,
	type StoredRun,
	type StoredUnitResult,
	type StoredUnitResultRow
} from '../repositories/composite-index.repository';
import { variableTotalsAtLayer } from '../repositories/observation-read.repository';
import { findSpatialLayer } from '../repositories/spatial-layer.repository';
import { listSpatialUnits } from '../repositories/spatial-unit.repository';
import { findVariablesByCodes } from '../repositories/variable.repository';
import { recordChange } from './audit.service';
import { checkIndexDefinition } from './composite-index-input';
import { actorLabel, authorize, type ServiceContext } from './context';
import { cachedValueSets, memoForTenant } from './indicator-value-cache';
import { datesOf } from './monitoring-setting';
import { resolveTenant } from './tenant.service';
import { parseInput } from './validation';

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

async function indexRow(ctx: ServiceContext, tenantId: string, code: string): Promise<CompositeIndexRow> {
	const row = await findCompositeIndex(ctx.db, tenantId, code);
	if (!row) throw new AppError('index.not_found', { index: code });
	return row;
}

async function overviewOf(ctx: ServiceContext, tenantId: string, row: CompositeIndexRow) {
	const runs = await listIndexRuns(ctx.db, tenantId, row.id);
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

/** Defines an index or replaces the definition with the same code; audited with before and after. */
export async function defineCompositeIndex(
	ctx: ServiceContext,
	tenantSlug: string,
	input: unknown
): Promise<CompositeIndexOverview> {
	const tenant = await resolveTenant(ctx, tenantSlug);
	authorize(ctx, 'data.write', { tenantId: tenant.id });
	return ctx.db.transaction(async (tx) => {
		const { definition, layer } = await checkIndexDefinition(tx, tenant.id, input);
		const before = await findCompositeIndex(tx, tenant.id, definition.code);
		const id = await upsertCompositeIndex(tx, tenant.id, {
			code: definition.code,
			name: definition.name,
			layerId: layer.id,
			definition,
			now: ctx.now
		});
		await recordChange(tx, ctx, {
			tenantId: tenant.id,
			entity: 'composite_index',
			entityId: id,
			action: before ? 'update' : 'create',
			before: before?.definition,
			after: definition
		});
		return overviewOf(
			{ ...ctx, db: tx },
			tenant.id,
			(await findCompositeIndex(tx, tenant.id, definition.code))!
		);
	});
}

export async function listCompositeIndexes(
	ctx: ServiceContext,
	tenantSlug: string
): Promise<CompositeIndexOverview[]> {
	const tenant = await resolveTenant(ctx, tenantSlug);
	authorize(ctx, 'data.read', { tenantId: tenant.id });
	const rows = await listIndexRows(ctx.db, tenant.id);
	return Promise.all(rows.map((row) => overviewOf(ctx, tenant.id, row)));
}

export async function getCompositeIndex(
	ctx: ServiceContext,
	tenantSlug: string,
	indexCode: string
): Promise<CompositeIndexOverview> {
	const tenant = await resolveTenant(ctx, tenantSlug);
	authorize(ctx, 'data.read', { tenantId: tenant.id });
	return overviewOf(ctx, tenant.id, await indexRow(ctx, tenant.id, indexCode));
}

/** Dates at which every status indicator has values: the dates the index can be computed for. */
export async function indexInputDates(
	ctx: ServiceContext,
	tenantSlug: string,
	indexCode: string
): Promise<string[]> {
	const tenant = await resolveTenant(ctx, tenantSlug);
	authorize(ctx, 'data.read', { tenantId: tenant.id });
	const row = await indexRow(ctx, tenant.id, indexCode);
	let dates: string[] | null = null;
	for (const entry of row.definition.status) {
		const own = new Set(await datesOf(ctx, tenantSlug, entry.indicator));
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
 * A dynamics indicator with a window is x(date) − x(date − n years) in percentage points.
 */
async function computeWith(
	ctx: ServiceContext,
	tenantSlug: string,
	tenantId: string,
	definition: IndexDefinition,
	date: string
): Promise<ComputedIndex> {
	const layer = await findSpatialLayer(ctx.db, tenantId, definition.layer);
	if (!layer) throw new AppError('layer.not_found', { layer: definition.layer });
	const units: IndexUnit[] = (await listSpatialUnits(ctx.db, tenantId, layer.id)).map((u) => ({
		id: u.id,
		code: u.code,
		name: u.name
	}));
	const valuesAt = async (indicator: string, at: string) => {
		const [set] = await cachedValueSets(ctx, tenantSlug, {
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
		const variable = (await findVariablesByCodes(ctx.db, tenantId, [populationVariable])).get(
			populationVariable
		);
		if (!variable) throw new AppError('variable.not_found', { variable: populationVariable });
		// Held while the data do not change, like the value sets: the sensitivity view asks again and again.
		const totals = await memoForTenant(ctx, tenantSlug, `population:${variable.id}:${layer.id}:${date}`, () =>
			variableTotalsAtLayer(ctx.db, tenantId, variable.id, layer.id, date)
		);
		population = Float64Array.from(units, (u) => totals.get(u.id) ?? Number.NaN);
	}
	let validity: Float64Array | null = null;
	const flag = definition.eligibility.validityFlag;
	if (flag) {
		const variable = (await findVariablesByCodes(ctx.db, tenantId, [flag.variable])).get(flag.variable);
		if (!variable) throw new AppError('variable.not_found', { variable: flag.variable });
		const flags = await memoForTenant(ctx, tenantSlug, `validity:${variable.id}:${layer.id}:${date}`, () =>
			flagValuesAtLayer(ctx.db, tenantId, variable.id, layer.id, date)
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
	ctx: ServiceContext,
	tenantSlug: string,
	indexCode: string,
	input: unknown
): Promise<ComputedIndex> {
	const request = parseInput(computeRequest, input);
	const tenant = await resolveTenant(ctx, tenantSlug);
	authorize(ctx, 'data.read', { tenantId: tenant.id });
	const row = await indexRow(ctx, tenant.id, indexCode);
	const definition =
		request.definition === undefined
			? row.definition
			: (await checkIndexDefinition(ctx.db, tenant.id, request.definition)).definition;
	return computeWith(ctx, tenantSlug, tenant.id, definition, request.date);
}

function storedOf(unit: IndexUnit, r: UnitIndexResult, definition: IndexDefinition): StoredUnitResult {
	const zOf = (codes: readonly { indicator: string }[], z: readonly (number | null)[]) =>
		Object.fromEntries(codes.map((c, i) => [c.indicator, z[i] ?? null]));
	return {
		unitId: unit.id,
		z: { status: zOf(definition.status, r.statusZ), dynamics: zOf(definition.dynamics, r.dynamicsZ) },
		statusIndex: r.statusIndex,
		statusClass: r.statusClass?.code ?? null,
		dynamicsIndex: r.dynamicsIndex,
		dynamicsClass: r.dynamicsClass?.code ?? null,
		combinedClass: r.combinedClass,
		reason: r.reason,
		reasonDetail: r.reasonDetail,
		dynamicsReason: r.dynamicsReason
	};
}

const storeRequest = z.object({ dates: z.array(isoDate).max(200).optional() });

/**
 * Computes the index at the given dates (default: every date that has the data) and stores the
 * results with the definition and statistics they came from, replacing earlier ones; one audit
 * entry per date. Returns the computations.
 */
export async function storeCompositeIndex(
	ctx: ServiceContext,
	tenantSlug: string,
	indexCode: string,
	input: unknown = {}
): Promise<ComputedIndex[]> {
	const request = parseInput(storeRequest, input);
	const tenant = await resolveTenant(ctx, tenantSlug);
	authorize(ctx, 'data.write', { tenantId: tenant.id });
	const row = await indexRow(ctx, tenant.id, indexCode);
	const dates = request.dates ?? (await indexInputDates(ctx, tenantSlug, indexCode));
	if (dates.length === 0)
		throw new AppError('index.no_data', {
			index: indexCode,
			date: '–',
			details: 'Für die Statusindikatoren gibt es keinen gemeinsamen Stichtag mit Werten.'
		});
	const computed: ComputedIndex[] = [];
	for (const date of dates)
		computed.push(await computeWith(ctx, tenantSlug, tenant.id, row.definition, date));
	await ctx.db.transaction(async (tx) => {
		for (const c of computed) {
			const run: StoredRun = {
				date: c.date,
				definition: c.definition,
				statistics: c.result.statistics,
				computedAt: ctx.now,
				computedBy: actorLabel(ctx.actor)
			};
			await replaceIndexRun(
				tx,
				tenant.id,
				row.id,
				run,
				c.units.map((u, i) => storedOf(u, c.result.units[i]!, c.definition))
			);
			await recordChange(tx, ctx, {
				tenantId: tenant.id,
				entity: 'composite_index_run',
				entityId: row.id,
				action: 'update',
				after: { index: row.code, date: c.date, eligible: c.result.eligibleCount }
			});
		}
	});
	return computed;
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
	ctx: ServiceContext,
	tenantSlug: string,
	indexCode: string,
	input: unknown = {}
): Promise<StoredIndexResults> {
	const request = parseInput(resultsRequest, input);
	const tenant = await resolveTenant(ctx, tenantSlug);
	authorize(ctx, 'data.read', { tenantId: tenant.id });
	const row = await indexRow(ctx, tenant.id, indexCode);
	const index = await overviewOf(ctx, tenant.id, row);
	const runs = await listIndexRuns(ctx.db, tenant.id, row.id);
	if (request.unit) {
		const unit = (await listSpatialUnits(ctx.db, tenant.id, row.layerId)).find(
			(u) => u.code === request.unit
		);
		if (!unit) throw new AppError('unit.not_found', { unit: request.unit, layer: row.layerCode });
		const results = await findIndexResults(ctx.db, tenant.id, row.id, { unitId: unit.id });
		return { index, run: runs.at(-1) ?? null, results };
	}
	const date = request.date ?? runs.at(-1)?.date;
	const run = runs.find((r) => r.date === date) ?? null;
	if (!run) return { index, run: null, results: [] };
	return { index, run, results: await findIndexResults(ctx.db, tenant.id, row.id, { date: run.date }) };
}
