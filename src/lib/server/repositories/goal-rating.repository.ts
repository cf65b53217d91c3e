import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { goalRatingEntry } from '../db/schema';

export type GoalRatingRow = typeof goalRatingEntry.$inferSelect;
export type NewGoalRating = Omit<GoalRatingRow, 'id'>;

/** Each goal's newest whole-scope rating, by goal id (goals never rated are absent). */
export async function latestScopeRatings(
	db: Database,
	tenantId: string
): Promise<Map<string, GoalRatingRow>> {
	const rows = await db
		.selectDistinctOn([goalRatingEntry.goalId])
		.from(goalRatingEntry)
		.where(and(eq(goalRatingEntry.tenantId, tenantId), isNull(goalRatingEntry.unitId)))
		.orderBy(goalRatingEntry.goalId, desc(goalRatingEntry.checkedAt));
	return new Map(rows.map((r) => [r.goalId, r]));
}

export async function insertGoalRatings(db: Database, rows: readonly NewGoalRating[]): Promise<void> {
	if (rows.length > 0) await db.insert(goalRatingEntry).values([...rows]);
}

/** The whole-scope ratings of a goal, oldest first: how its rating moved. */
export async function goalRatingHistory(
	db: Database,
	tenantId: string,
	goalId: string
): Promise<GoalRatingRow[]> {
	return db
		.select()
		.from(goalRatingEntry)
		.where(
			and(
				eq(goalRatingEntry.tenantId, tenantId),
				eq(goalRatingEntry.goalId, goalId),
				isNull(goalRatingEntry.unitId)
			)
		)
		.orderBy(asc(goalRatingEntry.checkedAt));
}
