import { and, eq, gte, lt, or } from 'drizzle-orm';
import type { Database } from '../db/client';
import { loginAttempt, session } from '../db/schema';

export type SessionRow = typeof session.$inferSelect;

export async function insertSession(db: Database, values: typeof session.$inferInsert): Promise<void> {
	await db.insert(session).values(values);
}

export async function findSession(db: Database, id: string): Promise<SessionRow | undefined> {
	const [row] = await db.select().from(session).where(eq(session.id, id));
	return row;
}

export async function touchSession(db: Database, id: string, at: Date): Promise<void> {
	await db.update(session).set({ lastSeenAt: at }).where(eq(session.id, id));
}

export async function deleteSession(db: Database, id: string): Promise<void> {
	await db.delete(session).where(eq(session.id, id));
}

export async function deleteSessionsOfUser(db: Database, userId: string): Promise<void> {
	await db.delete(session).where(eq(session.userId, userId));
}

/** Removes sessions past their absolute end or idle longer than allowed. */
export async function deleteStaleSessions(db: Database, now: Date, idleSince: Date): Promise<void> {
	await db.delete(session).where(or(lt(session.expiresAt, now), lt(session.lastSeenAt, idleSince)));
}

export async function recordLoginAttempt(
	db: Database,
	values: { username: string; address: string; at: Date; success: boolean }
): Promise<void> {
	await db.insert(loginAttempt).values({ ...values, username: values.username.trim().toLowerCase() });
}

export async function recentFailures(
	db: Database,
	by: { username: string } | { address: string },
	since: Date
): Promise<Date[]> {
	const key =
		'username' in by
			? eq(loginAttempt.username, by.username.trim().toLowerCase())
			: eq(loginAttempt.address, by.address);
	const rows = await db
		.select({ at: loginAttempt.at })
		.from(loginAttempt)
		.where(and(key, eq(loginAttempt.success, false), gte(loginAttempt.at, since)));
	return rows.map((r) => r.at);
}

/** A successful login forgives the failures before it for that user name. */
export async function forgetFailures(db: Database, username: string): Promise<void> {
	await db
		.delete(loginAttempt)
		.where(and(eq(loginAttempt.username, username.trim().toLowerCase()), eq(loginAttempt.success, false)));
}

export async function pruneLoginAttempts(db: Database, before: Date): Promise<void> {
	await db.delete(loginAttempt).where(lt(loginAttempt.at, before));
}
