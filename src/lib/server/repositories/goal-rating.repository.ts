import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { goalRatingEntry } from '../db/schema';

export type GoalRatingRow = typeof goalRatingEntry.$inferSelect;
export type NewGoalRating = Omit<GoalRatingRow, 'id'>;

/** The data version of the newest whole-scope rating of a goal, or null if it was never rated. */
export async function latestRatedVersion(
	db: Database,
	tenantId: string,
	goalId: string
): Promise<string | null> {
	const [row] = await db
		.select({ dataVersion: goalRatingEntry.dataVersion })
		.from(goalRatingEntry)
		.where(
			and(
				eq(goalRatingEntry.tenantId, tenantId),
				eq(goalRatingEntry.goalId, goalId),
				isNull(goalRatingEntry.unitId)
			)
		)
		.orderBy(desc(goalRatingEntry.checkedAt))
		.limit(1);
	return row?.dataVersion ?? null;
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
