import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/auth/policy';
import type { Role } from '../../core/auth/roles';
import { isAppError } from '../../core/errors';
import {
	anonymous,
	contextFor,
	createTenantWorld,
	testPassword,
	type TenantWorld
} from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { listAudit } from './audit.service';
import type { ServiceContext } from './context';
import { listIndicators } from './indicator.service';
import { createProvider, listProviders } from './facility-taxonomy.service';
import { listLayers } from './spatial-layer.service';
import { listVariables } from './variable.service';
import { createDepartment, createTenant, listDepartments, resolveTenant } from './tenant.service';
import { createUser, listUsers, removeMember, resetPassword, updateMember } from './user.service';
import { tenantContext } from './tenant-context';
import { createBody, listBodies } from './body.service';
import { decideItem } from './decision.service';
import { addAgendaItem, advanceMeeting, createMeeting } from './meeting.service';

/**
 * Every service operation, tried by every role of the tenant, by the admin of a foreign tenant
 * and by the public. Expected outcomes are written out by hand from issues 2 and 6, not derived
 * from the policy, so a wrong grant in the policy fails here. A Träger (provider) reaches the
 * tenant itself and nothing of its data.
 */
let handle: DatabaseHandle;
let home: TenantWorld;
let foreign: TenantWorld;

beforeAll(async () => {
	handle = await createTestDatabase();
	home = await createTenantWorld(handle.db, 'home');
	foreign = await createTenantWorld(handle.db, 'foreign');
});
afterAll(() => handle?.close());

type Who = Role | 'foreign_admin' | 'anonymous';
type Outcome = 'ok' | 'auth.forbidden' | 'auth.foreign_tenant' | 'auth.unauthenticated';

let counter = 0;
const homeAdmin = () => tenantContext(contextFor(handle.db, home.users.admin.actor), 'home');
/** The members of the administration: everyone who reads the tenant's data, not a Träger. */
const readers: Role[] = ['admin', 'planner', 'department_planner', 'steering', 'viewer'];
const operations: Record<string, { run: (ctx: ServiceContext) => Promise<unknown>; allowed: Role[] }> = {
	'tenant home (resolveTenant)': {
		run: (ctx) => resolveTenant(ctx, 'home'),
		allowed: [...readers, 'provider']
	},
	listDepartments: {
		run: async (ctx) => listDepartments(await tenantContext(ctx, 'home')),
		allowed: [...readers, 'provider']
	},
	// A Träger gets a list with only its own Träger (checked below).
	listProviders: {
		run: async (ctx) => listProviders(await tenantContext(ctx, 'home')),
		allowed: [...readers, 'provider']
	},
	createProvider: {
		run: async (ctx) =>
			createProvider(await tenantContext(ctx, 'home'), { name: `Träger ${++counter}`, sector: 'frei' }),
		allowed: ['admin', 'planner']
	},
	listLayers: { run: async (ctx) => listLayers(await tenantContext(ctx, 'home')), allowed: readers },
	listVariables: { run: async (ctx) => listVariables(await tenantContext(ctx, 'home')), allowed: readers },
	listIndicators: { run: async (ctx) => listIndicators(await tenantContext(ctx, 'home')), allowed: readers },
	createDepartment: {
		run: async (ctx) => createDepartment(await tenantContext(ctx, 'home'), { name: `Amt ${++counter}` }),
		allowed: ['admin']
	},
	listUsers: {
		run: async (ctx) => listUsers(await tenantContext(ctx, 'home')),
		allowed: ['admin', 'planner', 'department_planner', 'steering']
	},
	createUser: {
		run: async (ctx) =>
			createUser(await tenantContext(ctx, 'home'), {
				username: `neu-${++counter}`,
				displayName: 'Neu',
				password: testPassword,
				role: 'viewer'
			}),
		allowed: ['admin']
	},
	updateMember: {
		run: async (ctx) =>
			updateMember(await tenantContext(ctx, 'home'), home.users.viewer.userId, { role: 'viewer' }),
		allowed: ['admin']
	},
	resetPassword: {
		run: async (ctx) =>
			resetPassword(await tenantContext(ctx, 'home'), home.users.viewer.userId, { password: testPassword }),
		allowed: ['admin']
	},
	removeMember: {
		// Each allowed call removes a fresh user, so the operation can succeed more than once.
		run: async (ctx) => {
			const target = await createUser(
				await tenantContext(contextFor(ctx.db, home.users.admin.actor), 'home'),
				{
					username: `weg-${++counter}`,
					displayName: 'Weg',
					password: testPassword,
					role: 'viewer'
				}
			);
			return removeMember(await tenantContext(ctx, 'home'), target.userId);
		},
		allowed: ['admin']
	},
	listAudit: { run: async (ctx) => listAudit(await tenantContext(ctx, 'home')), allowed: ['admin'] },
	listBodies: { run: async (ctx) => listBodies(await tenantContext(ctx, 'home')), allowed: readers },
	createBody: {
		run: async (ctx) =>
			createBody(await tenantContext(ctx, 'home'), { name: `Gremium ${++counter}`, kind: 'arbeitsgruppe' }),
		allowed: ['admin', 'planner']
	},
	createMeeting: {
		run: async (ctx) => {
			const body = await createBody(await homeAdmin(), { name: `Gremium ${++counter}`, kind: 'ausschuss' });
			return createMeeting(await tenantContext(ctx, 'home'), body.id, {
				title: 'Sitzung',
				startsAt: '2026-01-20T17:00',
				place: 'Rathaus'
			});
		},
		allowed: ['admin', 'planner']
	},
	decideItem: {
		run: async (ctx) => {
			// A held meeting with one item, prepared by the administration; the decision is ctx's.
			const admin = await homeAdmin();
			const body = await createBody(admin, { name: `Gremium ${++counter}`, kind: 'lenkungsgruppe' });
			const meeting = await createMeeting(admin, body.id, {
				title: 'Sitzung',
				startsAt: '2026-01-20T17:00',
				place: 'Rathaus'
			});
			const item = await addAgendaItem(admin, meeting.id, { title: 'Haushalt 2027' });
			await advanceMeeting(admin, meeting.id);
			await advanceMeeting(admin, meeting.id);
			return decideItem(await tenantContext(ctx, 'home'), meeting.id, item.id, {
				outcome: 'beschlossen',
				text: 'Beschlossen wie vorgelegt.'
			});
		},
		allowed: ['admin', 'steering']
	},
	createTenant: {
		run: (ctx) => createTenant(ctx, { slug: `neu-${++counter}`, name: 'Neu', kind: 'gemeinde' }),
		allowed: []
	}
};

const everyone: Who[] = [
	'admin',
	'planner',
	'department_planner',
	'steering',
	'viewer',
	'provider',
	'foreign_admin',
	'anonymous'
];

function actorFor(who: Who): Actor {
	if (who === 'anonymous') return anonymous;
	if (who === 'foreign_admin') return foreign.users.admin.actor;
	return home.users[who].actor;
}

function expected(name: string, who: Who): Outcome {
	// Tenants are set up by the operator (CLI) only, so every user and the public are refused alike.
	if (name === 'createTenant') return 'auth.forbidden';
	if (who === 'anonymous') return 'auth.unauthenticated';
	if (who === 'foreign_admin') return 'auth.foreign_tenant';
	return operations[name]!.allowed.includes(who) ? 'ok' : 'auth.forbidden';
}

async function outcome(run: () => Promise<unknown>): Promise<Outcome | string> {
	try {
		await run();
		return 'ok';
	} catch (error) {
		return isAppError(error) ? error.code : String(error);
	}
}

describe('authorization of every service operation', () => {
	for (const [name, operation] of Object.entries(operations)) {
		for (const who of everyone) {
			it(`${name} by ${who} → ${expected(name, who)}`, async () => {
				const ctx = contextFor(handle.db, actorFor(who));
				expect(await outcome(() => operation.run(ctx))).toBe(expected(name, who));
			});
		}
	}

	it('the system actor (CLI) may create tenants', async () => {
		const ctx = contextFor(handle.db, { kind: 'system', label: 'test' });
		expect(await outcome(() => operations.createTenant!.run(ctx))).toBe('ok');
	});

	it('a foreign admin cannot reach a member of this tenant even by id', async () => {
		const tc = await tenantContext(contextFor(handle.db, foreign.users.admin.actor), 'foreign');
		expect(await outcome(() => updateMember(tc, home.users.viewer.userId, { role: 'admin' }))).toBe(
			'user.not_found'
		);
		expect(await outcome(() => resetPassword(tc, home.users.viewer.userId, { password: testPassword }))).toBe(
			'user.not_found'
		);
		expect(await outcome(() => removeMember(tc, home.users.viewer.userId))).toBe('user.not_found');
	});

	it('nothing is written when an operation is refused', async () => {
		const admin = await tenantContext(contextFor(handle.db, home.users.admin.actor), 'home');
		const before = (await listAudit(admin)).total;
		const usersBefore = (await listUsers(admin)).length;
		for (const who of [
			'planner',
			'department_planner',
			'steering',
			'viewer',
			'provider',
			'foreign_admin',
			'anonymous'
		] as const) {
			const ctx = contextFor(handle.db, actorFor(who));
			await outcome(() => operations.createUser!.run(ctx));
			await outcome(() => operations.createDepartment!.run(ctx));
			if (who !== 'planner') await outcome(() => operations.createProvider!.run(ctx));
		}
		expect((await listAudit(admin)).total).toBe(before);
		expect((await listUsers(admin)).length).toBe(usersBefore);
	});

	it('a provider sees only its own Träger, the administration every Träger of the tenant', async () => {
		const admin = await tenantContext(contextFor(handle.db, home.users.admin.actor), 'home');
		await createProvider(admin, { name: 'Zweiter Träger', sector: 'privat' });
		const all = await listProviders(admin);
		expect(all.map((p) => p.name)).toContain('Zweiter Träger');
		expect(all.length).toBeGreaterThan(1);
		const own = await listProviders(
			await tenantContext(contextFor(handle.db, home.users.provider.actor), 'home')
		);
		expect(own.map((p) => p.id)).toEqual([home.providerId]);
		expect(home.providerId).not.toBe(foreign.providerId);
	});
});
