import type { Role } from './roles';

/**
 * Who is acting. Anonymous stands for the public; a user acts in one tenant at a time through
 * the membership they hold there (at most one per tenant).
 */
export type Actor =
	| { kind: 'anonymous' }
	| { kind: 'system'; label: string }
	| { kind: 'user'; userId: string; username: string; memberships: readonly Membership[] };

export interface Membership {
	tenantId: string;
	role: Role;
	/** Set for department planners: the one department they may write for. */
	departmentId: string | null;
	/** Set for providers (Träger): the one provider whose facilities they keep current. */
	providerId?: string | null;
}

export const actions = [
	'tenant.read',
	'tenant.manage',
	'users.read',
	'users.manage',
	'audit.read',
	'data.read',
	'data.write',
	'facilities.write',
	'measures.report',
	'steering.decide',
	'public.read'
] as const;
export type Action = (typeof actions)[number];

/** What the action is done to: always in one tenant; department where the data belong to one. */
export interface Resource {
	tenantId: string;
	departmentId?: string | null;
	/** The provider (Träger) a facility belongs to. */
	providerId?: string | null;
	/** The providers (Träger) that run a measure: each may report its progress and output figures. */
	providerIds?: readonly string[];
}

const grants: Record<Role, readonly Action[]> = {
	admin: [
		'tenant.read',
		'tenant.manage',
		'users.read',
		'users.manage',
		'audit.read',
		'data.read',
		'data.write',
		'facilities.write',
		'measures.report',
		'steering.decide',
		'public.read'
	],
	planner: [
		'tenant.read',
		'users.read',
		'data.read',
		'data.write',
		'facilities.write',
		'measures.report',
		'public.read'
	],
	department_planner: [
		'tenant.read',
		'users.read',
		'data.read',
		'data.write',
		'facilities.write',
		'measures.report',
		'public.read'
	],
	steering: ['tenant.read', 'users.read', 'data.read', 'steering.decide', 'public.read'],
	viewer: ['tenant.read', 'data.read', 'public.read'],
	// A Träger sees its own facilities (the facility services filter by provider) and the measures it
	// runs, for which it reports progress and output figures; nothing else.
	provider: ['tenant.read', 'facilities.write', 'measures.report']
};

export function membershipIn(actor: Actor, tenantId: string): Membership | undefined {
	return actor.kind === 'user' ? actor.memberships.find((m) => m.tenantId === tenantId) : undefined;
}

export type Decision =
	{ allowed: true } | { allowed: false; reason: 'unauthenticated' | 'foreign_tenant' | 'forbidden' };

/**
 * The one authorization rule of the platform. Every service asks it before it touches data.
 * - the system (CLI, seed) may do everything;
 * - the public may only read what is published;
 * - a user acts only in tenants where they hold a membership, with that membership's role;
 * - a department planner writes only data that belong to their own department; shared data
 *   (of no department) are written by planners and admins;
 * - a provider (Träger) writes only facilities of its own provider, and reports only on the
 *   measures that its provider runs (one of the measure's `providerIds`).
 */
export function decide(actor: Actor, action: Action, resource: Resource): Decision {
	if (actor.kind === 'system') return { allowed: true };
	if (actor.kind === 'anonymous') {
		return action === 'public.read' ? { allowed: true } : { allowed: false, reason: 'unauthenticated' };
	}
	const membership = membershipIn(actor, resource.tenantId);
	if (!membership) return { allowed: false, reason: 'foreign_tenant' };
	if (!grants[membership.role].includes(action)) return { allowed: false, reason: 'forbidden' };
	const writes = action === 'data.write' || action === 'facilities.write' || action === 'measures.report';
	if (membership.role === 'department_planner' && writes) {
		const own = membership.departmentId !== null && resource.departmentId === membership.departmentId;
		if (!own) return { allowed: false, reason: 'forbidden' };
	}
	if (membership.role === 'provider' && action === 'facilities.write') {
		const own = membership.providerId != null && resource.providerId === membership.providerId;
		if (!own) return { allowed: false, reason: 'forbidden' };
	}
	if (membership.role === 'provider' && action === 'measures.report') {
		const runs =
			membership.providerId != null && (resource.providerIds ?? []).includes(membership.providerId);
		if (!runs) return { allowed: false, reason: 'forbidden' };
	}
	return { allowed: true };
}

export function can(actor: Actor, action: Action, resource: Resource): boolean {
	return decide(actor, action, resource).allowed;
}
