import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { body, bodyMember, meeting } from '../db/schema';

export type BodyRow = typeof body.$inferSelect;
export type BodyMemberRow = typeof bodyMember.$inferSelect;

/** A body with what its list shows: how many members it has now and when it meets next. */
export interface BodyListItem extends BodyRow {
	memberCount: number;
	nextMeetingAt: Date | null;
}

export async function listBodies(db: Database, tenantId: string, now: Date): Promise<BodyListItem[]> {
	// Qualified by hand: inside the subqueries an unqualified "id" would be the member's or the meeting's own.
	const memberCount = sql<number>`(select count(*)::int from ${bodyMember} m
		where m.tenant_id = "body"."tenant_id" and m.body_id = "body"."id" and m.left_on is null)`;
	const nextMeetingAt = sql<Date | null>`(select min(x.starts_at) from ${meeting} x
		where x.tenant_id = "body"."tenant_id" and x.body_id = "body"."id" and x.starts_at >= ${now.toISOString()})`.mapWith(
		(v: string | Date | null) => (v === null ? null : new Date(v))
	);
	const rows = await db
		.select({ row: body, memberCount, nextMeetingAt })
		.from(body)
		.where(eq(body.tenantId, tenantId))
		.orderBy(asc(body.name));
	return rows.map(({ row, ...rest }) => ({ ...row, ...rest }));
}

export async function findBody(db: Database, tenantId: string, id: string): Promise<BodyRow | undefined> {
	const [row] = await db
		.select()
		.from(body)
		.where(and(eq(body.tenantId, tenantId), eq(body.id, id)));
	return row;
}

export async function findBodyByName(
	db: Database,
	tenantId: string,
	name: string
): Promise<BodyRow | undefined> {
	const [row] = await db
		.select()
		.from(body)
		.where(and(eq(body.tenantId, tenantId), sql`lower(${body.name}) = lower(${name})`));
	return row;
}

export async function insertBody(
	db: Database,
	values: Pick<BodyRow, 'tenantId' | 'name' | 'kind' | 'description'>
): Promise<BodyRow> {
	const [row] = await db.insert(body).values(values).returning();
	return row!;
}

/** The members of a body, those still in it first (by role, then name), then those who left. */
export async function bodyMembers(db: Database, tenantId: string, bodyId: string): Promise<BodyMemberRow[]> {
	return db
		.select()
		.from(bodyMember)
		.where(and(eq(bodyMember.tenantId, tenantId), eq(bodyMember.bodyId, bodyId)))
		.orderBy(sql`${bodyMember.leftOn} is not null`, asc(bodyMember.role), asc(bodyMember.name));
}

export async function insertBodyMember(
	db: Database,
	values: Omit<BodyMemberRow, 'id' | 'createdAt' | 'leftOn'>
): Promise<BodyMemberRow> {
	const [row] = await db.insert(bodyMember).values(values).returning();
	return row!;
}

export async function setMemberLeft(
	db: Database,
	tenantId: string,
	memberId: string,
	leftOn: string
): Promise<BodyMemberRow | undefined> {
	const [row] = await db
		.update(bodyMember)
		.set({ leftOn })
		.where(and(eq(bodyMember.tenantId, tenantId), eq(bodyMember.id, memberId)))
		.returning();
	return row;
}
