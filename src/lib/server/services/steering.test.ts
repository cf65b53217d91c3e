import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/auth/policy';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { textFile } from '../importers/readers/test-files';
import { listAuditEntries } from '../repositories/audit.repository';
import { findGoalByCode } from '../repositories/goal.repository';
import { insertSpatialUnits } from '../repositories/spatial-unit.repository';
import { rebuildAncestry } from '../repositories/unit-ancestry.repository';
import { dataChangesSettled } from './data-change';
import { addMember, createBody, getBody, listBodies, memberLeaves } from './body.service';
import { decideItem, decisionsAbout } from './decision.service';
import { saveGoal } from './goal.service';
import { importObservations } from './import.service';
import { defineIndicator } from './indicator.service';
import {
	addAgendaItem,
	advanceMeeting,
	createMeeting,
	editAgendaItem,
	getMeeting,
	moveAgendaItem,
	recordAttendance,
	removeAgendaItem,
	takeProposedAgenda
} from './meeting.service';
import { saveMeasure } from './measure.service';
import { saveBudget, saveMilestones } from './measure-progress.service';
import { createLayer } from './spatial-layer.service';
import { tenantContext } from './tenant-context';

/**
 * The steering group (issue 16) on a small plan: four Sozialräume whose unemployment rate rose from
 * 2014 to 2016 in S3 and S4; a Leitziel waiting for its decision, a goal to lower the rate there (off
 * track: the trend goes the other way), and a measure with an overdue milestone and a budget overrun.
 */
let handle: DatabaseHandle;
let world: TenantWorld;
let other: TenantWorld;
const before = new Date('2027-03-01T09:00:00Z');
const after = new Date('2027-03-05T09:00:00Z');
const as = (actor: Actor, now = before) => tenantContext(contextFor(handle.db, actor, now), world.slug);
const planner = (now = before) => as(world.users.planner.actor, now);
const steering = (now = after) => as(world.users.steering.actor, now);

async function failure(promise: Promise<unknown>): Promise<{ code: string; fields: Record<string, string> }> {
	try {
		await promise;
	} catch (error) {
		return error as { code: string; fields: Record<string, string> };
	}
	throw new Error('expected a failure');
}

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'lenkstadt');
	other = await createTenantWorld(handle.db, 'nachbarstadt');
	const root = await tenantContext(contextFor(handle.db, system), world.slug);
	const sr = await createLayer(root, { code: 'sr', name: 'Sozialräume' });
	await insertSpatialUnits(
		handle.db,
		world.tenantId,
		sr.id,
		['S1', 'S2', 'S3', 'S4'].map((code) => ({ code, name: `Gebiet ${code}` }))
	);
	await rebuildAncestry(handle.db, world.tenantId);
	const lines = ['Schlüssel;Stichtag;Merkmal;Wert'];
	for (const [code, then, now] of [
		['S1', 50, 40],
		['S2', 50, 40],
		['S3', 100, 150],
		['S4', 100, 150]
	] as const)
		lines.push(
			`${code};31.12.2014;alo;${then}`,
			`${code};31.12.2014;ew;1000`,
			`${code};31.12.2016;alo;${now}`,
			`${code};31.12.2016;ew;1000`
		);
	const tc = await planner();
	await importObservations(tc, {
		layer: 'sr',
		files: [textFile('werte.csv', lines.join('\n'))],
		format: 'long',
		options: { variables: ['alo', 'ew'].map((code) => ({ code, name: code, kind: 'count' as const })) }
	});
	await defineIndicator(tc, {
		code: 'q',
		name: 'Arbeitslosenquote',
		kind: 'rate',
		numerator: ['alo'],
		denominator: ['ew'],
		factor: 100,
		polarity: 'higher_worse'
	});
	await saveGoal(tc, {
		code: 'L 1',
		title: 'Teilhabe in allen Quartieren',
		level: 'leitziel',
		status: 'zur_entscheidung'
	});
	await saveGoal(tc, {
		code: 'Z 1',
		title: 'Arbeitslosigkeit in S3 und S4 senken',
		level: 'handlungsziel',
		parent: 'L 1',
		indicator: 'q',
		direction: 'lower',
		scope: { kind: 'units', layer: 'sr', units: ['S3', 'S4'] },
		baselineDate: '2014-12-31',
		targetValue: 5,
		targetDate: '2030-12-31',
		origin: 'gesamtstrategie',
		status: 'beschlossen'
	});
	await saveMeasure(tc, { code: 'M 1', title: 'Beschäftigungslotsen', status: 'laufend', goals: ['Z 1'] });
	await saveMilestones(tc, 'M 1', [{ title: 'Büro eröffnet', dueOn: '2027-01-15' }]);
	await saveBudget(tc, 'M 1', [
		{ year: 2026, source: 'haushalt', planned: 50000, approved: 50000, spent: 62000, note: 'Mehr Fälle' }
	]);
	await dataChangesSettled();
});
afterAll(() => handle?.close());

describe('bodies and their members', () => {
	it('are set up by planners, with users of the tenant and external people', async () => {
		const body = await createBody(await planner(), {
			name: 'Lenkungsgruppe Sozialplanung',
			kind: 'lenkungsgruppe',
			description: 'Dezernentinnen und Dezernenten, Fraktionen'
		});
		expect(
			(
				await failure(
					createBody(await planner(), { name: 'lenkungsgruppe sozialplanung', kind: 'ausschuss' })
				)
			).code
		).toBe('body.duplicate');
		expect(
			(await failure(createBody(await steering(), { name: 'AG Kita', kind: 'arbeitsgruppe' }))).code
		).toBe('auth.forbidden');
		const chair = await addMember(await planner(), body.id, {
			userId: world.users.steering.userId,
			role: 'vorsitz'
		});
		expect([chair.name, chair.role]).toEqual(['steering lenkstadt', 'vorsitz']);
		const external = await addMember(await planner(), body.id, {
			name: 'Dr. Erika Beispiel',
			organisation: 'Diakonie',
			email: 'e.beispiel@diakonie.example'
		});
		expect(external.userId).toBeNull();
		const bad = await failure(
			addMember(await planner(), body.id, { name: 'Max Muster', email: 'max(at)web' })
		);
		expect(bad.fields.email).toMatch(/keine gültige E-Mail-Adresse/);
		const foreign = await failure(
			addMember(await planner(), body.id, { userId: other.users.planner.userId })
		);
		expect(foreign.fields.userId).toMatch(/gibt es in diesem Mandanten nicht/);
		expect(
			(await failure(addMember(await planner(), body.id, { name: 'dr. erika beispiel' }))).fields.name
		).toMatch(/gehört dem Gremium bereits an/);
		await memberLeaves(await planner(), body.id, external.id, { leftOn: '2027-02-01' });
		const detail = await getBody(await steering(), body.id);
		expect(detail.members.map((m) => [m.name, m.leftOn])).toEqual([
			['steering lenkstadt', null],
			['Dr. Erika Beispiel', '2027-02-01']
		]);
		expect((await listBodies(await steering())).map((b) => [b.name, b.memberCount])).toEqual([
			['Lenkungsgruppe Sozialplanung', 1]
		]);
	});
});

describe('a meeting from the agenda to the approved minutes', () => {
	let bodyId: string;
	let meetingId: string;

	it('is planned with a place or a link, in German local time', async () => {
		bodyId = (await listBodies(await planner()))[0]!.id;
		const missing = await failure(
			createMeeting(await planner(), bodyId, { title: '1. Sitzung', startsAt: '2027-03-04T14:00' })
		);
		expect(missing.fields.place).toMatch(/Ort oder einen Link/);
		const meeting = await createMeeting(await planner(), bodyId, {
			title: '1. Sitzung 2027',
			startsAt: '2027-03-04T14:00',
			place: 'Rathaus, Raum 101'
		});
		expect(meeting.startsAt.toISOString()).toBe('2027-03-04T13:00:00.000Z');
		expect(meeting.status).toBe('geplant');
		meetingId = meeting.id;
	});

	it('takes the agenda proposed from the data, once', async () => {
		const added = await takeProposedAgenda(await planner(), meetingId);
		expect(added.map((i) => [i.kind, i.title])).toEqual([
			['for_decision', 'Beschluss über das Ziel L 1: Teilhabe in allen Quartieren'],
			['goal_worse', 'Ziel Z 1 nicht auf Kurs: Arbeitslosigkeit in S3 und S4 senken'],
			['milestone_overdue', 'Meilenstein überfällig (seit 15.01.2027): Büro eröffnet, Maßnahme M 1'],
			['budget_overrun', 'Budget 2026 überschritten um 12.000 €: Maßnahme M 1 Beschäftigungslotsen']
		]);
		expect(added.map((i) => i.position)).toEqual([1, 2, 3, 4]);
		expect(await takeProposedAgenda(await planner(), meetingId)).toEqual([]);
	});

	it('is reordered, extended and shortened by the planner, not by the steering members', async () => {
		const free = await addAgendaItem(await planner(), meetingId, {
			title: 'Verschiedenes',
			paper: 'Termine 2027'
		});
		expect(free.position).toBe(5);
		const budget = (await getMeeting(await planner(), meetingId)).agenda[3]!.item;
		await moveAgendaItem(await planner(), meetingId, budget.id, 'up');
		const order = (await getMeeting(await planner(), meetingId)).agenda.map((e) => e.item.kind);
		expect(order).toEqual(['for_decision', 'goal_worse', 'budget_overrun', 'milestone_overdue', 'free']);
		const edited = await editAgendaItem(await planner(), meetingId, free.id, {
			title: 'Verschiedenes und Termine',
			proposedDecision: 'Die Lenkungsgruppe nimmt die Termine zur Kenntnis.'
		});
		expect(edited.title).toBe('Verschiedenes und Termine');
		const milestone = (await getMeeting(await planner(), meetingId)).agenda[3]!.item;
		await removeAgendaItem(await planner(), meetingId, milestone.id);
		expect((await getMeeting(await planner(), meetingId)).agenda).toHaveLength(4);
		expect((await failure(removeAgendaItem(await steering(before), meetingId, free.id))).code).toBe(
			'auth.forbidden'
		);
		const unknownGoal = await failure(
			addAgendaItem(await planner(), meetingId, { title: 'Ziel Z 9', goal: 'Z 9' })
		);
		expect(unknownGoal.fields.goal).toMatch(/Ein Ziel „Z 9“ gibt es nicht/);
	});

	it('takes decisions only once held, from the steering members, one per item, never changed', async () => {
		const items = (await getMeeting(await planner(), meetingId)).agenda.map((e) => e.item);
		const goalItem = items.find((i) => i.kind === 'for_decision')!;
		const early = await failure(
			decideItem(await steering(before), meetingId, goalItem.id, {
				outcome: 'beschlossen',
				text: 'Beschlossen.'
			})
		);
		expect(early.code).toBe('meeting.wrong_status');
		await advanceMeeting(await planner(), meetingId);
		// Not held before it has begun.
		expect((await failure(advanceMeeting(await planner(before), meetingId))).code).toBe(
			'meeting.wrong_status'
		);
		await advanceMeeting(await planner(after), meetingId);
		expect((await failure(takeProposedAgenda(await planner(after), meetingId))).code).toBe(
			'meeting.wrong_status'
		);

		expect(
			(
				await failure(
					decideItem(await planner(after), meetingId, goalItem.id, {
						outcome: 'beschlossen',
						text: 'Beschlossen.'
					})
				)
			).code
		).toBe('auth.forbidden');
		const returned = await failure(
			decideItem(await steering(), meetingId, goalItem.id, {
				outcome: 'zurueckverwiesen',
				text: 'Zurück an das Amt.'
			})
		);
		expect(returned.fields.conditions).toMatch(/Auflagen/);
		const votes = await failure(
			decideItem(await steering(), meetingId, goalItem.id, {
				outcome: 'beschlossen',
				text: 'Beschlossen.',
				votesYes: 3,
				votesNo: 5,
				votesAbstain: 0
			})
		);
		expect(votes.fields.votesYes).toMatch(/mehr Ja- als Nein-Stimmen/);
		const partial = await failure(
			decideItem(await steering(), meetingId, goalItem.id, {
				outcome: 'beschlossen',
				text: 'Beschlossen.',
				votesYes: 7
			})
		);
		expect(partial.fields.votesYes).toMatch(/alle drei/);
		expect((await findGoalByCode(handle.db, world.tenantId, 'L 1'))!.status).toBe('zur_entscheidung');

		const decision = await decideItem(await steering(), meetingId, goalItem.id, {
			outcome: 'beschlossen',
			text: 'Die Lenkungsgruppe beschließt das Leitziel L 1.',
			votesYes: '7',
			votesNo: '1',
			votesAbstain: '0'
		});
		expect([decision.outcome, decision.votesYes, decision.decidedBy]).toEqual([
			'beschlossen',
			7,
			'lenkstadt-steering'
		]);
		expect((await findGoalByCode(handle.db, world.tenantId, 'L 1'))!.status).toBe('beschlossen');
		const again = await failure(
			decideItem(await steering(), meetingId, goalItem.id, { outcome: 'abgelehnt', text: 'Doch nicht.' })
		);
		expect(again.code).toBe('decision.exists');

		// A user of another tenant finds no item of this one, whatever the id.
		const foreign = await tenantContext(contextFor(handle.db, other.users.steering.actor, after), other.slug);
		expect(
			(await failure(decideItem(foreign, meetingId, goalItem.id, { outcome: 'abgelehnt', text: 'Fremd.' })))
				.code
		).toBe('meeting.not_found');
	});

	it('approves the minutes only when every item has its decision, and then nothing changes', async () => {
		const detail = await getMeeting(await planner(after), meetingId);
		await recordAttendance(
			await planner(after),
			meetingId,
			Object.fromEntries(detail.members.map((m) => [m.id, 'anwesend']))
		);
		const open = await failure(advanceMeeting(await planner(after), meetingId));
		expect(open.code).toBe('meeting.wrong_status');
		for (const { item, decision } of detail.agenda)
			if (!decision)
				await decideItem(await steering(), meetingId, item.id, {
					outcome: item.kind === 'goal_worse' ? 'zurueckverwiesen' : 'vertagt',
					text: 'Siehe Protokoll.',
					conditions: item.kind === 'goal_worse' ? 'Bitte Maßnahmen für S3 und S4 vorschlagen.' : null
				});
		const approved = await advanceMeeting(await planner(after), meetingId);
		expect(approved.status).toBe('protokoll_freigegeben');
		// Z 1 was beschlossen; returned with conditions, it goes back to its owner as a draft.
		expect((await findGoalByCode(handle.db, world.tenantId, 'Z 1'))!.status).toBe('entwurf');
		const closed = await failure(recordAttendance(await planner(after), meetingId, {}));
		expect(closed.code).toBe('meeting.wrong_status');
		const history = await decisionsAbout(await steering(), { goal: 'Z 1' });
		expect(history.map((d) => [d.outcome, d.conditions, d.meetingTitle, d.bodyName])).toEqual([
			[
				'zurueckverwiesen',
				'Bitte Maßnahmen für S3 und S4 vorschlagen.',
				'1. Sitzung 2027',
				'Lenkungsgruppe Sozialplanung'
			]
		]);
		const measureHistory = await decisionsAbout(await steering(), { measure: 'M 1' });
		expect(measureHistory.map((d) => d.outcome)).toEqual(['vertagt']);
	});

	it('audits every step', async () => {
		const entries = await listAuditEntries(handle.db, world.tenantId, { limit: 500, offset: 0 });
		const entities = new Set(entries.rows.map((e) => e.entity));
		for (const entity of ['body', 'body_member', 'meeting', 'agenda_item', 'decision', 'meeting_attendance'])
			expect(entities, entity).toContain(entity);
		const decided = entries.rows
			.filter((e) => e.entity === 'goal' && (e.after as { decisionId?: string })?.decisionId)
			.map((e) => [(e.before as { status: string }).status, (e.after as { status: string }).status]);
		expect(decided.sort()).toEqual([
			['beschlossen', 'entwurf'],
			['zur_entscheidung', 'beschlossen']
		]);
	});

	it('proposes at the next meeting only what changed since this one', async () => {
		const next = await createMeeting(await planner(after), bodyId, {
			title: '2. Sitzung 2027',
			startsAt: '2027-06-10T14:00',
			onlineLink: 'https://meet.example/lenkung'
		});
		const proposed = await takeProposedAgenda(await planner(after), next.id);
		// L 1 is decided; Z 1 is still off track but was off track already at the last meeting.
		expect(proposed.map((i) => i.kind)).toEqual(['milestone_overdue', 'budget_overrun']);
	});
});
