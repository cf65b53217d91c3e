import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { findApiTokenByHash } from '../repositories/api-token.repository';
import { sha256 } from '../auth/tokens';
import { checkApiToken, createApiToken, listApiTokens, revokeApiToken } from './api-token.service';
import { listAudit } from './audit.service';
import { listUsers } from './user.service';
import { tenantContext } from './tenant-context';

let handle: DatabaseHandle;
let world: TenantWorld;
const t0 = new Date('2026-11-21T09:00:00Z');
const days = (n: number) => new Date(t0.getTime() + n * 86_400_000);

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'bonn');
});
afterAll(() => handle?.close());

describe('API tokens', () => {
	it('creates a token shown once; only its hash is stored; it acts with the user’s memberships', async () => {
		const ctx = contextFor(handle.db, world.users.planner.actor, t0);
		const { token, info } = await createApiToken(ctx, { name: 'Fachverfahren-Export', expiresInDays: 30 });
		expect(token).toMatch(/^qs_[A-Za-z0-9_-]{43}$/);
		expect(info).not.toHaveProperty('tokenHash');
		expect(info.prefix).toBe(token.slice(0, 9));
		expect((await findApiTokenByHash(handle.db, sha256(token)))?.id).toBe(info.id);

		const check = await checkApiToken(handle.db, token, days(1));
		expect(check.status).toBe('valid');
		if (check.status !== 'valid') return;
		expect(check.actor).toEqual(world.users.planner.actor);
		// The token reaches what its user reaches, and no more.
		const users = await listUsers(await tenantContext(contextFor(handle.db, check.actor), 'bonn'));
		expect(users.length).toBeGreaterThan(0);
	});

	it('refuses an expired, unknown or malformed token', async () => {
		const ctx = contextFor(handle.db, world.users.viewer.actor, t0);
		const { token } = await createApiToken(ctx, { name: 'Kurzlebig', expiresInDays: 1 });
		expect((await checkApiToken(handle.db, token, days(2))).status).toBe('invalid');
		expect((await checkApiToken(handle.db, 'qs_' + 'x'.repeat(43), t0)).status).toBe('invalid');
		expect((await checkApiToken(handle.db, 'Bearer kaputt', t0)).status).toBe('invalid');
	});

	it('a token marked public acts as the public', async () => {
		const ctx = contextFor(handle.db, world.users.admin.actor, t0);
		const { token } = await createApiToken(ctx, { name: 'Offene Daten', publicOnly: 'on' });
		const check = await checkApiToken(handle.db, token, t0);
		expect(check).toMatchObject({ status: 'valid', actor: { kind: 'anonymous' } });
	});

	it('lists and revokes only the own tokens, audited in the user’s tenants', async () => {
		const steering = contextFor(handle.db, world.users.steering.actor, t0);
		const { token, info } = await createApiToken(steering, { name: 'Berichtswerkzeug' });
		expect((await listApiTokens(steering)).map((t) => t.id)).toEqual([info.id]);

		const other = contextFor(handle.db, world.users.admin.actor, t0);
		await expect(revokeApiToken(other, info.id)).rejects.toMatchObject({ code: 'api_token.not_found' });
		await expect(revokeApiToken(other, 'keine-uuid')).rejects.toMatchObject({ code: 'api_token.not_found' });

		await revokeApiToken(steering, info.id);
		expect(await listApiTokens(steering)).toEqual([]);
		expect((await checkApiToken(handle.db, token, t0)).status).toBe('invalid');
		const audit = await listAudit(
			await tenantContext(contextFor(handle.db, world.users.admin.actor), 'bonn'),
			{
				entity: 'api_token'
			}
		);
		expect(
			audit.entries
				.filter((e) => e.entityId === info.id)
				.map((e) => e.action)
				.sort()
		).toEqual(['create', 'delete']);
	});

	it('refuses the public and validates the name', async () => {
		await expect(
			createApiToken(contextFor(handle.db, { kind: 'anonymous' }), { name: 'x' })
		).rejects.toMatchObject({
			code: 'auth.unauthenticated'
		});
		await expect(
			createApiToken(contextFor(handle.db, world.users.admin.actor), { name: '' })
		).rejects.toMatchObject({
			code: 'validation.invalid'
		});
	});
});
