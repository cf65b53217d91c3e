import { and, asc, eq, or } from 'drizzle-orm';
import type { Database } from '../db/client';
import { agendaItem, body, decision, meeting } from '../db/schema';

export type DecisionRow = typeof decision.$inferSelect;

/** A decision with the item and meeting it was taken in: the history of a goal or measure. */
export interface DecisionInContext extends DecisionRow {
	itemTitle: string;
	goalId: string | null;
	measureId: string | null;
	meetingId: string;
	meetingTitle: string;
	meetingStartsAt: Date;
	bodyName: string;
}

function contextQuery(db: Database) {
	return db
		.select({
			row: decision,
			itemTitle: agendaItem.title,
			goalId: agendaItem.goalId,
			measureId: agendaItem.measureId,
			meetingId: meeting.id,
			meetingTitle: meeting.title,
			meetingStartsAt: meeting.startsAt,
			bodyName: body.name
		})
		.from(decision)
		.innerJoin(
			agendaItem,
			and(eq(agendaItem.tenantId, decision.tenantId), eq(agendaItem.id, decision.agendaItemId))
		)
		.innerJoin(meeting, and(eq(meeting.tenantId, agendaItem.tenantId), eq(meeting.id, agendaItem.meetingId)))
		.innerJoin(body, and(eq(body.tenantId, meeting.tenantId), eq(body.id, meeting.bodyId)));
}

type ContextRow = Awaited<ReturnType<ReturnType<typeof contextQuery>['where']>>[number];
const toDecision = ({ row, ...rest }: ContextRow): DecisionInContext => ({ ...row, ...rest });

export async function insertDecision(
	db: Database,
	values: Omit<DecisionRow, 'id' | 'createdAt'>
): Promise<DecisionRow> {
	const [row] = await db.insert(decision).values(values).returning();
	return row!;
}

/** The decisions of a meeting, by agenda item id. */
export async function decisionsOfMeeting(
	db: Database,
	tenantId: string,
	meetingId: string
): Promise<Map<string, DecisionRow>> {
	const rows = await contextQuery(db).where(and(eq(decision.tenantId, tenantId), eq(meeting.id, meetingId)));
	return new Map(rows.map((r) => [r.row.agendaItemId, r.row]));
}

/** Every decision on a goal or a measure, oldest first: the last one stands, the earlier ones are superseded. */
export async function decisionsOn(
	db: Database,
	tenantId: string,
	subject: { goalId?: string; measureId?: string }
): Promise<DecisionInContext[]> {
	const about = or(
		subject.goalId ? eq(agendaItem.goalId, subject.goalId) : undefined,
		subject.measureId ? eq(agendaItem.measureId, subject.measureId) : undefined
	);
	const rows = await contextQuery(db)
		.where(and(eq(decision.tenantId, tenantId), about))
		.orderBy(asc(meeting.startsAt), asc(decision.createdAt));
	return rows.map(toDecision);
}
