import { and, asc, eq, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client';
import { queryRows } from '../db/raw-query';
import {
	department,
	facility,
	goal,
	measure,
	measureBudget,
	measureFacility,
	measureGoal,
	measureMilestone,
	measureOutput,
	measurePartner,
	measureProvider,
	measureUnit,
	provider,
	spatialLayer,
	spatialUnit
} from '../db/schema';

export type MeasureRow = typeof measure.$inferSelect;
export type MeasureValues = Omit<MeasureRow, 'tenantId' | 'id' | 'createdAt' | 'updatedAt'>;
export type BudgetRow = typeof measureBudget.$inferSelect;
export type MilestoneRow = typeof measureMilestone.$inferSelect;
export type OutputRow = typeof measureOutput.$inferSelect;

/** A measure with what a list shows beside its own fields: lead department, goals and Träger. */
export interface MeasureListItem extends MeasureRow {
	leadDepartmentName: string | null;
	goalCodes: string[];
	providerIds: string[];
	unitCount: number;
}

/** The ids a measure links to, one list per kind of link. */
export interface MeasureLinks {
	goalIds: readonly string[];
	unitIds: readonly string[];
	partnerDepartmentIds: readonly string[];
	providerIds: readonly string[];
	facilityIds: readonly string[];
}

function listQuery(db: Database) {
	const goalCodes = sql<string[]>`coalesce((
		select array_agg(g.code order by g.code) from ${measureGoal} mg
		join ${goal} g on g.tenant_id = mg.tenant_id and g.id = mg.goal_id
		where mg.tenant_id = ${measure.tenantId} and mg.measure_id = ${measure.id}), '{}')`;
	const providerIds = sql<string[]>`coalesce((
		select array_agg(mp.provider_id::text order by mp.provider_id) from ${measureProvider} mp
		where mp.tenant_id = ${measure.tenantId} and mp.measure_id = ${measure.id}), '{}')`;
	const unitCount = sql<number>`(select count(*)::int from ${measureUnit} mu
		where mu.tenant_id = ${measure.tenantId} and mu.measure_id = ${measure.id})`;
	return db
		.select({ row: measure, leadDepartmentName: department.name, goalCodes, providerIds, unitCount })
		.from(measure)
		.leftJoin(
			department,
			and(eq(department.tenantId, measure.tenantId), eq(department.id, measure.leadDepartmentId))
		);
}

type ListRow = Awaited<ReturnType<ReturnType<typeof listQuery>['where']>>[number];

const toItem = ({ row, ...rest }: ListRow): MeasureListItem => ({ ...row, ...rest });

export async function listMeasures(db: Database, tenantId: string): Promise<MeasureListItem[]> {
	const rows = await listQuery(db).where(eq(measure.tenantId, tenantId)).orderBy(asc(measure.code));
	return rows.map(toItem);
}

export async function findMeasureByCode(
	db: Database,
	tenantId: string,
	code: string
): Promise<MeasureListItem | undefined> {
	const [row] = await listQuery(db).where(and(eq(measure.tenantId, tenantId), eq(measure.code, code)));
	return row ? toItem(row) : undefined;
}

export async function insertMeasure(
	db: Database,
	values: MeasureValues & { tenantId: string }
): Promise<MeasureRow> {
	const [row] = await db.insert(measure).values(values).returning();
	return row!;
}

export async function updateMeasure(
	db: Database,
	tenantId: string,
	id: string,
	values: MeasureValues & { updatedAt: Date }
): Promise<MeasureRow> {
	const [row] = await db
		.update(measure)
		.set(values)
		.where(and(eq(measure.tenantId, tenantId), eq(measure.id, id)))
		.returning();
	return row!;
}

/** Replaces every link of a measure (goals, units, partners, Träger, facilities) by the given ones. */
export async function replaceMeasureLinks(
	db: Database,
	tenantId: string,
	measureId: string,
	links: MeasureLinks
): Promise<void> {
	const of = { tenantId, measureId };
	const tables = [
		[measureGoal, links.goalIds.map((goalId) => ({ ...of, goalId }))],
		[measureUnit, links.unitIds.map((unitId) => ({ ...of, unitId }))],
		[measurePartner, links.partnerDepartmentIds.map((departmentId) => ({ ...of, departmentId }))],
		[measureProvider, links.providerIds.map((providerId) => ({ ...of, providerId }))],
		[measureFacility, links.facilityIds.map((facilityId) => ({ ...of, facilityId }))]
	] as const;
	for (const [table, rows] of tables) {
		await db.delete(table).where(and(eq(table.tenantId, tenantId), eq(table.measureId, measureId)));
		// Each pair of table and rows belongs together; TypeScript cannot follow the tuple union.
		if (rows.length > 0) await db.insert(table).values(rows as never);
	}
}

/** The links of one measure with the codes and names a page shows. */
export async function measureLinks(db: Database, tenantId: string, measureId: string) {
	const of = (t: { tenantId: AnyPgColumn; measureId: AnyPgColumn }) =>
		and(eq(t.tenantId, tenantId), eq(t.measureId, measureId));
	const [goals, units, partners, providers, facilities] = await Promise.all([
		db
			.select({ id: goal.id, code: goal.code, title: goal.title })
			.from(measureGoal)
			.innerJoin(goal, and(eq(goal.tenantId, measureGoal.tenantId), eq(goal.id, measureGoal.goalId)))
			.where(of(measureGoal))
			.orderBy(asc(goal.code)),
		db
			.select({
				id: spatialUnit.id,
				code: spatialUnit.code,
				name: spatialUnit.name,
				layerCode: spatialLayer.code,
				layerName: spatialLayer.name
			})
			.from(measureUnit)
			.innerJoin(
				spatialUnit,
				and(eq(spatialUnit.tenantId, measureUnit.tenantId), eq(spatialUnit.id, measureUnit.unitId))
			)
			.innerJoin(
				spatialLayer,
				and(eq(spatialLayer.tenantId, spatialUnit.tenantId), eq(spatialLayer.id, spatialUnit.layerId))
			)
			.where(of(measureUnit))
			.orderBy(asc(spatialLayer.code), asc(spatialUnit.code)),
		db
			.select({ id: department.id, name: department.name })
			.from(measurePartner)
			.innerJoin(
				department,
				and(eq(department.tenantId, measurePartner.tenantId), eq(department.id, measurePartner.departmentId))
			)
			.where(of(measurePartner))
			.orderBy(asc(department.name)),
		db
			.select({ id: provider.id, name: provider.name })
			.from(measureProvider)
			.innerJoin(
				provider,
				and(eq(provider.tenantId, measureProvider.tenantId), eq(provider.id, measureProvider.providerId))
			)
			.where(of(measureProvider))
			.orderBy(asc(provider.name)),
		db
			.select({ id: facility.id, code: facility.code, name: facility.name })
			.from(measureFacility)
			.innerJoin(
				facility,
				and(eq(facility.tenantId, measureFacility.tenantId), eq(facility.id, measureFacility.facilityId))
			)
			.where(of(measureFacility))
			.orderBy(asc(facility.name))
	]);
	return { goals, units, partners, providers, facilities };
}

export type MeasureLinkNames = Awaited<ReturnType<typeof measureLinks>>;

export async function budgetLines(db: Database, tenantId: string, measureId?: string): Promise<BudgetRow[]> {
	return db
		.select()
		.from(measureBudget)
		.where(
			and(
				eq(measureBudget.tenantId, tenantId),
				measureId ? eq(measureBudget.measureId, measureId) : undefined
			)
		)
		.orderBy(asc(measureBudget.year), asc(measureBudget.source), asc(measureBudget.programme));
}

export async function replaceBudgetLines(
	db: Database,
	tenantId: string,
	measureId: string,
	lines: readonly Omit<BudgetRow, 'id' | 'tenantId' | 'measureId'>[]
): Promise<void> {
	await db
		.delete(measureBudget)
		.where(and(eq(measureBudget.tenantId, tenantId), eq(measureBudget.measureId, measureId)));
	if (lines.length > 0)
		await db.insert(measureBudget).values(lines.map((line) => ({ ...line, tenantId, measureId })));
}

export async function milestones(
	db: Database,
	tenantId: string,
	measureId?: string
): Promise<MilestoneRow[]> {
	return db
		.select()
		.from(measureMilestone)
		.where(
			and(
				eq(measureMilestone.tenantId, tenantId),
				measureId ? eq(measureMilestone.measureId, measureId) : undefined
			)
		)
		.orderBy(asc(measureMilestone.dueOn), asc(measureMilestone.title));
}

export async function replaceMilestones(
	db: Database,
	tenantId: string,
	measureId: string,
	rows: readonly { title: string; dueOn: string; doneOn: string | null }[]
): Promise<void> {
	await db
		.delete(measureMilestone)
		.where(and(eq(measureMilestone.tenantId, tenantId), eq(measureMilestone.measureId, measureId)));
	if (rows.length > 0)
		await db.insert(measureMilestone).values(rows.map((row) => ({ ...row, tenantId, measureId })));
}

export async function setMilestoneDone(
	db: Database,
	tenantId: string,
	id: string,
	doneOn: string | null
): Promise<MilestoneRow | undefined> {
	const [row] = await db
		.update(measureMilestone)
		.set({ doneOn })
		.where(and(eq(measureMilestone.tenantId, tenantId), eq(measureMilestone.id, id)))
		.returning();
	return row;
}

export async function outputs(db: Database, tenantId: string, measureId: string): Promise<OutputRow[]> {
	return db
		.select()
		.from(measureOutput)
		.where(and(eq(measureOutput.tenantId, tenantId), eq(measureOutput.measureId, measureId)))
		.orderBy(asc(measureOutput.figure), asc(measureOutput.periodStart));
}

/** Writes the figure of one period; a second report for the same period replaces the first. */
export async function upsertOutput(
	db: Database,
	values: Omit<OutputRow, 'id' | 'reportedAt'> & { reportedAt: Date }
): Promise<{ before: OutputRow | undefined; after: OutputRow }> {
	const [before] = await db
		.select()
		.from(measureOutput)
		.where(
			and(
				eq(measureOutput.tenantId, values.tenantId),
				eq(measureOutput.measureId, values.measureId),
				eq(measureOutput.figure, values.figure),
				eq(measureOutput.periodStart, values.periodStart),
				eq(measureOutput.periodEnd, values.periodEnd)
			)
		);
	const [after] = await db
		.insert(measureOutput)
		.values(values)
		.onConflictDoUpdate({
			target: [
				measureOutput.tenantId,
				measureOutput.measureId,
				measureOutput.figure,
				measureOutput.periodStart,
				measureOutput.periodEnd
			],
			set: { value: values.value, reportedBy: values.reportedBy, reportedAt: values.reportedAt }
		})
		.returning();
	return { before, after: after! };
}

/** Which measure serves which goal, and which unit: the pairs the plan check needs. */
export async function measureGoalPairs(db: Database, tenantId: string) {
	return db
		.select({ measureId: measureGoal.measureId, goalId: measureGoal.goalId })
		.from(measureGoal)
		.where(eq(measureGoal.tenantId, tenantId));
}

export async function measureUnitPairs(db: Database, tenantId: string) {
	return db
		.select({ measureId: measureUnit.measureId, unitId: measureUnit.unitId })
		.from(measureUnit)
		.where(eq(measureUnit.tenantId, tenantId));
}

/**
 * The measures serving each of the given units: through the unit itself, a unit above it (a
 * measure for a Bezirk serves its Planungsräume) or a unit below it (a measure in one block of a
 * Planungsraum serves that Planungsraum in part).
 */
export async function measuresServingUnits(
	db: Database,
	tenantId: string,
	unitIds: readonly string[]
): Promise<Map<string, string[]>> {
	if (unitIds.length === 0) return new Map();
	const ids = sql.param([...unitIds]);
	const rows = await queryRows<{ unitId: string; measureId: string }>(
		db,
		sql`select distinct a.unit_id as "unitId", mu.measure_id as "measureId"
			from spatial_unit_ancestor a
			join measure_unit mu on mu.tenant_id = a.tenant_id and mu.unit_id = a.ancestor_id
			where a.tenant_id = ${tenantId} and a.unit_id = any(${ids}::uuid[])
			union
			select distinct a.ancestor_id, mu.measure_id
			from spatial_unit_ancestor a
			join measure_unit mu on mu.tenant_id = a.tenant_id and mu.unit_id = a.unit_id
			where a.tenant_id = ${tenantId} and a.ancestor_id = any(${ids}::uuid[])`
	);
	const byUnit = new Map<string, string[]>();
	for (const { unitId, measureId } of rows) byUnit.set(unitId, [...(byUnit.get(unitId) ?? []), measureId]);
	return byUnit;
}
