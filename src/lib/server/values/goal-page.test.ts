import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { Actor } from '../../core/auth/policy';
import { AppError } from '../../core/errors';
import { goalChanges } from '../../core/planning/goal-changes';
import type { DatabaseHandle } from '../db/client';
import { findGoalByCode } from '../repositories/goal.repository';
import { assessGoal } from '../services/goal-assessment.service';
import { saveGoal } from '../services/goal.service';
import { tenantContext } from '../services/tenant-context';
import { goalChangeSources, goalMapLayer } from './goal-page';

/**
 * The goal page's changes as the services write them: a goal created, changed and assessed, read
 * back from the audit log through goalChangeSources and worded by goalChanges; another goal's
 * entries stay out.
 */
let handle: DatabaseHandle;
let world: TenantWorld;
let clock = Date.parse('2027-03-01T08:00:00Z');
const as = async (actor: Actor) =>
	tenantContext(contextFor(handle.db, actor, new Date((clock += 60_000))), world.slug);

const leitziel = {
	code: 'L 7',
	title: 'Beteiligung junger Menschen stärken',
	level: 'leitziel',
	origin: 'fachplanung'
};

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'aenderungsstadt');
	const planner = await as(world.users.planner.actor);
	await saveGoal(planner, { ...leitziel, ownerDepartmentId: world.jugendamtId });
	await saveGoal(planner, { ...leitziel, code: 'L 8', title: 'Ein anderes Ziel' });
	await saveGoal(
		await as(world.users.department_planner.actor),
		{
			...leitziel,
			title: 'Beteiligung junger Menschen in allen Bezirksregionen stärken',
			status: 'beschlossen',
			ownerDepartmentId: world.jugendamtId,
			ownerName: 'Jugendhilfeplanung'
		},
		'update'
	);
	await assessGoal(await as(world.users.department_planner.actor), 'L 7', {
		assessedOn: '2027-02-28',
		rating: 'at_risk',
		text: 'Das Jugendforum hat erst zweimal getagt.'
	});
});
afterAll(() => handle?.close());

describe('the changes of a goal on its page', () => {
	it('lists creation, change and assessment of this goal only, newest first, in words', async () => {
		const viewer = await as(world.users.viewer.actor);
		const goal = (await findGoalByCode(handle.db, world.tenantId, 'L 7'))!;
		const sources = await goalChangeSources(viewer, goal);
		const changes = goalChanges(sources.entries, 'de', sources.names);
		expect(changes.map((c) => [c.kind, c.actor])).toEqual([
			['assessed', world.users.department_planner.username],
			['updated', world.users.department_planner.username],
			['created', world.users.planner.username]
		]);
		const [assessed, updated, created] = changes;
		expect(assessed!.fields.map((f) => [f.label, f.after])).toEqual([
			['Datum der Bewertung', '28.02.2027'],
			['Bewertung', 'gefährdet'],
			['Begründung', 'Das Jugendforum hat erst zweimal getagt.']
		]);
		expect(updated!.fields.map((f) => [f.label, f.before, f.after])).toEqual([
			[
				'Titel',
				'Beteiligung junger Menschen stärken',
				'Beteiligung junger Menschen in allen Bezirksregionen stärken'
			],
			['Verantwortliche Person', 'keine Angabe', 'Jugendhilfeplanung'],
			['Status', 'Entwurf', 'beschlossen']
		]);
		expect(created!.fields.find((f) => f.label === 'Verantwortlicher Fachbereich')?.after).toBe('Jugendamt');
		expect(created!.fields.find((f) => f.label === 'Titel')?.after).toBe(
			'Beteiligung junger Menschen stärken'
		);
	});

	it('is read by whoever reads the goal, not by a Träger; a qualitative goal has no map', async () => {
		const goal = (await findGoalByCode(handle.db, world.tenantId, 'L 7'))!;
		const provider = await as(world.users.provider.actor);
		await expect(goalChangeSources(provider, goal)).rejects.toBeInstanceOf(AppError);
		expect(await goalMapLayer(await as(world.users.steering.actor), goal)).toBeNull();
	});
});
