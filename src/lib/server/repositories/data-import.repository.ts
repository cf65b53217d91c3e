import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { execute, queryRows } from '../db/raw-query';
import { dataImport, spatialLayer } from '../db/schema';

export type DataImportRow = typeof dataImport.$inferSelect;
export type NewDataImport = typeof dataImport.$inferInsert;

/** An import as listed: its provenance without the (possibly long) details. */
export type DataImportSummary = Omit<DataImportRow, 'details'> & {
	layerCode: string | null;
	/** How many warnings the import reported (repaired geometries, units without parent …). */
	warningCount: number;
};

export async function insertDataImport(db: Database, values: NewDataImport): Promise<void> {
	await db.insert(dataImport).values(values);
}

const summaryColumns = {
	tenantId: dataImport.tenantId,
	id: dataImport.id,
	kind: dataImport.kind,
	fileName: dataImport.fileName,
	sha256: dataImport.sha256,
	userId: dataImport.userId,
	actor: dataImport.actor,
	at: dataImport.at,
	rows: dataImport.rows,
	layerId: dataImport.layerId,
	variableCodes: dataImport.variableCodes,
	status: dataImport.status,
	rolledBackAt: dataImport.rolledBackAt,
	layerCode: spatialLayer.code,
	warningCount: sql<number>`coalesce(jsonb_array_length(${dataImport.details}->'warnings'), 0)::int`
};

export async function listDataImports(
	db: Database,
	tenantId: string,
	options: { limit: number; offset: number }
): Promise<{ rows: DataImportSummary[]; total: number }> {
	const rows = await db
		.select(summaryColumns)
		.from(dataImport)
		.leftJoin(
			spatialLayer,
			and(eq(spatialLayer.tenantId, dataImport.tenantId), eq(spatialLayer.id, dataImport.layerId))
		)
		.where(eq(dataImport.tenantId, tenantId))
		.orderBy(desc(dataImport.at), desc(dataImport.id))
		.limit(options.limit)
		.offset(options.offset);
	const [count] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(dataImport)
		.where(eq(dataImport.tenantId, tenantId));
	return { rows, total: count?.n ?? 0 };
}

export async function findDataImport(
	db: Database,
	tenantId: string,
	id: string
): Promise<(DataImportRow & { layerCode: string | null }) | null> {
	const [row] = await db
		.select({ ...summaryColumns, details: dataImport.details })
		.from(dataImport)
		.leftJoin(
			spatialLayer,
			and(eq(spatialLayer.tenantId, dataImport.tenantId), eq(spatialLayer.id, dataImport.layerId))
		)
		.where(and(eq(dataImport.tenantId, tenantId), eq(dataImport.id, id)));
	return row ?? null;
}

/** Locks the import's row for the rollback, so two rollbacks of the same import cannot interleave. */
export async function lockDataImport(db: Database, tenantId: string, id: string): Promise<void> {
	await db.execute(sql`select 1 from data_import where tenant_id = ${tenantId} and id = ${id} for update`);
}

export async function markRolledBack(db: Database, tenantId: string, id: string, at: Date): Promise<void> {
	await db
		.update(dataImport)
		.set({ status: 'rolled_back', rolledBackAt: at })
		.where(and(eq(dataImport.tenantId, tenantId), eq(dataImport.id, id)));
}

/** Committed unit imports into the same layer since the given one (same instant counts): a rollback would undo their work. */
export async function laterUnitImports(
	db: Database,
	tenantId: string,
	layerId: string,
	after: Date,
	exceptId: string
): Promise<{ id: string; fileName: string; at: Date }[]> {
	const rows = await db
		.select({ id: dataImport.id, fileName: dataImport.fileName, at: dataImport.at })
		.from(dataImport)
		.where(
			and(
				eq(dataImport.tenantId, tenantId),
				eq(dataImport.layerId, layerId),
				eq(dataImport.kind, 'units'),
				eq(dataImport.status, 'committed'),
				gte(dataImport.at, after)
			)
		)
		.orderBy(dataImport.at);
	return rows.filter((r) => r.id !== exceptId);
}

/**
 * Undoes an observation import: its values are deleted and the values it replaced restored where
 * no later import has replaced them since. Where one has, that later import's record of what it
 * replaced is pointed past this import, so that rolling it back later restores the right value.
 */
export async function rollbackObservations(
	db: Database,
	tenantId: string,
	importId: string
): Promise<{ deleted: number; restored: number }> {
	const deleted = await execute(
		db,
		sql`delete from observation where tenant_id = ${tenantId} and import_id = ${importId}`
	);
	const restored = await execute(
		db,
		sql`insert into observation (tenant_id, variable_id, unit_id, date, value, import_id)
			select r.tenant_id, r.variable_id, r.unit_id, r.date, r.value, r.previous_import_id
			from observation_replaced r
			where r.tenant_id = ${tenantId} and r.import_id = ${importId} and not exists (
				select 1 from observation o where o.tenant_id = r.tenant_id and o.variable_id = r.variable_id
					and o.unit_id = r.unit_id and o.date = r.date
			)`
	);
	await db.execute(sql`update observation_replaced r set value = b.value, previous_import_id = b.previous_import_id
		from observation_replaced b
		where r.tenant_id = ${tenantId} and r.previous_import_id = ${importId}
			and b.tenant_id = ${tenantId} and b.import_id = ${importId}
			and b.variable_id = r.variable_id and b.unit_id = r.unit_id and b.date = r.date`);
	await db.execute(
		sql`delete from observation_replaced where tenant_id = ${tenantId} and previous_import_id = ${importId}`
	);
	await db.execute(
		sql`delete from observation_replaced where tenant_id = ${tenantId} and import_id = ${importId}`
	);
	await db.execute(
		sql`delete from observation_missing where tenant_id = ${tenantId} and import_id = ${importId}`
	);
	return { deleted, restored };
}

/** What depends on the units an import created: values stored for them, and child units of other imports. */
export async function dependentsOfImportedUnits(
	db: Database,
	tenantId: string,
	importId: string
): Promise<{
	observations: { variable: string; n: number }[];
	children: { layer: string; n: number }[];
	goals: string[];
	measures: string[];
}> {
	const observations = await queryRows<{ variable: string; n: number }>(
		db,
		sql`select v.code as variable, count(*)::int as n
			from observation o
			join spatial_unit u on u.tenant_id = o.tenant_id and u.id = o.unit_id
			join variable v on v.tenant_id = o.tenant_id and v.id = o.variable_id
			where o.tenant_id = ${tenantId} and u.import_id = ${importId}
			group by v.code order by v.code`
	);
	const children = await queryRows<{ layer: string; n: number }>(
		db,
		sql`select l.name as layer, count(*)::int as n
			from spatial_unit c
			join spatial_unit p on p.tenant_id = c.tenant_id and p.id = c.parent_unit_id
			join spatial_layer l on l.tenant_id = c.tenant_id and l.id = c.layer_id
			where c.tenant_id = ${tenantId} and p.import_id = ${importId} and c.import_id is distinct from ${importId}
			group by l.name order by l.name`
	);
	// Goals and measures of the plan that name units of the import (their scope, the areas they serve).
	const goals = await queryRows<{ code: string }>(
		db,
		sql`select distinct g.code from goal_unit gu
			join goal g on g.tenant_id = gu.tenant_id and g.id = gu.goal_id
			join spatial_unit u on u.tenant_id = gu.tenant_id and u.id = gu.unit_id
			where gu.tenant_id = ${tenantId} and u.import_id = ${importId} order by g.code`
	);
	const measures = await queryRows<{ code: string }>(
		db,
		sql`select distinct m.code from measure_unit mu
			join measure m on m.tenant_id = mu.tenant_id and m.id = mu.measure_id
			join spatial_unit u on u.tenant_id = mu.tenant_id and u.id = mu.unit_id
			where mu.tenant_id = ${tenantId} and u.import_id = ${importId} order by m.code`
	);
	return { observations, children, goals: goals.map((g) => g.code), measures: measures.map((m) => m.code) };
}

/** Undoes a unit import: units it updated get their former state back, units it created are deleted. */
export async function rollbackUnits(
	db: Database,
	tenantId: string,
	importId: string
): Promise<{ deleted: number; restored: number }> {
	const restored = await execute(
		db,
		sql`update spatial_unit u set name = r.name, parent_unit_id = r.parent_unit_id, geom = r.geom
			from spatial_unit_replaced r
			where u.tenant_id = ${tenantId} and r.tenant_id = ${tenantId} and r.import_id = ${importId} and u.id = r.unit_id`
	);
	await db.execute(
		sql`delete from spatial_unit_replaced where tenant_id = ${tenantId} and import_id = ${importId}`
	);
	// The goal ratings of these units were derived from values that are gone already (a unit import
	// is rolled back only after the values of its units): they go with their units.
	await db.execute(
		sql`delete from goal_rating_entry r using spatial_unit u
			where r.tenant_id = ${tenantId} and u.tenant_id = ${tenantId} and u.import_id = ${importId} and r.unit_id = u.id`
	);
	const deleted = await execute(
		db,
		sql`delete from spatial_unit where tenant_id = ${tenantId} and import_id = ${importId}`
	);
	return { deleted, restored };
}
