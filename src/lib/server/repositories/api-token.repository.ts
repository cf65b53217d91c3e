import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { apiToken } from '../db/schema';

export type ApiTokenRow = typeof apiToken.$inferSelect;

export async function insertApiToken(
	db: Database,
	values: typeof apiToken.$inferInsert
): Promise<ApiTokenRow> {
	const [row] = await db.insert(apiToken).values(values).returning();
	return row!;
}

export async function listApiTokensOfUser(db: Database, userId: string): Promise<ApiTokenRow[]> {
	return db.select().from(apiToken).where(eq(apiToken.userId, userId)).orderBy(desc(apiToken.createdAt));
}

export async function findApiTokenByHash(db: Database, tokenHash: string): Promise<ApiTokenRow | undefined> {
	const [row] = await db.select().from(apiToken).where(eq(apiToken.tokenHash, tokenHash));
	return row;
}

export async function touchApiToken(db: Database, id: string, at: Date): Promise<void> {
	await db.update(apiToken).set({ lastUsedAt: at }).where(eq(apiToken.id, id));
}

/** Deletes a token of this user; another user's token id deletes nothing. */
export async function deleteApiToken(
	db: Database,
	userId: string,
	id: string
): Promise<ApiTokenRow | undefined> {
	const [row] = await db
		.delete(apiToken)
		.where(and(eq(apiToken.userId, userId), eq(apiToken.id, id)))
		.returning();
	return row;
}
