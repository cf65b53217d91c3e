import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { queryRows } from '../db/raw-query';
import {
	compositeIndex,
	compositeIndexResult,
	compositeIndexRun,
	spatialLayer,
	spatialUnit
} from '../db/schema';
import type { IndexDefinition } from '../../core/index/definition';

export type CompositeIndexRow = Omit<typeof compositeIndex.$inferSelect, 'definition'> & {
	definition: IndexDefinition;
	layerCode: string;
};

const indexColumns = {
	tenantId: compositeIndex.tenantId,
	id: compositeIndex.id,
	code: compositeIndex.code,
	name: compositeIndex.name,
	layerId: compositeIndex.layerId,
	definition: compositeIndex.definition,
	updatedAt: compositeIndex.updatedAt,
	layerCode: spatialLayer.code
};

function selectIndexes(db: Database) {
	return db
		.select(indexColumns)
		.from(compositeIndex)
		.innerJoin(
			spatialLayer,
			and(eq(spatialLayer.tenantId, compositeIndex.tenantId), eq(spatialLayer.id, compositeIndex.layerId))
		);
}

export async function listCompositeIndexes(db: Database, tenantId: string): Promise<CompositeIndexRow[]> {
	const rows = await selectIndexes(db)
		.where(eq(compositeIndex.tenantId, tenantId))
		.orderBy(asc(compositeIndex.name));
	return rows as CompositeIndexRow[];
}

export async function findCompositeIndex(
	db: Database,
	tenantId: string,
	code: string
): Promise<CompositeIndexRow | undefined> {
	const [row] = await selectIndexes(db).where(
		and(eq(compositeIndex.tenantId, tenantId), eq(compositeIndex.code, code))
	);
	return row as CompositeIndexRow | undefined;
}

/** Inserts or replaces the definition under its code; returns the row id. */
export async function upsertCompositeIndex(
	db: Database,
	tenantId: string,
	values: { code: string; name: string; layerId: string; definition: IndexDefinition; now: Date }
): Promise<string> {
	const [row] = await db
		.insert(compositeIndex)
		.values({ tenantId, ...values, updatedAt: values.now })
		.onConflictDoUpdate({
			target: [compositeIndex.tenantId, compositeIndex.code],
			set: {
				name: values.name,
				layerId: values.layerId,
				definition: values.definition,
				updatedAt: values.now
			}
		})
		.returning({ id: compositeIndex.id });
	return row!.id;
}

export interface StoredUnitResult {
	unitId: string;
	z: { status: Record<string, number | null>; dynamics: Record<string, number | null> };
	statusIndex: number | null;
	statusClass: string | null;
	dynamicsIndex: number | null;
	dynamicsClass: string | null;
	combinedClass: string | null;
	reason: string | null;
	reasonDetail: string | null;
	dynamicsReason: string | null;
}

export interface StoredRun {
	date: string;
	definition: IndexDefinition;
	statistics: unknown;
	computedAt: Date;
	computedBy: string;
}

/** Replaces the computation of one index at one date (run and every unit's result) in one go. */
export async function replaceIndexRun(
	db: Database,
	tenantId: string,
	indexId: string,
	run: StoredRun,
	results: readonly StoredUnitResult[]
): Promise<void> {
	await db
		.delete(compositeIndexRun)
		.where(
			and(
				eq(compositeIndexRun.tenantId, tenantId),
				eq(compositeIndexRun.indexId, indexId),
				eq(compositeIndexRun.date, run.date)
			)
		);
	await db.insert(compositeIndexRun).values({ tenantId, indexId, ...run });
	const chunk = 2000;
	for (let i = 0; i < results.length; i += chunk)
		await db
			.insert(compositeIndexResult)
			.values(results.slice(i, i + chunk).map((r) => ({ tenantId, indexId, date: run.date, ...r })));
}

export async function listIndexRuns(db: Database, tenantId: string, indexId: string): Promise<StoredRun[]> {
	const rows = await db
		.select({
			date: compositeIndexRun.date,
			definition: compositeIndexRun.definition,
			statistics: compositeIndexRun.statistics,
			computedAt: compositeIndexRun.computedAt,
			computedBy: compositeIndexRun.computedBy
		})
		.from(compositeIndexRun)
		.where(and(eq(compositeIndexRun.tenantId, tenantId), eq(compositeIndexRun.indexId, indexId)))
		.orderBy(asc(compositeIndexRun.date));
	return rows as StoredRun[];
}

export interface StoredUnitResultRow extends StoredUnitResult {
	date: string;
	code: string;
	name: string;
}

/** Stored results of an index, for one date or every date, optionally of one unit; by date and code. */
export async function findIndexResults(
	db: Database,
	tenantId: string,
	indexId: string,
	filter: { date?: string; unitId?: string }
): Promise<StoredUnitResultRow[]> {
	const r = compositeIndexResult;
	const rows = await db
		.select({
			date: r.date,
			unitId: r.unitId,
			code: spatialUnit.code,
			name: spatialUnit.name,
			z: r.z,
			statusIndex: r.statusIndex,
			statusClass: r.statusClass,
			dynamicsIndex: r.dynamicsIndex,
			dynamicsClass: r.dynamicsClass,
			combinedClass: r.combinedClass,
			reason: r.reason,
			reasonDetail: r.reasonDetail,
			dynamicsReason: r.dynamicsReason
		})
		.from(r)
		.innerJoin(spatialUnit, and(eq(spatialUnit.tenantId, r.tenantId), eq(spatialUnit.id, r.unitId)))
		.where(
			and(
				eq(r.tenantId, tenantId),
				eq(r.indexId, indexId),
				filter.date ? eq(r.date, filter.date) : sql`true`,
				filter.unitId ? eq(r.unitId, filter.unitId) : sql`true`
			)
		)
		.orderBy(asc(r.date), asc(spatialUnit.code));
	return rows as StoredUnitResultRow[];
}

/**
 * A flag variable at the units of a layer: each unit's own latest observation on or before the
 * date (a validity flag is set per unit and holds until it is set again); never summed from below.
 */
export async function flagValuesAtLayer(
	db: Database,
	tenantId: string,
	variableId: string,
	layerId: string,
	date: string
): Promise<Map<string, number>> {
	const rows = await queryRows<{ unitId: string; value: number }>(
		db,
		sql`select distinct on (o.unit_id) o.unit_id as "unitId", o.value::float8 as value
			from observation o
			join spatial_unit u on u.tenant_id = o.tenant_id and u.id = o.unit_id
			where o.tenant_id = ${tenantId} and o.variable_id = ${variableId} and u.layer_id = ${layerId}
				and o.date <= ${date}::date
			order by o.unit_id, o.date desc`
	);
	return new Map(rows.map((r) => [r.unitId, Number(r.value)]));
}
