import { and, asc, desc, eq, lte } from 'drizzle-orm';
import type { Database } from '../db/client';
import { goalAssessment } from '../db/schema';

export type GoalAssessmentRow = typeof goalAssessment.$inferSelect;

export async function insertGoalAssessment(
	db: Database,
	values: Omit<GoalAssessmentRow, 'id' | 'createdAt'>
): Promise<GoalAssessmentRow> {
	const [row] = await db.insert(goalAssessment).values(values).returning();
	return row!;
}

/** A goal's assessments, oldest first. */
export async function goalAssessments(
	db: Database,
	tenantId: string,
	goalId: string
): Promise<GoalAssessmentRow[]> {
	return db
		.select()
		.from(goalAssessment)
		.where(and(eq(goalAssessment.tenantId, tenantId), eq(goalAssessment.goalId, goalId)))
		.orderBy(asc(goalAssessment.assessedOn), asc(goalAssessment.createdAt));
}

/** The newest assessment of each goal that has one (written on or before `onOrBefore`), by goal id. */
export async function latestAssessments(
	db: Database,
	tenantId: string,
	onOrBefore?: string
): Promise<Map<string, GoalAssessmentRow>> {
	const rows = await db
		.selectDistinctOn([goalAssessment.goalId])
		.from(goalAssessment)
		.where(
			and(
				eq(goalAssessment.tenantId, tenantId),
				onOrBefore ? lte(goalAssessment.assessedOn, onOrBefore) : undefined
			)
		)
		.orderBy(goalAssessment.goalId, desc(goalAssessment.assessedOn), desc(goalAssessment.createdAt));
	return new Map(rows.map((r) => [r.goalId, r]));
}
