import { z } from 'zod';
import { can } from '../../core/auth/policy';
import { passwordProblem } from '../../core/auth/password-rules';
import { roles, type Role } from '../../core/auth/roles';
import { AppError } from '../../core/errors';
import { hashPassword } from '../auth/password';
import type { Database } from '../db/client';
import { deleteSessionsOfUser } from '../repositories/session.repository';
import { findProvider } from '../repositories/provider.repository';
import { findDepartment } from '../repositories/tenant.repository';
import {
	countOtherActiveAdmins,
	deleteMembership,
	findMembership,
	findUserById,
	loginTakenInTenant,
	insertMembership,
	insertUser,
	listMembersOfTenant,
	listMembershipsOfUser,
	updateMembership,
	updateUser,
	type TenantMember
} from '../repositories/user.repository';
import { recordChange } from './audit.service';
import { authorize } from './context';
import type { TenantContext } from './tenant-context';
import { parseInput } from './validation';

const roleAssignment = {
	role: z.enum(roles, { error: 'Bitte wählen Sie eine Rolle.' }),
	departmentId: z
		.uuid({ error: 'Bitte wählen Sie einen Fachbereich aus der Liste.' })
		.nullish()
		.or(z.literal(''))
		.transform((v) => v || null),
	providerId: z
		.uuid({ error: 'Bitte wählen Sie einen Träger aus der Liste.' })
		.nullish()
		.or(z.literal(''))
		.transform((v) => v || null)
};

const newUserInput = z.object({
	username: z
		.string()
		.trim()
		.regex(
			/^[A-Za-z0-9._-]{3,64}$/,
			'3–64 Zeichen: Buchstaben ohne Umlaute, Ziffern, Punkt, Bindestrich, Unterstrich'
		),
	email: z
		.email('keine gültige E-Mail-Adresse')
		.nullish()
		.or(z.literal(''))
		.transform((v) => v || null),
	displayName: z.string().trim().min(2).max(200),
	password: z.string().max(1024),
	...roleAssignment
});

const memberUpdateInput = z.object(roleAssignment);

export async function listUsers(tc: TenantContext): Promise<TenantMember[]> {
	authorize(tc, 'users.read', { tenantId: tc.tenant.id });
	return listMembersOfTenant(tc.db, tc.tenant.id);
}

async function checkDepartment(
	db: Database,
	tenantId: string,
	role: Role,
	departmentId: string | null
): Promise<string | null> {
	if (role !== 'department_planner')
		return departmentId && (await findDepartment(db, tenantId, departmentId)) ? departmentId : null;
	if (!departmentId) throw new AppError('department.required', {}, { departmentId: 'Fachbereich fehlt' });
	if (!(await findDepartment(db, tenantId, departmentId)))
		throw new AppError('department.not_found', {}, { departmentId: 'unbekannt' });
	return departmentId;
}

/** A provider account keeps the facilities of exactly one Träger of this tenant; other roles have none. */
async function checkProvider(
	db: Database,
	tenantId: string,
	role: Role,
	providerId: string | null
): Promise<string | null> {
	if (role !== 'provider') return null;
	if (!providerId) throw new AppError('provider.required', {}, { providerId: 'Träger fehlt' });
	if (!(await findProvider(db, tenantId, providerId)))
		throw new AppError('provider.not_found', { provider: providerId }, { providerId: 'unbekannt' });
	return providerId;
}

export async function createUser(tc: TenantContext, input: unknown): Promise<TenantMember> {
	const values = parseInput(newUserInput, input);
	authorize(tc, 'users.manage', { tenantId: tc.tenant.id });
	const problem = passwordProblem(values.password);
	if (problem)
		throw new AppError('auth.weak_password', problem, { password: `mindestens ${problem.min} Zeichen` });
	const passwordHash = await hashPassword(values.password);
	return tc.db.transaction(async (tx) => {
		for (const login of [values.username, values.email]) {
			if (login && (await loginTakenInTenant(tx, tc.tenant.id, login)))
				throw new AppError('user.duplicate', { user: login });
		}
		const departmentId = await checkDepartment(tx, tc.tenant.id, values.role, values.departmentId);
		const providerId = await checkProvider(tx, tc.tenant.id, values.role, values.providerId);
		const user = await insertUser(tx, {
			homeTenantId: tc.tenant.id,
			username: values.username,
			email: values.email,
			displayName: values.displayName,
			passwordHash
		});
		const member = await insertMembership(tx, {
			tenantId: tc.tenant.id,
			userId: user.id,
			role: values.role,
			departmentId,
			providerId
		});
		const after = {
			username: user.username,
			email: user.email,
			displayName: user.displayName,
			role: member.role,
			departmentId,
			providerId
		};
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'user',
			entityId: user.id,
			action: 'create',
			after
		});
		const providerName = providerId
			? ((await findProvider(tx, tc.tenant.id, providerId))?.name ?? null)
			: null;
		return {
			...after,
			providerName,
			userId: user.id,
			disabled: user.disabled,
			memberSince: member.createdAt
		};
	});
}

/** A user id from a URL: anything but a UUID cannot name a user (and must not reach the database as one). */
function userIdFrom(userId: string): string {
	if (!z.uuid().safeParse(userId).success) throw new AppError('user.not_found', { user: userId });
	return userId;
}

/** Admins may not leave their tenant without an active administrator. */
async function keepAnAdmin(db: Database, tenantId: string, userId: string): Promise<void> {
	if ((await countOtherActiveAdmins(db, tenantId, userId)) === 0) throw new AppError('user.last_admin');
}

export async function updateMember(tc: TenantContext, userId: string, input: unknown): Promise<void> {
	userIdFrom(userId);
	const values = parseInput(memberUpdateInput, input);
	authorize(tc, 'users.manage', { tenantId: tc.tenant.id });
	await tc.db.transaction(async (tx) => {
		const before = await findMembership(tx, tc.tenant.id, userId);
		if (!before) throw new AppError('user.not_found', { user: userId });
		if (before.role === 'admin' && values.role !== 'admin') await keepAnAdmin(tx, tc.tenant.id, userId);
		const departmentId = await checkDepartment(tx, tc.tenant.id, values.role, values.departmentId);
		const providerId = await checkProvider(tx, tc.tenant.id, values.role, values.providerId);
		const after = await updateMembership(tx, tc.tenant.id, userId, {
			role: values.role,
			departmentId,
			providerId
		});
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'membership',
			entityId: userId,
			action: 'update',
			before: { role: before.role, departmentId: before.departmentId, providerId: before.providerId },
			after: { role: after.role, departmentId: after.departmentId, providerId: after.providerId }
		});
	});
}

/** Takes a user out of the tenant; a user left without any tenant is disabled, not deleted (the audit names them). */
export async function removeMember(tc: TenantContext, userId: string): Promise<void> {
	userIdFrom(userId);
	authorize(tc, 'users.manage', { tenantId: tc.tenant.id });
	await tc.db.transaction(async (tx) => {
		const before = await findMembership(tx, tc.tenant.id, userId);
		if (!before) throw new AppError('user.not_found', { user: userId });
		if (before.role === 'admin') await keepAnAdmin(tx, tc.tenant.id, userId);
		await deleteMembership(tx, tc.tenant.id, userId);
		if ((await listMembershipsOfUser(tx, userId)).length === 0) {
			await updateUser(tx, userId, { disabled: true });
			await deleteSessionsOfUser(tx, userId);
		}
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'membership',
			entityId: userId,
			action: 'delete',
			before: { role: before.role, departmentId: before.departmentId, providerId: before.providerId }
		});
	});
}

const passwordReset = z.object({ password: z.string().max(1024) });

/**
 * An admin sets a new password for a member. A user who also belongs to tenants the admin does
 * not manage is not theirs to reset: that would take over an account of another tenant.
 */
export async function resetPassword(tc: TenantContext, userId: string, input: unknown): Promise<void> {
	userIdFrom(userId);
	const { password } = parseInput(passwordReset, input);
	authorize(tc, 'users.manage', { tenantId: tc.tenant.id });
	const problem = passwordProblem(password);
	if (problem)
		throw new AppError('auth.weak_password', problem, { password: `mindestens ${problem.min} Zeichen` });
	const memberships = await listMembershipsOfUser(tc.db, userId);
	if (!memberships.some((m) => m.tenantId === tc.tenant.id))
		throw new AppError('user.not_found', { user: userId });
	if (!memberships.every((m) => can(tc.actor, 'users.manage', { tenantId: m.tenantId })))
		throw new AppError('auth.forbidden');
	const user = await findUserById(tc.db, userId);
	if (!user) throw new AppError('user.not_found', { user: userId });
	const passwordHash = await hashPassword(password);
	await tc.db.transaction(async (tx) => {
		await updateUser(tx, userId, { passwordHash, passwordChangedAt: tc.now, disabled: false });
		await deleteSessionsOfUser(tx, userId);
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'user',
			entityId: userId,
			action: 'update',
			before: { passwordChangedAt: user.passwordChangedAt },
			after: {
				passwordChangedAt: tc.now,
				passwordResetBy: tc.actor.kind === 'user' ? tc.actor.username : 'system'
			}
		});
	});
}
