import { sql } from 'drizzle-orm';
import {
	type AnyPgColumn,
	date,
	foreignKey,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import {
	agendaItemKinds,
	attendanceStates,
	bodyKinds,
	decisionOutcomes,
	meetingStatuses,
	memberRoles
} from '../../../core/steering/steering';
import { goal } from './goals';
import { measure } from './measures';
import { spatialUnit } from './spatial';
import { tenantKey, tenantScoped } from './tenants';
import { appUser } from './users';

export const bodyKind = pgEnum('body_kind', bodyKinds);
export const memberRole = pgEnum('member_role', memberRoles);
export const meetingStatus = pgEnum('meeting_status', meetingStatuses);
export const attendance = pgEnum('attendance', attendanceStates);
export const agendaItemKind = pgEnum('agenda_item_kind', agendaItemKinds);
export const decisionOutcome = pgEnum('decision_outcome', decisionOutcomes);

/** A Gremium that decides on the plan: Lenkungsgruppe, Steuerungsgruppe, a committee, a working group. */
export const body = pgTable(
	'body',
	{
		...tenantScoped(),
		name: text('name').notNull(),
		kind: bodyKind('kind').notNull(),
		description: text('description'),
		createdAt: timestamp('created_at', { withTimezone: true })
			.notNull()
			.default(sql`now()`)
	},
	(t) => [tenantKey(t), unique('body_name').on(t.tenantId, t.name)]
);

const ofBody = (t: { tenantId: AnyPgColumn; bodyId: AnyPgColumn }) =>
	foreignKey({ columns: [t.tenantId, t.bodyId], foreignColumns: [body.tenantId, body.id] }).onDelete(
		'cascade'
	);

/**
 * A member of a body: a user of the tenant, or an external person without a login (a councillor, a
 * Träger's director) with name, organisation and e-mail. Name and e-mail are kept for users too, as
 * they were when the member joined: the minutes name who was there even after an account is gone.
 * A member who leaves gets `leftOn`; the row stays for the attendance of earlier meetings.
 */
export const bodyMember = pgTable(
	'body_member',
	{
		...tenantScoped(),
		bodyId: uuid('body_id').notNull(),
		userId: uuid('user_id').references(() => appUser.id, { onDelete: 'set null' }),
		name: text('name').notNull(),
		organisation: text('organisation'),
		email: text('email'),
		role: memberRole('role').notNull().default('mitglied'),
		leftOn: date('left_on'),
		createdAt: timestamp('created_at', { withTimezone: true })
			.notNull()
			.default(sql`now()`)
	},
	(t) => [tenantKey(t), ofBody(t), index('body_member_body').on(t.tenantId, t.bodyId)]
);

/** A meeting of a body: when, where (a place or an online link) and how far it has come. */
export const meeting = pgTable(
	'meeting',
	{
		...tenantScoped(),
		bodyId: uuid('body_id').notNull(),
		title: text('title').notNull(),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		place: text('place'),
		onlineLink: text('online_link'),
		status: meetingStatus('status').notNull().default('geplant'),
		createdAt: timestamp('created_at', { withTimezone: true })
			.notNull()
			.default(sql`now()`)
	},
	(t) => [tenantKey(t), ofBody(t), index('meeting_body').on(t.tenantId, t.bodyId, t.startsAt)]
);

const ofMeeting = (t: { tenantId: AnyPgColumn; meetingId: AnyPgColumn }) =>
	foreignKey({ columns: [t.tenantId, t.meetingId], foreignColumns: [meeting.tenantId, meeting.id] }).onDelete(
		'cascade'
	);

/** Who was at a meeting, excused or absent. */
export const meetingAttendance = pgTable(
	'meeting_attendance',
	{
		tenantId: uuid('tenant_id').notNull(),
		meetingId: uuid('meeting_id').notNull(),
		memberId: uuid('member_id').notNull(),
		attendance: attendance('attendance').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.meetingId, t.memberId] }),
		ofMeeting(t),
		foreignKey({ columns: [t.tenantId, t.memberId], foreignColumns: [bodyMember.tenantId, bodyMember.id] })
	]
);

/**
 * An item of a meeting's agenda, in its place: a proposal from the data (with the figures it was
 * proposed with, as they were then) or a free item, and the decision paper (Beschlussvorlage): its
 * text and the proposed decision. What it is about: a goal, a measure or a unit, or nothing.
 */
export const agendaItem = pgTable(
	'agenda_item',
	{
		...tenantScoped(),
		meetingId: uuid('meeting_id').notNull(),
		position: integer('position').notNull(),
		kind: agendaItemKind('kind').notNull(),
		title: text('title').notNull(),
		goalId: uuid('goal_id'),
		measureId: uuid('measure_id'),
		unitId: uuid('unit_id'),
		/** The proposal as core/steering/agenda-proposal.ts made it (its figures at the time). */
		proposal: jsonb('proposal'),
		/** The decision paper's text (Sachverhalt, Begründung). */
		paper: text('paper'),
		/** The decision proposed to the body (Beschlussvorschlag). */
		proposedDecision: text('proposed_decision'),
		createdAt: timestamp('created_at', { withTimezone: true })
			.notNull()
			.default(sql`now()`)
	},
	(t) => [
		tenantKey(t),
		ofMeeting(t),
		foreignKey({ columns: [t.tenantId, t.goalId], foreignColumns: [goal.tenantId, goal.id] }),
		foreignKey({ columns: [t.tenantId, t.measureId], foreignColumns: [measure.tenantId, measure.id] }),
		foreignKey({ columns: [t.tenantId, t.unitId], foreignColumns: [spatialUnit.tenantId, spatialUnit.id] }),
		index('agenda_item_meeting').on(t.tenantId, t.meetingId, t.position),
		index('agenda_item_goal').on(t.tenantId, t.goalId),
		index('agenda_item_measure').on(t.tenantId, t.measureId)
	]
);

/**
 * The decision on an agenda item: one per item, never changed (no update touches this table); a later
 * decision on the same goal or measure, in a later meeting, supersedes it.
 */
export const decision = pgTable(
	'decision',
	{
		...tenantScoped(),
		agendaItemId: uuid('agenda_item_id').notNull(),
		outcome: decisionOutcome('outcome').notNull(),
		text: text('text').notNull(),
		/** The conditions (Auflagen) of a returned item, the remarks its owner gets. */
		conditions: text('conditions'),
		votesYes: integer('votes_yes'),
		votesNo: integer('votes_no'),
		votesAbstain: integer('votes_abstain'),
		decidedBy: text('decided_by').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true })
			.notNull()
			.default(sql`now()`)
	},
	(t) => [
		tenantKey(t),
		unique('decision_item').on(t.tenantId, t.agendaItemId),
		foreignKey({
			columns: [t.tenantId, t.agendaItemId],
			foreignColumns: [agendaItem.tenantId, agendaItem.id]
		}).onDelete('restrict')
	]
);
