import type { Actor } from '../../src/lib/core/auth/policy';
import type { Role } from '../../src/lib/core/auth/roles';
import type { Database } from '../../src/lib/server/db/client';
import { findUserById } from '../../src/lib/server/repositories/user.repository';
import { actorOfUser } from '../../src/lib/server/services/auth.service';
import type { ServiceContext } from '../../src/lib/server/services/context';
import { createProvider } from '../../src/lib/server/services/facility-taxonomy.service';
import { createDepartment, createTenant } from '../../src/lib/server/services/tenant.service';
import { createUser } from '../../src/lib/server/services/user.service';
import { tenantContext } from '../../src/lib/server/services/tenant-context';

export const system: Actor = { kind: 'system', label: 'test' };
export const anonymous: Actor = { kind: 'anonymous' };
export const testPassword = 'richtig-langes-passwort';

export function contextFor(db: Database, actor: Actor, now = new Date()): ServiceContext {
	return { db, actor, now };
}

/** The actor a user is after logging in: their memberships as stored. */
export async function actorOf(db: Database, userId: string): Promise<Actor> {
	const user = await findUserById(db, userId);
	if (!user) throw new Error(`Testbenutzer ${userId} fehlt`);
	return actorOfUser(db, user);
}

export interface TenantWorld {
	tenantId: string;
	slug: string;
	jugendamtId: string;
	schulamtId: string;
	/** The Träger „Kita-Träger Beispiel“, whose facilities the provider account keeps current. */
	providerId: string;
	/** One user per role (the department planner in the Jugendamt, the provider for „Kita-Träger Beispiel“). */
	users: Record<Role, { userId: string; username: string; actor: Actor }>;
}

/**
 * A tenant with two departments, one Träger and one member per role, built through the services
 * themselves.
 */
export async function createTenantWorld(db: Database, slug: string): Promise<TenantWorld> {
	const root = contextFor(db, system);
	const tenant = await createTenant(root, { slug, name: `Stadt ${slug}`, kind: 'kreisfreie_stadt' });
	const tc = await tenantContext(root, slug);
	const jugendamt = await createDepartment(tc, { name: 'Jugendamt' });
	const schulamt = await createDepartment(tc, { name: 'Schulverwaltungsamt' });
	const provider = await createProvider(tc, { name: 'Kita-Träger Beispiel', sector: 'frei' });
	const users = {} as TenantWorld['users'];
	for (const role of ['admin', 'planner', 'department_planner', 'steering', 'viewer', 'provider'] as const) {
		const username = `${slug}-${role}`.replaceAll('_', '-');
		const created = await createUser(tc, {
			username,
			displayName: `${role} ${slug}`,
			password: testPassword,
			role,
			departmentId: role === 'department_planner' ? jugendamt.id : null,
			providerId: role === 'provider' ? provider.id : null
		});
		users[role] = { userId: created.userId, username, actor: await actorOf(db, created.userId) };
	}
	return {
		tenantId: tenant.id,
		slug,
		jugendamtId: jugendamt.id,
		schulamtId: schulamt.id,
		providerId: provider.id,
		users
	};
}
