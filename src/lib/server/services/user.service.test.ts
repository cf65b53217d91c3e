import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/support/test-db';
import {
	contextFor,
	createTenantWorld,
	system,
	testPassword,
	type TenantWorld
} from '../../../../test/support/fixtures';
import { loadConfig } from '../config';
import type { DatabaseHandle } from '../db/client';
import { login } from './auth.service';
import { listAudit } from './audit.service';
import { createProvider } from './facility-taxonomy.service';
import { createTenant } from './tenant.service';
import { createUser, listUsers, removeMember, updateMember } from './user.service';
import { tenantContext } from './tenant-context';

let handle: DatabaseHandle;
let berlin: TenantWorld;

beforeAll(async () => {
	handle = await createTestDatabase();
	berlin = await createTenantWorld(handle.db, 'berlin');
});
afterAll(() => handle?.close());

describe('user administration', () => {
	it('an admin creates a user, and the change is audited with its after state', async () => {
		const tc = await tenantContext(contextFor(handle.db, berlin.users.admin.actor), 'berlin');
		const created = await createUser(tc, {
			username: 'erika.muster',
			email: 'erika@example.de',
			displayName: 'Erika Muster',
			password: testPassword,
			role: 'planner'
		});
		expect(created.role).toBe('planner');
		const users = await listUsers(tc);
		expect(users.map((u) => u.username)).toContain('erika.muster');
		const audit = await listAudit(tc, { entity: 'user' });
		const entry = audit.entries.find((e) => e.entityId === created.userId);
		expect(entry?.action).toBe('create');
		expect(entry?.actor).toBe(berlin.users.admin.username);
		expect(entry?.after).toMatchObject({ username: 'erika.muster', role: 'planner' });
		expect(JSON.stringify(entry?.after)).not.toContain('argon2');
	});

	it('refuses a duplicate user name case-insensitively and writes nothing', async () => {
		const ctx = contextFor(handle.db, berlin.users.admin.actor);
		const before = (await listAudit(await tenantContext(ctx, 'berlin'))).total;
		await expect(
			tenantContext(ctx, 'berlin').then((tc) =>
				createUser(tc, {
					username: 'ERIKA.MUSTER',
					displayName: 'Doppelt',
					password: testPassword,
					role: 'viewer'
				})
			)
		).rejects.toMatchObject({ code: 'user.duplicate' });
		expect((await listAudit(await tenantContext(ctx, 'berlin'))).total).toBe(before);
	});

	it('refuses a short password with a German message', async () => {
		const ctx = contextFor(handle.db, berlin.users.admin.actor);
		await expect(
			tenantContext(ctx, 'berlin').then((tc) =>
				createUser(tc, { username: 'kurz', displayName: 'Kurz', password: 'kurz', role: 'viewer' })
			)
		).rejects.toMatchObject({
			code: 'auth.weak_password',
			message: expect.stringContaining('mindestens 12 Zeichen')
		});
	});

	it('requires a department of this tenant for a department planner', async () => {
		const ctx = contextFor(handle.db, berlin.users.admin.actor);
		const input = {
			username: 'fach',
			displayName: 'Fach Planerin',
			password: testPassword,
			role: 'department_planner'
		};
		await expect(tenantContext(ctx, 'berlin').then((tc) => createUser(tc, input))).rejects.toMatchObject({
			code: 'department.required'
		});
		await expect(
			tenantContext(ctx, 'berlin').then((tc) =>
				createUser(tc, { ...input, departmentId: '00000000-0000-4000-8000-000000000000' })
			)
		).rejects.toMatchObject({ code: 'department.not_found' });
		const ok = await createUser(await tenantContext(ctx, 'berlin'), {
			...input,
			departmentId: berlin.schulamtId
		});
		expect(ok.departmentId).toBe(berlin.schulamtId);
	});

	it('keeps at least one active admin in a tenant', async () => {
		const ctx = contextFor(handle.db, berlin.users.admin.actor);
		const admin = berlin.users.admin.userId;
		await expect(
			tenantContext(ctx, 'berlin').then((tc) => updateMember(tc, admin, { role: 'viewer' }))
		).rejects.toMatchObject({
			code: 'user.last_admin'
		});
		await expect(tenantContext(ctx, 'berlin').then((tc) => removeMember(tc, admin))).rejects.toMatchObject({
			code: 'user.last_admin'
		});
	});

	it('records role changes with before and after', async () => {
		const tc = await tenantContext(contextFor(handle.db, berlin.users.admin.actor), 'berlin');
		await updateMember(tc, berlin.users.viewer.userId, { role: 'steering' });
		const audit = await listAudit(tc, { entity: 'membership' });
		expect(audit.entries[0]).toMatchObject({
			action: 'update',
			before: { role: 'viewer' },
			after: { role: 'steering' }
		});
	});
});

describe('provider (Träger) accounts', () => {
	const input = {
		username: 'traeger.konto',
		displayName: 'Träger Konto',
		password: testPassword,
		role: 'provider'
	};

	it('requires a Träger of this tenant for the role provider, with German messages', async () => {
		const ctx = contextFor(handle.db, berlin.users.admin.actor);
		const root = contextFor(handle.db, system);
		await createTenant(root, { slug: 'anderswo', name: 'Anderswo', kind: 'gemeinde' });
		const foreign = await createProvider(await tenantContext(root, 'anderswo'), { name: 'Fremder Träger' });
		const before = (await listAudit(await tenantContext(ctx, 'berlin'))).total;
		await expect(tenantContext(ctx, 'berlin').then((tc) => createUser(tc, input))).rejects.toMatchObject({
			code: 'provider.required',
			message: expect.stringContaining('braucht einen Träger')
		});
		await expect(
			tenantContext(ctx, 'berlin').then((tc) =>
				createUser(tc, { ...input, providerId: '00000000-0000-4000-8000-000000000000' })
			)
		).rejects.toMatchObject({ code: 'provider.not_found', message: expect.stringContaining('Träger') });
		await expect(
			tenantContext(ctx, 'berlin').then((tc) => createUser(tc, { ...input, providerId: foreign.id }))
		).rejects.toMatchObject({
			code: 'provider.not_found'
		});
		await expect(
			tenantContext(ctx, 'berlin').then((tc) => createUser(tc, { ...input, providerId: 'kein-uuid' }))
		).rejects.toMatchObject({
			code: 'validation.invalid'
		});
		expect((await listAudit(await tenantContext(ctx, 'berlin'))).total).toBe(before);
	});

	it('creates a provider account for a Träger and lists it with the Träger’s name', async () => {
		const tc = await tenantContext(contextFor(handle.db, berlin.users.admin.actor), 'berlin');
		const created = await createUser(tc, { ...input, providerId: berlin.providerId });
		expect(created).toMatchObject({ role: 'provider', providerId: berlin.providerId });
		expect(created.providerName).toBe('Kita-Träger Beispiel');
		const listed = (await listUsers(tc)).find((u) => u.userId === created.userId);
		expect(listed).toMatchObject({ providerId: berlin.providerId, providerName: 'Kita-Träger Beispiel' });
		const audit = await listAudit(tc, { entity: 'user' });
		const entry = audit.entries.find((e) => e.entityId === created.userId);
		expect(entry?.after).toMatchObject({ role: 'provider', providerId: berlin.providerId });
	});

	it('the test world has a provider account for „Kita-Träger Beispiel“', async () => {
		const tc = await tenantContext(contextFor(handle.db, berlin.users.admin.actor), 'berlin');
		const world = (await listUsers(tc)).find((u) => u.username === 'berlin-provider');
		expect(world).toMatchObject({ role: 'provider', providerName: 'Kita-Träger Beispiel' });
		const members = await listUsers(tc);
		expect(members.filter((u) => u.role !== 'provider').every((u) => u.providerId === null)).toBe(true);
	});

	it('ignores a Träger for other roles and clears it when the role changes, audited before and after', async () => {
		const ctx = contextFor(handle.db, berlin.users.admin.actor);
		const planner = await createUser(await tenantContext(ctx, 'berlin'), {
			username: 'planer.mit.traeger',
			displayName: 'Planer',
			password: testPassword,
			role: 'planner',
			providerId: berlin.providerId
		});
		expect(planner.providerId).toBeNull();
		const account = (await listUsers(await tenantContext(ctx, 'berlin'))).find(
			(u) => u.username === 'traeger.konto'
		)!;
		await updateMember(await tenantContext(ctx, 'berlin'), account.userId, {
			role: 'viewer',
			providerId: berlin.providerId
		});
		const after = (await listUsers(await tenantContext(ctx, 'berlin'))).find(
			(u) => u.userId === account.userId
		);
		expect(after).toMatchObject({ role: 'viewer', providerId: null, providerName: null });
		const audit = await listAudit(await tenantContext(ctx, 'berlin'), { entity: 'membership' });
		expect(audit.entries[0]).toMatchObject({
			entityId: account.userId,
			action: 'update',
			before: { role: 'provider', providerId: berlin.providerId },
			after: { role: 'viewer', providerId: null }
		});
		await expect(
			tenantContext(ctx, 'berlin').then((tc) => updateMember(tc, account.userId, { role: 'provider' }))
		).rejects.toMatchObject({
			code: 'provider.required'
		});
		await updateMember(await tenantContext(ctx, 'berlin'), account.userId, {
			role: 'provider',
			providerId: berlin.providerId
		});
		const back = (await listUsers(await tenantContext(ctx, 'berlin'))).find(
			(u) => u.userId === account.userId
		);
		expect(back).toMatchObject({ role: 'provider', providerId: berlin.providerId });
	});

	it("does not reveal another tenant's accounts: the same name and e-mail can be created in a second tenant", async () => {
		const other = await createTenantWorld(handle.db, 'potsdam');
		const berlinAdmin = await tenantContext(contextFor(handle.db, berlin.users.admin.actor), 'berlin');
		const potsdamAdmin = contextFor(handle.db, other.users.admin.actor);
		const person = { displayName: 'Lena Lang', role: 'planner' as const };
		await createUser(berlinAdmin, {
			...person,
			username: 'l.lang',
			email: 'l.lang@example.de',
			password: 'berlin-passwort-123'
		});
		// Potsdam's administration learns nothing about Berlin's accounts: no 409, an account of its own.
		const potsdams = await createUser(await tenantContext(potsdamAdmin, 'potsdam'), {
			...person,
			username: 'L.Lang',
			email: 'L.LANG@example.de',
			password: 'potsdam-passwort-456'
		});
		expect(potsdams.username).toBe('L.Lang');
		expect((await listUsers(await tenantContext(potsdamAdmin, 'potsdam'))).map((u) => u.username)).toContain(
			'L.Lang'
		);
		expect((await listUsers(berlinAdmin)).map((u) => u.username)).not.toContain('L.Lang');
		// Within one tenant the name stays unique.
		await expect(
			tenantContext(potsdamAdmin, 'potsdam').then((tc) =>
				createUser(tc, { ...person, username: 'l.lang', password: testPassword })
			)
		).rejects.toMatchObject({ code: 'user.duplicate' });

		// Each person signs in with the shared name and their own password, into their own tenant.
		const settings = loadConfig({});
		const from = { address: '10.1.1.1', userAgent: null, now: new Date() };
		const intoBerlin = await login(
			handle.db,
			{ login: 'l.lang', password: 'berlin-passwort-123' },
			from,
			settings
		);
		const intoPotsdam = await login(
			handle.db,
			{ login: 'l.lang@example.de', password: 'potsdam-passwort-456' },
			from,
			settings
		);
		expect(intoBerlin.user.homeTenantId).toBe(berlin.tenantId);
		expect(intoPotsdam.user.id).toBe(potsdams.userId);
		await expect(
			login(handle.db, { login: 'l.lang', password: 'falsches-passwort-789' }, from, settings)
		).rejects.toMatchObject({ code: 'auth.invalid_credentials' });
	});
});
