import { describe, expect, it } from 'vitest';
import { decide, type Actor, type Action } from './policy';
import type { Role } from './roles';

const tenant = 't1';
const other = 't2';
const jugendamt = 'd-jug';
const schulamt = 'd-schul';

const kitaTraeger = 'p-kita';
const andererTraeger = 'p-other';

function user(role: Role, departmentId: string | null = null, providerId: string | null = null): Actor {
	return {
		kind: 'user',
		userId: 'u',
		username: 'u',
		memberships: [{ tenantId: tenant, role, departmentId, providerId }]
	};
}

describe('decide', () => {
	it('lets the public read only what is published', () => {
		expect(decide({ kind: 'anonymous' }, 'public.read', { tenantId: tenant })).toEqual({ allowed: true });
		expect(decide({ kind: 'anonymous' }, 'tenant.read', { tenantId: tenant })).toEqual({
			allowed: false,
			reason: 'unauthenticated'
		});
	});

	it('refuses every action in a tenant without membership, whatever the role elsewhere', () => {
		for (const role of ['admin', 'planner', 'department_planner', 'steering', 'viewer'] as const) {
			expect(decide(user(role, jugendamt), 'tenant.read', { tenantId: other })).toEqual({
				allowed: false,
				reason: 'foreign_tenant'
			});
		}
	});

	// The expected table, written out by hand from issue 2 (not derived from the grants).
	const table: Record<Action, Role[]> = {
		'tenant.read': ['admin', 'planner', 'department_planner', 'steering', 'viewer', 'provider'],
		'tenant.manage': ['admin'],
		'users.read': ['admin', 'planner', 'department_planner', 'steering'],
		'users.manage': ['admin'],
		'audit.read': ['admin'],
		'data.read': ['admin', 'planner', 'department_planner', 'steering', 'viewer'],
		'data.write': ['admin', 'planner', 'department_planner'],
		'facilities.write': ['admin', 'planner', 'department_planner', 'provider'],
		'measures.report': ['admin', 'planner', 'department_planner', 'provider'],
		'steering.decide': ['admin', 'steering'],
		'public.read': ['admin', 'planner', 'department_planner', 'steering', 'viewer']
	};

	for (const [action, allowed] of Object.entries(table) as [Action, Role[]][]) {
		it(`grants ${action} to ${allowed.join(', ')} only`, () => {
			for (const role of [
				'admin',
				'planner',
				'department_planner',
				'steering',
				'viewer',
				'provider'
			] as const) {
				const resource = {
					tenantId: tenant,
					departmentId: jugendamt,
					providerId: kitaTraeger,
					providerIds: [kitaTraeger]
				};
				const result = decide(user(role, jugendamt, kitaTraeger), action, resource);
				expect(result.allowed, `${role} → ${action}`).toBe(allowed.includes(role));
			}
		});
	}

	it('limits a department planner to writing their own department’s data', () => {
		const actor = user('department_planner', jugendamt);
		expect(decide(actor, 'data.write', { tenantId: tenant, departmentId: jugendamt }).allowed).toBe(true);
		expect(decide(actor, 'data.write', { tenantId: tenant, departmentId: schulamt }).allowed).toBe(false);
		expect(decide(actor, 'data.write', { tenantId: tenant, departmentId: null }).allowed).toBe(false);
		expect(decide(actor, 'data.read', { tenantId: tenant, departmentId: schulamt }).allowed).toBe(true);
		// A planner writes for any department and for shared data.
		expect(decide(user('planner'), 'data.write', { tenantId: tenant, departmentId: schulamt }).allowed).toBe(
			true
		);
		expect(decide(user('planner'), 'data.write', { tenantId: tenant }).allowed).toBe(true);
	});

	it('limits a provider (Träger) to its own facilities and shows it no data', () => {
		const actor = user('provider', null, kitaTraeger);
		const own = { tenantId: tenant, providerId: kitaTraeger };
		expect(decide(actor, 'facilities.write', own).allowed).toBe(true);
		expect(decide(actor, 'facilities.write', { tenantId: tenant, providerId: andererTraeger }).allowed).toBe(
			false
		);
		expect(decide(actor, 'facilities.write', { tenantId: tenant, providerId: null }).allowed).toBe(false);
		expect(decide(actor, 'data.read', own).allowed).toBe(false);
		// A provider membership without a provider writes nothing.
		expect(decide(user('provider'), 'facilities.write', { tenantId: tenant, providerId: null }).allowed).toBe(
			false
		);
		// A department planner keeps facilities of its own department only.
		const planner = user('department_planner', jugendamt);
		expect(decide(planner, 'facilities.write', { tenantId: tenant, departmentId: jugendamt }).allowed).toBe(
			true
		);
		expect(decide(planner, 'facilities.write', { tenantId: tenant, departmentId: schulamt }).allowed).toBe(
			false
		);
	});

	it('lets a Träger report only on the measures its provider runs', () => {
		const actor = user('provider', null, kitaTraeger);
		const runs = { tenantId: tenant, departmentId: jugendamt, providerIds: [andererTraeger, kitaTraeger] };
		expect(decide(actor, 'measures.report', runs).allowed).toBe(true);
		expect(decide(actor, 'measures.report', { ...runs, providerIds: [andererTraeger] }).allowed).toBe(false);
		expect(decide(actor, 'measures.report', { tenantId: tenant, providerIds: [] }).allowed).toBe(false);
		// Changing the measure itself stays with the planners.
		expect(decide(actor, 'data.write', runs).allowed).toBe(false);
		// A department planner reports on the measures its department leads.
		const planner = user('department_planner', jugendamt);
		expect(decide(planner, 'measures.report', runs).allowed).toBe(true);
		expect(decide(planner, 'measures.report', { ...runs, departmentId: schulamt }).allowed).toBe(false);
	});

	it('uses the membership of the tenant in question for users in several tenants', () => {
		const actor: Actor = {
			kind: 'user',
			userId: 'u',
			username: 'u',
			memberships: [
				{ tenantId: tenant, role: 'viewer', departmentId: null },
				{ tenantId: other, role: 'admin', departmentId: null }
			]
		};
		expect(decide(actor, 'users.manage', { tenantId: tenant }).allowed).toBe(false);
		expect(decide(actor, 'users.manage', { tenantId: other }).allowed).toBe(true);
	});
});
