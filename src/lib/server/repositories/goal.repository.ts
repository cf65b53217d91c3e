import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { department, goal, goalUnit, indicator, spatialLayer, topic } from '../db/schema';

export type GoalRow = typeof goal.$inferSelect;
export type GoalValues = Omit<GoalRow, 'tenantId' | 'id' | 'createdAt' | 'updatedAt'>;

/** A goal with the codes and names a list or a form shows beside its ids. */
export interface GoalListItem extends GoalRow {
	parentCode: string | null;
	topicCode: string | null;
	topicName: string | null;
	indicatorCode: string | null;
	indicatorName: string | null;
	scopeLayerCode: string | null;
	ownerDepartmentName: string | null;
}

function listQuery(db: Database, tenantId: string) {
	const parent = db
		.select({ tenantId: goal.tenantId, id: goal.id, code: goal.code })
		.from(goal)
		.where(eq(goal.tenantId, tenantId))
		.as('parent');
	return db
		.select({
			row: goal,
			parentCode: parent.code,
			topicCode: topic.code,
			topicName: topic.name,
			indicatorCode: indicator.code,
			indicatorName: indicator.name,
			scopeLayerCode: spatialLayer.code,
			ownerDepartmentName: department.name
		})
		.from(goal)
		.leftJoin(parent, and(eq(parent.tenantId, goal.tenantId), eq(parent.id, goal.parentId)))
		.leftJoin(topic, and(eq(topic.tenantId, goal.tenantId), eq(topic.id, goal.topicId)))
		.leftJoin(indicator, and(eq(indicator.tenantId, goal.tenantId), eq(indicator.id, goal.indicatorId)))
		.leftJoin(
			spatialLayer,
			and(eq(spatialLayer.tenantId, goal.tenantId), eq(spatialLayer.id, goal.scopeLayerId))
		)
		.leftJoin(
			department,
			and(eq(department.tenantId, goal.tenantId), eq(department.id, goal.ownerDepartmentId))
		);
}

type ListRow = Awaited<ReturnType<ReturnType<typeof listQuery>['where']>>[number];

const toItem = ({ row, ...names }: ListRow): GoalListItem => ({ ...row, ...names });

export async function listGoals(db: Database, tenantId: string): Promise<GoalListItem[]> {
	const rows = await listQuery(db, tenantId).where(eq(goal.tenantId, tenantId)).orderBy(asc(goal.code));
	return rows.map(toItem);
}

export async function findGoalByCode(
	db: Database,
	tenantId: string,
	code: string
): Promise<GoalListItem | undefined> {
	const [row] = await listQuery(db, tenantId).where(and(eq(goal.tenantId, tenantId), eq(goal.code, code)));
	return row ? toItem(row) : undefined;
}

export async function findGoalById(
	db: Database,
	tenantId: string,
	id: string
): Promise<GoalListItem | undefined> {
	const [row] = await listQuery(db, tenantId).where(and(eq(goal.tenantId, tenantId), eq(goal.id, id)));
	return row ? toItem(row) : undefined;
}

export async function insertGoal(db: Database, values: GoalValues & { tenantId: string }): Promise<GoalRow> {
	const [row] = await db.insert(goal).values(values).returning();
	return row!;
}

export async function updateGoal(
	db: Database,
	tenantId: string,
	id: string,
	values: Partial<GoalValues> & { updatedAt: Date }
): Promise<GoalRow | undefined> {
	const [row] = await db
		.update(goal)
		.set(values)
		.where(and(eq(goal.tenantId, tenantId), eq(goal.id, id)))
		.returning();
	return row;
}

export async function goalUnitIds(db: Database, tenantId: string, goalId: string): Promise<string[]> {
	const rows = await db
		.select({ unitId: goalUnit.unitId })
		.from(goalUnit)
		.where(and(eq(goalUnit.tenantId, tenantId), eq(goalUnit.goalId, goalId)));
	return rows.map((r) => r.unitId);
}

/**
 * The chosen units of every goal of the tenant, by goal id (a check of all goals reads them once).
 * One comma-joined text per goal: a plan of 1,000 goals over 500 units each has a quarter of a
 * million pairs, and splitting a text costs a fraction of parsing them as rows or as an array.
 */
export async function goalUnitsByGoal(db: Database, tenantId: string): Promise<Map<string, string[]>> {
	const rows = await db
		.select({ goalId: goalUnit.goalId, unitIds: sql<string>`string_agg(${goalUnit.unitId}::text, ',')` })
		.from(goalUnit)
		.where(eq(goalUnit.tenantId, tenantId))
		.groupBy(goalUnit.goalId);
	return new Map(rows.map((r) => [r.goalId, r.unitIds.split(',')]));
}

export async function replaceGoalUnits(
	db: Database,
	tenantId: string,
	goalId: string,
	unitIds: readonly string[]
): Promise<void> {
	await db.delete(goalUnit).where(and(eq(goalUnit.tenantId, tenantId), eq(goalUnit.goalId, goalId)));
	if (unitIds.length > 0)
		await db.insert(goalUnit).values(unitIds.map((unitId) => ({ tenantId, goalId, unitId })));
}

/** The goals below the given ones (their children), to refuse a parent that would make a circle. */
export async function childGoalIds(
	db: Database,
	tenantId: string,
	parentIds: readonly string[]
): Promise<string[]> {
	if (parentIds.length === 0) return [];
	const rows = await db
		.select({ id: goal.id })
		.from(goal)
		.where(and(eq(goal.tenantId, tenantId), inArray(goal.parentId, [...parentIds])));
	return rows.map((r) => r.id);
}
