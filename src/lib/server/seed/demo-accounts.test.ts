import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, system } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { createTenant } from '../services/tenant.service';
import { createUser, listUsers } from '../services/user.service';
import { demoLoginLine, demoLogins, ensureDemoAccounts } from './demo-accounts';
import { tenantContext } from '../services/tenant-context';

/** The demo's planner and admin, on a new demo and on a demo whose only account was the admin `demo`. */
let handle: DatabaseHandle;
const ctx = () => contextFor(handle.db, system);
const password = 'querschnitt-demo';
const roles = async (slug: string) =>
	Object.fromEntries((await listUsers(await tenantContext(ctx(), slug))).map((m) => [m.username, m.role]));

beforeAll(async () => {
	handle = await createTestDatabase();
}, 120_000);
afterAll(() => handle?.close());

describe('the demo accounts', () => {
	it('a new demo gets a planner „demo“ and an admin „demo-admin“, both opened by the demo password', async () => {
		await createTenant(ctx(), { slug: 'neu', name: 'Neu', kind: 'kreisfreie_stadt' });
		await ensureDemoAccounts(await tenantContext(ctx(), 'neu'), password);
		expect(await roles('neu')).toEqual({ demo: 'planner', 'demo-admin': 'admin' });
		const logins = await demoLogins(handle.db, password);
		expect(logins.map((l) => [l.username, l.role, l.roleLabel])).toEqual([
			['demo', 'planner', 'Planung'],
			['demo-admin', 'admin', 'Administration']
		]);
		const line = demoLoginLine(logins, 'Berlin (Beispiel)');
		expect(line).toBe(
			'Demo-Zugang (Mandant „Berlin (Beispiel)“): „demo“ (Planung) und „demo-admin“ (Administration), Passwort „querschnitt-demo“.'
		);
		// Plain text for any terminal and log: no colour codes.
		expect(line).not.toContain(String.fromCharCode(27));
		expect(await demoLogins(handle.db, 'ein-anderes-passwort')).toEqual([]);
	});
});

describe('an earlier demo, where „demo“ was the admin', () => {
	it('gets „demo-admin“ on start, „demo“ becomes a planner once, and a second start changes nothing', async () => {
		// A fresh database of its own: user names are unique over all tenants.
		const own = await createTestDatabase();
		try {
			const c = contextFor(own.db, system);
			await createTenant(c, { slug: 'alt', name: 'Alt', kind: 'kreisfreie_stadt' });
			await createUser(await tenantContext(c, 'alt'), {
				username: 'demo',
				displayName: 'Demo-Planerin',
				password,
				role: 'admin'
			});
			await ensureDemoAccounts(await tenantContext(c, 'alt'), password);
			const members = async () =>
				Object.fromEntries((await listUsers(await tenantContext(c, 'alt'))).map((m) => [m.username, m.role]));
			expect(await members()).toEqual({ demo: 'planner', 'demo-admin': 'admin' });
			await ensureDemoAccounts(await tenantContext(c, 'alt'), password);
			expect(await members()).toEqual({ demo: 'planner', 'demo-admin': 'admin' });
		} finally {
			await own.close();
		}
	});
});
