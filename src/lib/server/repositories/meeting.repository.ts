import { and, asc, desc, eq, lt, max, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { agendaItem, body, goal, measure, meeting, meetingAttendance } from '../db/schema';

export type MeetingRow = typeof meeting.$inferSelect;
export type AgendaItemRow = typeof agendaItem.$inferSelect;
export type AttendanceRow = typeof meetingAttendance.$inferSelect;

/** A meeting with the name of its body. */
export interface MeetingListItem extends MeetingRow {
	bodyName: string;
}

function listQuery(db: Database) {
	return db
		.select({ row: meeting, bodyName: body.name })
		.from(meeting)
		.innerJoin(body, and(eq(body.tenantId, meeting.tenantId), eq(body.id, meeting.bodyId)));
}

const toItem = ({ row, bodyName }: { row: MeetingRow; bodyName: string }): MeetingListItem => ({
	...row,
	bodyName
});

/** The meetings of the tenant (or of one body), newest first. */
export async function listMeetings(
	db: Database,
	tenantId: string,
	bodyId?: string
): Promise<MeetingListItem[]> {
	const where = bodyId
		? and(eq(meeting.tenantId, tenantId), eq(meeting.bodyId, bodyId))
		: eq(meeting.tenantId, tenantId);
	return (await listQuery(db).where(where).orderBy(desc(meeting.startsAt))).map(toItem);
}

export async function findMeeting(
	db: Database,
	tenantId: string,
	id: string
): Promise<MeetingListItem | undefined> {
	const [row] = await listQuery(db).where(and(eq(meeting.tenantId, tenantId), eq(meeting.id, id)));
	return row ? toItem(row) : undefined;
}

/** The latest meeting of a body before the given one that took place (the "since" of an agenda). */
export async function previousHeldMeeting(
	db: Database,
	tenantId: string,
	bodyId: string,
	before: Date
): Promise<MeetingRow | undefined> {
	const [row] = await db
		.select()
		.from(meeting)
		.where(
			and(
				eq(meeting.tenantId, tenantId),
				eq(meeting.bodyId, bodyId),
				lt(meeting.startsAt, before),
				sql`${meeting.status} in ('durchgefuehrt', 'protokoll_freigegeben')`
			)
		)
		.orderBy(desc(meeting.startsAt))
		.limit(1);
	return row;
}

export async function insertMeeting(
	db: Database,
	values: Omit<MeetingRow, 'id' | 'createdAt' | 'status'>
): Promise<MeetingRow> {
	const [row] = await db.insert(meeting).values(values).returning();
	return row!;
}

export async function setMeetingStatus(
	db: Database,
	tenantId: string,
	id: string,
	status: MeetingRow['status']
): Promise<MeetingRow> {
	const [row] = await db
		.update(meeting)
		.set({ status })
		.where(and(eq(meeting.tenantId, tenantId), eq(meeting.id, id)))
		.returning();
	return row!;
}

export async function meetingAttendanceOf(
	db: Database,
	tenantId: string,
	meetingId: string
): Promise<AttendanceRow[]> {
	return db
		.select()
		.from(meetingAttendance)
		.where(and(eq(meetingAttendance.tenantId, tenantId), eq(meetingAttendance.meetingId, meetingId)));
}

/** Replaces who attended a meeting. */
export async function replaceAttendance(
	db: Database,
	tenantId: string,
	meetingId: string,
	rows: readonly Pick<AttendanceRow, 'memberId' | 'attendance'>[]
): Promise<void> {
	await db
		.delete(meetingAttendance)
		.where(and(eq(meetingAttendance.tenantId, tenantId), eq(meetingAttendance.meetingId, meetingId)));
	if (rows.length > 0)
		await db.insert(meetingAttendance).values(rows.map((r) => ({ ...r, tenantId, meetingId })));
}

/** An agenda item with the plan numbers of the goal and measure it is about (for links and papers). */
export interface AgendaListItem extends AgendaItemRow {
	goalCode: string | null;
	measureCode: string | null;
}

/** A meeting's agenda in its order. */
export async function agendaItems(
	db: Database,
	tenantId: string,
	meetingId: string
): Promise<AgendaListItem[]> {
	const rows = await db
		.select({ row: agendaItem, goalCode: goal.code, measureCode: measure.code })
		.from(agendaItem)
		.leftJoin(goal, and(eq(goal.tenantId, agendaItem.tenantId), eq(goal.id, agendaItem.goalId)))
		.leftJoin(measure, and(eq(measure.tenantId, agendaItem.tenantId), eq(measure.id, agendaItem.measureId)))
		.where(and(eq(agendaItem.tenantId, tenantId), eq(agendaItem.meetingId, meetingId)))
		.orderBy(asc(agendaItem.position), asc(agendaItem.createdAt));
	return rows.map(({ row, ...codes }) => ({ ...row, ...codes }));
}

export async function findAgendaItem(
	db: Database,
	tenantId: string,
	id: string
): Promise<AgendaItemRow | undefined> {
	const [row] = await db
		.select()
		.from(agendaItem)
		.where(and(eq(agendaItem.tenantId, tenantId), eq(agendaItem.id, id)));
	return row;
}

/** The position after the last item of a meeting. */
export async function nextAgendaPosition(db: Database, tenantId: string, meetingId: string): Promise<number> {
	const [row] = await db
		.select({ last: max(agendaItem.position) })
		.from(agendaItem)
		.where(and(eq(agendaItem.tenantId, tenantId), eq(agendaItem.meetingId, meetingId)));
	return (row?.last ?? 0) + 1;
}

export async function insertAgendaItems(
	db: Database,
	rows: readonly Omit<AgendaItemRow, 'id' | 'createdAt'>[]
): Promise<AgendaItemRow[]> {
	if (rows.length === 0) return [];
	return db
		.insert(agendaItem)
		.values([...rows])
		.returning();
}

export async function updateAgendaItem(
	db: Database,
	tenantId: string,
	id: string,
	values: Partial<Pick<AgendaItemRow, 'title' | 'paper' | 'proposedDecision' | 'position'>>
): Promise<AgendaItemRow> {
	const [row] = await db
		.update(agendaItem)
		.set(values)
		.where(and(eq(agendaItem.tenantId, tenantId), eq(agendaItem.id, id)))
		.returning();
	return row!;
}

export async function deleteAgendaItem(db: Database, tenantId: string, id: string): Promise<void> {
	await db.delete(agendaItem).where(and(eq(agendaItem.tenantId, tenantId), eq(agendaItem.id, id)));
}
