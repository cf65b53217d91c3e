import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/support/test-db';
import {
	contextFor,
	createTenantWorld,
	testPassword,
	type TenantWorld
} from '../../../../test/support/fixtures';
import { loadConfig } from '../config';
import type { DatabaseHandle } from '../db/client';
import { findSession } from '../repositories/session.repository';
import { sha256 } from '../auth/tokens';
import { listAudit } from './audit.service';
import { changeOwnPassword, checkSession, login, logout } from './auth.service';
import { removeMember } from './user.service';
import { tenantContext } from './tenant-context';

let handle: DatabaseHandle;
let world: TenantWorld;
const settings = loadConfig({ SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '8', LOGIN_MAX_FAILURES: '3' });
const t0 = new Date('2026-11-21T08:00:00Z');
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const from = (address: string, now = t0) => ({ address, userAgent: 'vitest', now });

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'koeln');
});
afterAll(() => handle?.close());

describe('login and sessions', () => {
	it('logs in by user name or e-mail-less name case-insensitively and stores only the token hash', async () => {
		const result = await login(
			handle.db,
			{ login: 'KOELN-PLANNER', password: testPassword },
			from('10.0.0.1'),
			settings
		);
		expect(result.user.username).toBe('koeln-planner');
		expect(await findSession(handle.db, result.token)).toBeUndefined();
		expect(await findSession(handle.db, sha256(result.token))).toBeDefined();
		expect(result.expiresAt).toEqual(later(8 * 60));
	});

	it('refuses a wrong password and an unknown user with the same German message', async () => {
		for (const attempt of [
			{ login: 'koeln-viewer', password: 'falsches-passwort' },
			{ login: 'niemand', password: 'falsches-passwort' }
		]) {
			await expect(login(handle.db, attempt, from('10.0.0.2'), settings)).rejects.toMatchObject({
				code: 'auth.invalid_credentials',
				message: 'Benutzername oder Passwort ist falsch.'
			});
		}
	});

	it('locks a user name after repeated failures, even with the right password, and tells how long', async () => {
		for (let i = 0; i < 3; i++) {
			await expect(
				login(
					handle.db,
					{ login: 'koeln-steering', password: 'falsch-falsch' },
					from('10.0.0.3', later(i)),
					settings
				)
			).rejects.toMatchObject({ code: 'auth.invalid_credentials' });
		}
		await expect(
			login(
				handle.db,
				{ login: 'koeln-steering', password: testPassword },
				from('10.0.0.9', later(3)),
				settings
			)
		).rejects.toMatchObject({ code: 'auth.rate_limited', params: { minutes: 12 } });
		// After the window the right password works again.
		const ok = await login(
			handle.db,
			{ login: 'koeln-steering', password: testPassword },
			from('10.0.0.9', later(20)),
			settings
		);
		expect(ok.user.username).toBe('koeln-steering');
	});

	it('ends a session after the idle time and at its absolute end', async () => {
		const { token } = await login(
			handle.db,
			{ login: 'koeln-viewer', password: testPassword },
			from('10.0.1.1'),
			settings
		);
		expect((await checkSession(handle.db, token, later(10), settings)).status).toBe('valid');
		// Used at minute 10, so idle until minute 40.
		expect((await checkSession(handle.db, token, later(39), settings)).status).toBe('valid');
		expect((await checkSession(handle.db, token, later(39 + 31), settings)).status).toBe('expired');
		// Once expired it is gone.
		expect((await checkSession(handle.db, token, later(39 + 31), settings)).status).toBe('none');

		const second = await login(
			handle.db,
			{ login: 'koeln-viewer', password: testPassword },
			from('10.0.1.1'),
			settings
		);
		let now = 0;
		for (; now < 8 * 60 - 20; now += 20)
			expect((await checkSession(handle.db, second.token, later(now), settings)).status).toBe('valid');
		expect((await checkSession(handle.db, second.token, later(8 * 60), settings)).status).toBe('expired');
	});

	it('carries the memberships of the user into the actor', async () => {
		const { token } = await login(
			handle.db,
			{ login: 'koeln-department-planner', password: testPassword },
			from('10.0.2.1'),
			settings
		);
		const check = await checkSession(handle.db, token, later(1), settings);
		expect(check.status).toBe('valid');
		if (check.status !== 'valid') return;
		expect(check.actor.memberships).toEqual([
			{
				tenantId: world.tenantId,
				role: 'department_planner',
				departmentId: world.jugendamtId,
				providerId: null
			}
		]);
	});

	it('carries the Träger of a provider account into the actor', async () => {
		const { token } = await login(
			handle.db,
			{ login: 'koeln-provider', password: testPassword },
			from('10.0.2.2'),
			settings
		);
		const check = await checkSession(handle.db, token, later(1), settings);
		expect(check.status).toBe('valid');
		if (check.status !== 'valid') return;
		expect(check.actor.memberships).toEqual([
			{ tenantId: world.tenantId, role: 'provider', departmentId: null, providerId: world.providerId }
		]);
	});

	it('logs out', async () => {
		const { token } = await login(
			handle.db,
			{ login: 'koeln-admin', password: testPassword },
			from('10.0.3.1'),
			settings
		);
		await logout(handle.db, token);
		expect((await checkSession(handle.db, token, t0, settings)).status).toBe('none');
	});

	it('changes the own password: old sessions end, the new password works, the change is audited', async () => {
		const { token } = await login(
			handle.db,
			{ login: 'koeln-admin', password: testPassword },
			from('10.0.4.1'),
			settings
		);
		const ctx = contextFor(handle.db, world.users.admin.actor, later(1));
		await expect(
			changeOwnPassword(ctx, { currentPassword: 'falsch', newPassword: 'ein-neues-langes-passwort' })
		).rejects.toMatchObject({
			code: 'auth.invalid_credentials'
		});
		await expect(
			changeOwnPassword(ctx, { currentPassword: testPassword, newPassword: 'kurz' })
		).rejects.toMatchObject({
			code: 'auth.weak_password'
		});
		await changeOwnPassword(ctx, { currentPassword: testPassword, newPassword: 'ein-neues-langes-passwort' });
		expect((await checkSession(handle.db, token, later(2), settings)).status).toBe('none');
		await expect(
			login(handle.db, { login: 'koeln-admin', password: testPassword }, from('10.0.4.2'), settings)
		).rejects.toMatchObject({
			code: 'auth.invalid_credentials'
		});
		await login(
			handle.db,
			{ login: 'koeln-admin', password: 'ein-neues-langes-passwort' },
			from('10.0.4.2'),
			settings
		);
		const audit = await listAudit(await tenantContext(ctx, 'koeln'), { entity: 'user' });
		expect(audit.entries.some((e) => e.entityId === world.users.admin.userId && e.action === 'update')).toBe(
			true
		);
	});

	it('disables a user removed from their last tenant and ends their sessions', async () => {
		const { token } = await login(
			handle.db,
			{ login: 'koeln-planner', password: testPassword },
			from('10.0.5.1'),
			settings
		);
		await removeMember(
			await tenantContext(contextFor(handle.db, world.users.admin.actor), 'koeln'),
			world.users.planner.userId
		);
		expect((await checkSession(handle.db, token, later(1), settings)).status).toBe('none');
		await expect(
			login(handle.db, { login: 'koeln-planner', password: testPassword }, from('10.0.5.2'), settings)
		).rejects.toMatchObject({
			code: 'auth.account_disabled'
		});
	});
});
