import { z } from 'zod';
import { localTimeToInstant } from '../../core/data/local-time';
import { AppError } from '../../core/errors';
import { proposeAgenda } from '../../core/steering/agenda-proposal';
import { agendaItemOf, subjectKey } from '../../core/steering/agenda-item';
import {
	agendaEditable,
	attendanceStates,
	nextMeetingStatus,
	type MeetingStatus
} from '../../core/steering/steering';
import { bodyMembers, type BodyMemberRow, type BodyRow } from '../repositories/body.repository';
import { decisionsOfMeeting, type DecisionRow } from '../repositories/decision.repository';
import { findGoalByCode } from '../repositories/goal.repository';
import { findMeasureByCode } from '../repositories/measure.repository';
import {
	agendaItems,
	deleteAgendaItem,
	findAgendaItem,
	findMeeting,
	insertAgendaItems,
	insertMeeting,
	listMeetings as listMeetingRows,
	meetingAttendanceOf,
	nextAgendaPosition,
	previousHeldMeeting,
	replaceAttendance,
	setMeetingStatus,
	updateAgendaItem,
	type AgendaItemRow,
	type AgendaListItem,
	type AttendanceRow,
	type MeetingListItem
} from '../repositories/meeting.repository';
import { agendaFacts } from '../values/agenda-facts';
import { recordChange } from './audit.service';
import { bodyOf } from './body.service';
import { authorize } from './context';
import { optionalText } from './measure.service';
import type { TenantContext } from './tenant-context';
import { invalidFields, parseInput } from './validation';

/**
 * Meetings of a body and their agenda (issue 16). Planners prepare: they plan a meeting, take the
 * agenda proposed from the data, reorder, remove and add items and write the decision papers; the
 * meeting then moves forward step by step (invitation sent, held, minutes approved). Decisions are
 * the steering members' (decision.service.ts). Every change is audited.
 */

const statusWords: Record<MeetingStatus, string> = {
	geplant: 'geplant',
	einladung_versandt: 'Einladung versandt',
	durchgefuehrt: 'durchgeführt',
	protokoll_freigegeben: 'Protokoll freigegeben'
};

export const meetingInput = z.object({
	title: z
		.string()
		.trim()
		.min(3, 'Bitte einen Titel angeben, z. B. „3. Sitzung der Lenkungsgruppe“')
		.max(200),
	/** Local date and time as a form sends it (2027-03-04T14:00), taken as German time. */
	startsAt: z
		.string()
		.trim()
		.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Bitte Datum und Uhrzeit angeben (TT.MM.JJJJ, HH:MM)'),
	place: optionalText(300),
	onlineLink: z
		.url({ protocol: /^https?$/, error: 'Bitte eine Adresse mit https:// angeben' })
		.nullish()
		.or(z.literal(''))
		.transform((v) => v || null)
});

export const itemInput = z.object({
	title: z.string().trim().min(3, 'Bitte einen Titel angeben').max(500),
	paper: optionalText(20_000),
	proposedDecision: optionalText(4_000),
	/** What the item is about, by code (optional). */
	goal: optionalText(40),
	measure: optionalText(40)
});

const itemEdit = itemInput.pick({ title: true, paper: true, proposedDecision: true });

export interface AgendaEntry {
	item: AgendaListItem;
	decision: DecisionRow | null;
}

export interface MeetingDetail {
	meeting: MeetingListItem;
	body: BodyRow;
	members: BodyMemberRow[];
	attendance: AttendanceRow[];
	agenda: AgendaEntry[];
}

export async function listMeetings(tc: TenantContext): Promise<MeetingListItem[]> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return listMeetingRows(tc.db, tc.tenant.id);
}

/** The meeting of the id (unknown, foreign and malformed ids look the same). */
export async function meetingOf(tc: TenantContext, id: string): Promise<MeetingListItem> {
	const found = z.uuid().safeParse(id).success ? await findMeeting(tc.db, tc.tenant.id, id) : undefined;
	if (!found) throw new AppError('meeting.not_found');
	return found;
}

function refuseUnless(ok: boolean, status: MeetingStatus, details: string): void {
	if (!ok) throw new AppError('meeting.wrong_status', { status: statusWords[status], details });
}

export async function getMeeting(tc: TenantContext, id: string): Promise<MeetingDetail> {
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const found = await meetingOf(tc, id);
	const [body, members, attendance, items, decisions] = await Promise.all([
		bodyOf(tc, found.bodyId),
		bodyMembers(tc.db, tc.tenant.id, found.bodyId),
		meetingAttendanceOf(tc.db, tc.tenant.id, found.id),
		agendaItems(tc.db, tc.tenant.id, found.id),
		decisionsOfMeeting(tc.db, tc.tenant.id, found.id)
	]);
	return {
		meeting: found,
		body,
		members,
		attendance,
		agenda: items.map((item) => ({ item, decision: decisions.get(item.id) ?? null }))
	};
}

export async function createMeeting(
	tc: TenantContext,
	bodyId: string,
	raw: unknown
): Promise<MeetingListItem> {
	authorize(tc, 'data.write', { tenantId: tc.tenant.id });
	const body = await bodyOf(tc, bodyId);
	const input = parseInput(meetingInput, raw);
	if (!input.place && !input.onlineLink)
		invalidFields({ place: 'Bitte einen Ort oder einen Link zur Online-Sitzung angeben' });
	const row = await tc.db.transaction(async (tx) => {
		const created = await insertMeeting(tx, {
			tenantId: tc.tenant.id,
			bodyId: body.id,
			title: input.title,
			startsAt: localTimeToInstant(input.startsAt),
			place: input.place,
			onlineLink: input.onlineLink
		});
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'meeting',
			entityId: created.id,
			action: 'create',
			after: created
		});
		return created;
	});
	return { ...row, bodyName: body.name };
}

/**
 * Moves a meeting one step forward. It is held only once it has begun, and its minutes are approved
 * only after it was held and every item has its decision.
 */
export async function advanceMeeting(tc: TenantContext, id: string): Promise<MeetingListItem> {
	authorize(tc, 'data.write', { tenantId: tc.tenant.id });
	const found = await meetingOf(tc, id);
	const next = nextMeetingStatus(found.status);
	refuseUnless(next !== null, found.status, 'Das Protokoll ist freigegeben; die Sitzung ist abgeschlossen.');
	if (next === 'durchgefuehrt' && found.startsAt > tc.now)
		refuseUnless(false, found.status, 'Die Sitzung hat noch nicht stattgefunden.');
	if (next === 'protokoll_freigegeben') {
		const decisions = await decisionsOfMeeting(tc.db, tc.tenant.id, found.id);
		const open = (await agendaItems(tc.db, tc.tenant.id, found.id)).filter((i) => !decisions.has(i.id));
		if (open.length > 0)
			refuseUnless(
				false,
				found.status,
				`Zu ${open.length === 1 ? 'einem Tagesordnungspunkt' : `${open.length} Tagesordnungspunkten`} fehlt der Beschluss (auch „vertagt“ ist ein Beschluss): ${open.map((i) => `„${i.title}“`).join(', ')}.`
			);
	}
	return tc.db.transaction(async (tx) => {
		const row = await setMeetingStatus(tx, tc.tenant.id, found.id, next!);
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'meeting',
			entityId: row.id,
			action: 'update',
			before: { status: found.status },
			after: { status: row.status }
		});
		return { ...row, bodyName: found.bodyName };
	});
}

/** Who attended: member id → anwesend, entschuldigt or abwesend; for a meeting that was held. */
export async function recordAttendance(
	tc: TenantContext,
	id: string,
	raw: unknown
): Promise<AttendanceRow[]> {
	authorize(tc, 'data.write', { tenantId: tc.tenant.id });
	const found = await meetingOf(tc, id);
	refuseUnless(
		found.status === 'durchgefuehrt',
		found.status,
		'Die Anwesenheit wird für eine durchgeführte Sitzung erfasst, deren Protokoll noch nicht freigegeben ist.'
	);
	const input = parseInput(z.record(z.string(), z.enum(attendanceStates)), raw);
	const members = new Set((await bodyMembers(tc.db, tc.tenant.id, found.bodyId)).map((m) => m.id));
	const unknown = Object.keys(input).filter((m) => !members.has(m));
	if (unknown.length > 0)
		invalidFields({ _: 'Die Anwesenheit nennt Personen, die dem Gremium nicht angehören.' });
	const before = await meetingAttendanceOf(tc.db, tc.tenant.id, found.id);
	const rows = Object.entries(input).map(([memberId, attendance]) => ({ memberId, attendance }));
	await tc.db.transaction(async (tx) => {
		await replaceAttendance(tx, tc.tenant.id, found.id, rows);
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'meeting_attendance',
			entityId: found.id,
			action: 'update',
			before,
			after: rows
		});
	});
	return meetingAttendanceOf(tc.db, tc.tenant.id, found.id);
}

/** An agenda that may still change: of a meeting not yet held. */
async function editableMeeting(tc: TenantContext, id: string): Promise<MeetingListItem> {
	authorize(tc, 'data.write', { tenantId: tc.tenant.id });
	const found = await meetingOf(tc, id);
	refuseUnless(
		agendaEditable(found.status),
		found.status,
		'Die Tagesordnung einer durchgeführten Sitzung wird nicht mehr geändert.'
	);
	return found;
}

/**
 * Adds the agenda proposed from the data (core/steering/agenda-proposal.ts) since the body's last
 * held meeting: items already on the agenda are not added twice. Returns the items added.
 */
export async function takeProposedAgenda(tc: TenantContext, id: string): Promise<AgendaItemRow[]> {
	const found = await editableMeeting(tc, id);
	const last = await previousHeldMeeting(tc.db, tc.tenant.id, found.bodyId, found.startsAt);
	const proposals = proposeAgenda(await agendaFacts(tc, last?.startsAt ?? null));
	const present = new Set((await agendaItems(tc.db, tc.tenant.id, found.id)).map(subjectKey));
	const drafts = proposals.map(agendaItemOf).filter((d) => !present.has(subjectKey(d)));
	if (drafts.length === 0) return [];
	return tc.db.transaction(async (tx) => {
		const first = await nextAgendaPosition(tx, tc.tenant.id, found.id);
		const rows = await insertAgendaItems(
			tx,
			drafts.map((d, i) => ({
				tenantId: tc.tenant.id,
				meetingId: found.id,
				position: first + i,
				...d,
				paper: null,
				proposedDecision: null
			}))
		);
		for (const row of rows)
			await recordChange(tx, tc, {
				tenantId: tc.tenant.id,
				entity: 'agenda_item',
				entityId: row.id,
				action: 'create',
				after: row
			});
		return rows;
	});
}

/** Adds an item of the planner's own: free, or about a goal or measure named by its code. */
export async function addAgendaItem(tc: TenantContext, id: string, raw: unknown): Promise<AgendaItemRow> {
	const found = await editableMeeting(tc, id);
	const input = parseInput(itemInput, raw);
	const goal = input.goal ? await findGoalByCode(tc.db, tc.tenant.id, input.goal) : null;
	if (input.goal && !goal) invalidFields({ goal: `Ein Ziel „${input.goal}“ gibt es nicht.` });
	const measure = input.measure ? await findMeasureByCode(tc.db, tc.tenant.id, input.measure) : null;
	if (input.measure && !measure)
		invalidFields({ measure: `Eine Maßnahme „${input.measure}“ gibt es nicht.` });
	return tc.db.transaction(async (tx) => {
		const [row] = await insertAgendaItems(tx, [
			{
				tenantId: tc.tenant.id,
				meetingId: found.id,
				position: await nextAgendaPosition(tx, tc.tenant.id, found.id),
				kind: 'free',
				title: input.title,
				goalId: goal?.id ?? null,
				measureId: measure?.id ?? null,
				unitId: null,
				proposal: null,
				paper: input.paper,
				proposedDecision: input.proposedDecision
			}
		]);
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'agenda_item',
			entityId: row!.id,
			action: 'create',
			after: row
		});
		return row!;
	});
}

/** An item of the meeting (an item of another meeting, unknown and malformed ids look the same). */
export async function itemOfMeeting(
	tc: TenantContext,
	meeting: MeetingListItem,
	itemId: string
): Promise<AgendaItemRow> {
	const item = z.uuid().safeParse(itemId).success
		? await findAgendaItem(tc.db, tc.tenant.id, itemId)
		: undefined;
	if (!item || item.meetingId !== meeting.id) throw new AppError('agenda_item.not_found');
	return item;
}

/** The item of a meeting whose agenda may still change. */
async function editableItem(
	tc: TenantContext,
	meetingId: string,
	itemId: string
): Promise<{ meeting: MeetingListItem; item: AgendaItemRow }> {
	const found = await editableMeeting(tc, meetingId);
	return { meeting: found, item: await itemOfMeeting(tc, found, itemId) };
}

/** Edits an item's title and decision paper. */
export async function editAgendaItem(
	tc: TenantContext,
	meetingId: string,
	itemId: string,
	raw: unknown
): Promise<AgendaItemRow> {
	const { item } = await editableItem(tc, meetingId, itemId);
	const input = parseInput(itemEdit, raw);
	return tc.db.transaction(async (tx) => {
		const row = await updateAgendaItem(tx, tc.tenant.id, item.id, input);
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'agenda_item',
			entityId: row.id,
			action: 'update',
			before: item,
			after: row
		});
		return row;
	});
}

/** Moves an item one place up or down (swapping with its neighbour). */
export async function moveAgendaItem(
	tc: TenantContext,
	meetingId: string,
	itemId: string,
	direction: 'up' | 'down'
): Promise<AgendaItemRow[]> {
	const { meeting, item } = await editableItem(tc, meetingId, itemId);
	const items = await agendaItems(tc.db, tc.tenant.id, meeting.id);
	const at = items.findIndex((i) => i.id === item.id);
	const other = items[direction === 'up' ? at - 1 : at + 1];
	if (!other) return items;
	await tc.db.transaction(async (tx) => {
		// Positions are renumbered in order, so that two items never share a place.
		const order = items.map((i) => i.id);
		[order[at], order[items.indexOf(other)]] = [other.id, item.id];
		for (const [i, itemId] of order.entries())
			if (items.find((x) => x.id === itemId)!.position !== i + 1)
				await updateAgendaItem(tx, tc.tenant.id, itemId, { position: i + 1 });
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'agenda_item',
			entityId: item.id,
			action: 'update',
			before: { position: at + 1 },
			after: { position: items.indexOf(other) + 1 }
		});
	});
	return agendaItems(tc.db, tc.tenant.id, meeting.id);
}

export async function removeAgendaItem(tc: TenantContext, meetingId: string, itemId: string): Promise<void> {
	const { item } = await editableItem(tc, meetingId, itemId);
	await tc.db.transaction(async (tx) => {
		await deleteAgendaItem(tx, tc.tenant.id, item.id);
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'agenda_item',
			entityId: item.id,
			action: 'delete',
			before: item
		});
	});
}
