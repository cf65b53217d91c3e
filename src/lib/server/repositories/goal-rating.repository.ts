import { and, asc, desc, eq, isNull, lte, sql } from 'drizzle-orm';
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

/** Each goal's whole-scope rating as it stood at a moment (the newest checked before it), by goal id. */
export async function scopeRatingsAt(
	db: Database,
	tenantId: string,
	at: Date
): Promise<Map<string, GoalRatingRow>> {
	const rows = await db
		.selectDistinctOn([goalRatingEntry.goalId])
		.from(goalRatingEntry)
		.where(
			and(
				eq(goalRatingEntry.tenantId, tenantId),
				isNull(goalRatingEntry.unitId),
				lte(goalRatingEntry.checkedAt, at)
			)
		)
		.orderBy(goalRatingEntry.goalId, desc(goalRatingEntry.checkedAt));
	return new Map(rows.map((r) => [r.goalId, r]));
}

/**
 * Writes ratings in one statement per 50,000 rows: the columns travel as arrays and are unnested
 * in SQL. A check of many goals rates every unit of every scope (B11: 250,000 rows), which as
 * rows of parameters would take a statement per few thousand and minutes in all.
 */
export async function insertGoalRatings(db: Database, rows: readonly NewGoalRating[]): Promise<void> {
	const column = <T>(part: readonly NewGoalRating[], value: (r: NewGoalRating) => T) =>
		sql.param(part.map(value));
	for (let start = 0; start < rows.length; start += 50_000) {
		const part = rows.slice(start, start + 50_000);
		await db.execute(sql`
			insert into goal_rating_entry (tenant_id, goal_id, unit_id, checked_at, data_version, rating,
				current_value, value_date, progress, projected, shortfall, reason)
			select t.tenant_id, t.goal_id, t.unit_id, t.checked_at, t.data_version, t.rating::goal_rating,
				t.current_value, t.value_date, t.progress, t.projected, t.shortfall, t.reason::jsonb
			from unnest(
				${column(part, (r) => r.tenantId)}::uuid[], ${column(part, (r) => r.goalId)}::uuid[],
				${column(part, (r) => r.unitId)}::uuid[], ${column(part, (r) => r.checkedAt.toISOString())}::timestamptz[],
				${column(part, (r) => r.dataVersion)}::text[], ${column(part, (r) => r.rating)}::text[],
				${column(part, (r) => r.currentValue)}::float8[], ${column(part, (r) => r.valueDate)}::date[],
				${column(part, (r) => r.progress)}::float8[], ${column(part, (r) => r.projected)}::float8[],
				${column(part, (r) => r.shortfall)}::float8[], ${column(part, (r) => JSON.stringify(r.reason))}::text[]
			) as t(tenant_id, goal_id, unit_id, checked_at, data_version, rating, current_value, value_date,
				progress, projected, shortfall, reason)`);
	}
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
