import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { Actor } from '../../core/auth/policy';
import { AppError } from '../../core/errors';
import type { DatabaseHandle } from '../db/client';
import { listAuditEntries } from '../repositories/audit.repository';
import { assessGoal, listAssessments } from './goal-assessment.service';
import { saveGoal } from './goal.service';
import { tenantContext } from './tenant-context';

let handle: DatabaseHandle;
let world: TenantWorld;
const now = new Date('2027-02-01T10:00:00Z');
const as = async (actor: Actor) => tenantContext(contextFor(handle.db, actor, now), world.slug);

async function failure(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'bewertungsstadt');
	await saveGoal(await as(world.users.planner.actor), {
		code: 'L 1',
		title: 'Beteiligung junger Menschen stärken',
		level: 'leitziel',
		ownerDepartmentId: world.jugendamtId
	});
});
afterAll(() => handle?.close());

describe('assessing a qualitative goal', () => {
	it('keeps every dated assessment of the owner department, audited, never overwritten', async () => {
		const owner = await as(world.users.department_planner.actor);
		await assessGoal(owner, 'L 1', {
			assessedOn: '2026-06-30',
			rating: 'at_risk',
			text: 'Das Jugendforum hat erst zweimal getagt.'
		});
		await assessGoal(owner, 'L 1', {
			assessedOn: '2026-12-31',
			rating: 'on_track',
			text: 'Jugendforen in allen Bezirksregionen gegründet.'
		});
		const history = await listAssessments(await as(world.users.viewer.actor), 'L 1');
		expect(history.map((a) => [a.assessedOn, a.rating, a.author])).toEqual([
			['2026-06-30', 'at_risk', world.users.department_planner.username],
			['2026-12-31', 'on_track', world.users.department_planner.username]
		]);
		const { rows } = await listAuditEntries(handle.db, world.tenantId, {
			limit: 5,
			offset: 0,
			entity: 'goal_assessment'
		});
		expect(rows).toHaveLength(2);
	});

	it('refuses other departments, future dates, missing reasons and goals measured by data', async () => {
		await saveGoal(await as(world.users.planner.actor), {
			code: 'L 2',
			title: 'Schulwege sicher machen',
			level: 'leitziel',
			ownerDepartmentId: world.schulamtId
		});
		const jugendamt = await as(world.users.department_planner.actor);
		const good = { assessedOn: '2026-12-31', rating: 'on_track', text: 'Alle Schulwegpläne liegen vor.' };
		expect((await failure(assessGoal(jugendamt, 'L 2', good))).code).toBe('auth.forbidden');
		const planner = await as(world.users.planner.actor);
		const bad = await failure(
			assessGoal(planner, 'L 2', { assessedOn: '2027-03-01', rating: 'no_data', text: 'kurz' })
		);
		expect(bad.fields).toMatchObject({ rating: expect.any(String), text: expect.any(String) });
		const future = await failure(assessGoal(planner, 'L 2', { ...good, assessedOn: '2027-03-01' }));
		expect(future.fields?.assessedOn).toMatch(/Zukunft/);
		expect(await listAssessments(planner, 'L 2')).toEqual([]);
		expect((await failure(assessGoal(planner, 'Z 404', good))).code).toBe('goal.not_found');
	});
});
