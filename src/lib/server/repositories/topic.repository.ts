import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { topic, topicDepartment } from '../db/schema';

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

export async function renameTopic(
	db: Database,
	tenantId: string,
	id: string,
	name: string
): Promise<TopicRow> {
	const [row] = await db
		.update(topic)
		.set({ name })
		.where(and(eq(topic.tenantId, tenantId), eq(topic.id, id)))
		.returning();
	return row!;
}

/** The departments that own each topic (as a Handlungsfeld), by topic id. */
export async function topicDepartments(db: Database, tenantId: string): Promise<Map<string, string[]>> {
	const rows = await db
		.select({ topicId: topicDepartment.topicId, departmentId: topicDepartment.departmentId })
		.from(topicDepartment)
		.where(eq(topicDepartment.tenantId, tenantId));
	const byTopic = new Map<string, string[]>();
	for (const r of rows) byTopic.set(r.topicId, [...(byTopic.get(r.topicId) ?? []), r.departmentId]);
	return byTopic;
}

export async function replaceTopicDepartments(
	db: Database,
	tenantId: string,
	topicId: string,
	departmentIds: readonly string[]
): Promise<void> {
	await db
		.delete(topicDepartment)
		.where(and(eq(topicDepartment.tenantId, tenantId), eq(topicDepartment.topicId, topicId)));
	if (departmentIds.length > 0)
		await db
			.insert(topicDepartment)
			.values(departmentIds.map((departmentId) => ({ tenantId, topicId, departmentId })));
}
