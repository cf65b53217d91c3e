import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { topic } from '../db/schema';

export type TopicRow = typeof topic.$inferSelect;

/** Inserts the topics whose code the tenant does not have yet; returns only those inserted. */
export async function insertMissingTopics(
	db: Database,
	tenantId: string,
	topics: readonly { code: string; name: string }[]
): Promise<TopicRow[]> {
	if (topics.length === 0) return [];
	return db
		.insert(topic)
		.values(topics.map((t) => ({ tenantId, code: t.code, name: t.name })))
		.onConflictDoNothing({ target: [topic.tenantId, topic.code] })
		.returning();
}

export async function listTopics(db: Database, tenantId: string): Promise<TopicRow[]> {
	return db.select().from(topic).where(eq(topic.tenantId, tenantId)).orderBy(asc(topic.name));
}

export async function findTopic(db: Database, tenantId: string, code: string): Promise<TopicRow | undefined> {
	const [row] = await db
		.select()
		.from(topic)
		.where(and(eq(topic.tenantId, tenantId), eq(topic.code, code)));
	return row;
}

export async function insertTopic(
	db: Database,
	tenantId: string,
	values: { code: string; name: string }
): Promise<TopicRow> {
	const [row] = await db
		.insert(topic)
		.values({ tenantId, ...values })
		.returning();
	return row!;
}
