import { describe, expect, it } from 'vitest';
import { capabilities, mayWriteDataOf, mayWriteFacility } from './capabilities';
import type { Actor } from './policy';
import type { Role } from './roles';

const tenant = 't1';
const jugendamt = 'd-jug';
const schulamt = 'd-schul';
const kitaTraeger = 'p-kita';

function user(
	role: Role,
	departmentId: string | null = null,
	providerId: string | null = null,
	tenantId = tenant
): Actor {
	return {
		kind: 'user',
		userId: 'u',
		username: 'u',
		memberships: [{ tenantId, role, departmentId, providerId }]
	};
}

describe('capabilities', () => {
	// Written out by hand from the roles' descriptions (core/auth/roles.ts), not derived from the grants.
	const expected: [string, Actor, string][] = [
		// readData, writeSharedData, writeOwnFacilities, writeGoals, writeMeasures, manageUsers, readAudit, manageTenant, decide
		['admin', user('admin'), '111111111'],
		['planner', user('planner'), '111110000'],
		['department planner', user('department_planner', jugendamt), '101110000'],
		['steering member', user('steering'), '100000001'],
		['viewer', user('viewer'), '100000000'],
		['Träger', user('provider', null, kitaTraeger), '001000000'],
		['member of another tenant', user('admin', null, null, 't2'), '000000000'],
		['the public', { kind: 'anonymous' }, '000000000'],
		['the system', { kind: 'system', label: 'cli' }, '111111111']
	];
	for (const [who, actor, flags] of expected) {
		it(`of ${who}`, () => {
			const c = capabilities(actor, tenant);
			const got = [
				c.readData,
				c.writeSharedData,
				c.writeOwnFacilities,
				c.writeGoals,
				c.writeMeasures,
				c.manageUsers,
				c.readAudit,
				c.manageTenant,
				c.decide
			];
			expect(got.map((b) => (b ? '1' : '0')).join('')).toBe(flags);
		});
	}

	it('lets a Träger, planners and the administration report on measures, not steering members or viewers', () => {
		const reports = (actor: Actor) => capabilities(actor, tenant).reportMeasures;
		expect(reports(user('provider', null, kitaTraeger))).toBe(true);
		expect(reports(user('department_planner', jugendamt))).toBe(true);
		expect(reports(user('planner'))).toBe(true);
		expect(reports(user('admin'))).toBe(true);
		expect(reports(user('steering'))).toBe(false);
		expect(reports(user('viewer'))).toBe(false);
		// A Träger account without its Träger runs nothing.
		expect(reports(user('provider'))).toBe(false);
		expect(reports(user('provider', null, kitaTraeger, 't2'))).toBe(false);
	});

	it('lets a department planner write the data and facilities of the own department only', () => {
		const actor = user('department_planner', jugendamt);
		expect(mayWriteDataOf(actor, tenant, jugendamt)).toBe(true);
		expect(mayWriteDataOf(actor, tenant, schulamt)).toBe(false);
		expect(mayWriteDataOf(actor, tenant, null)).toBe(false);
		expect(mayWriteFacility(actor, tenant, { departmentId: jugendamt, providerId: kitaTraeger })).toBe(true);
		expect(mayWriteFacility(actor, tenant, { departmentId: schulamt, providerId: null })).toBe(false);
	});

	it('lets a Träger write its own facilities and no data', () => {
		const actor = user('provider', null, kitaTraeger);
		expect(mayWriteFacility(actor, tenant, { departmentId: schulamt, providerId: kitaTraeger })).toBe(true);
		expect(mayWriteFacility(actor, tenant, { departmentId: null, providerId: 'p-other' })).toBe(false);
		expect(mayWriteDataOf(actor, tenant, null)).toBe(false);
	});
});
