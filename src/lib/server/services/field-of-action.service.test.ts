import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { Actor } from '../../core/auth/policy';
import { AppError } from '../../core/errors';
import type { DatabaseHandle } from '../db/client';
import { listAuditEntries } from '../repositories/audit.repository';
import { listFieldsOfAction, saveFieldOfAction } from './field-of-action.service';
import { tenantContext } from './tenant-context';

let handle: DatabaseHandle;
let world: TenantWorld;
const as = async (actor: Actor) => tenantContext(contextFor(handle.db, actor), world.slug);

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'feldstadt');
});
afterAll(() => handle?.close());

describe('fields of action (Handlungsfelder)', () => {
	it('are created and renamed with their departments, and audited', async () => {
		const planner = await as(world.users.planner.actor);
		await saveFieldOfAction(planner, {
			code: 'teilhabe_armut',
			name: 'Teilhabe und Armut',
			departmentIds: [world.schulamtId, world.jugendamtId]
		});
		const renamed = await saveFieldOfAction(planner, {
			code: 'teilhabe_armut',
			name: 'Teilhabe, Armut und Existenzsicherung',
			departmentIds: [world.jugendamtId]
		});
		expect(renamed.departments.map((d) => d.name)).toEqual(['Jugendamt']);
		const listed = await listFieldsOfAction(await as(world.users.viewer.actor));
		expect(listed.find((f) => f.code === 'teilhabe_armut')?.name).toBe(
			'Teilhabe, Armut und Existenzsicherung'
		);
		const { rows } = await listAuditEntries(handle.db, world.tenantId, {
			limit: 5,
			offset: 0,
			entity: 'topic'
		});
		// Both under the context's one `now`: the order of equal times is the database's.
		expect(rows.map((r) => r.action).sort()).toEqual(['create', 'update']);
	});

	it('are refused to department planners and to unknown departments', async () => {
		const own = await as(world.users.department_planner.actor);
		const refused = await saveFieldOfAction(own, { code: 'alter', name: 'Alter' }).catch((e: unknown) => e);
		expect((refused as AppError).code).toBe('auth.forbidden');
		const planner = await as(world.users.planner.actor);
		const bad = await saveFieldOfAction(planner, {
			code: 'Alter!',
			name: 'A',
			departmentIds: ['00000000-0000-4000-8000-000000000000']
		}).catch((e: unknown) => e);
		expect((bad as AppError).fields).toMatchObject({ code: expect.stringMatching(/Kleinbuchstaben/) });
		expect((await listFieldsOfAction(planner)).some((f) => f.code === 'alter')).toBe(false);
	});
});
