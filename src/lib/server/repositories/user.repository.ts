import { and, asc, eq, ne, or, sql } from 'drizzle-orm';
import type { Role } from '../../core/auth/roles';
import type { Database } from '../db/client';
import { appUser, membership, provider } from '../db/schema';

export type UserRow = typeof appUser.$inferSelect;
export type MembershipRow = typeof membership.$inferSelect;

export async function insertUser(
	db: Database,
	values: {
		homeTenantId: string | null;
		username: string;
		email: string | null;
		displayName: string;
		passwordHash: string;
	}
): Promise<UserRow> {
	const [row] = await db.insert(appUser).values(values).returning();
	return row!;
}

function matchesLogin(login: string) {
	const needle = login.trim().toLowerCase();
	return or(eq(sql`lower(${appUser.username})`, needle), eq(sql`lower(${appUser.email})`, needle));
}

/**
 * Every account with this user name or e-mail address (case-insensitive). Names are unique per
 * home tenant, so two tenants may each have an "m.muster": the login tells them apart by password.
 */
export async function findUsersByLogin(db: Database, login: string): Promise<UserRow[]> {
	return db.select().from(appUser).where(matchesLogin(login)).orderBy(asc(appUser.createdAt));
}

/** The first account with this login, for tools that created the name themselves (the demo seed). */
export async function findUserByLogin(db: Database, login: string): Promise<UserRow | undefined> {
	return (await findUsersByLogin(db, login))[0];
}

/**
 * Whether the login is taken among the accounts a tenant's administration can see: those the tenant
 * created and those that are its members. Accounts of other tenants are not looked at.
 */
export async function loginTakenInTenant(db: Database, tenantId: string, login: string): Promise<boolean> {
	const [row] = await db
		.select({ id: appUser.id })
		.from(appUser)
		.where(
			and(
				matchesLogin(login),
				or(
					eq(appUser.homeTenantId, tenantId),
					sql`exists (select 1 from ${membership} where ${membership.userId} = ${appUser.id} and ${membership.tenantId} = ${tenantId})`
				)
			)
		)
		.limit(1);
	return row !== undefined;
}

export async function findUserById(db: Database, id: string): Promise<UserRow | undefined> {
	const [row] = await db.select().from(appUser).where(eq(appUser.id, id));
	return row;
}

export async function updateUser(
	db: Database,
	id: string,
	values: Partial<Pick<UserRow, 'displayName' | 'email' | 'passwordHash' | 'disabled' | 'passwordChangedAt'>>
): Promise<UserRow> {
	const [row] = await db.update(appUser).set(values).where(eq(appUser.id, id)).returning();
	return row!;
}

export async function insertMembership(
	db: Database,
	values: {
		tenantId: string;
		userId: string;
		role: Role;
		departmentId: string | null;
		providerId: string | null;
	}
): Promise<MembershipRow> {
	const [row] = await db.insert(membership).values(values).returning();
	return row!;
}

export async function listMembershipsOfUser(db: Database, userId: string): Promise<MembershipRow[]> {
	return db.select().from(membership).where(eq(membership.userId, userId));
}

export async function findMembership(
	db: Database,
	tenantId: string,
	userId: string
): Promise<MembershipRow | undefined> {
	const [row] = await db
		.select()
		.from(membership)
		.where(and(eq(membership.tenantId, tenantId), eq(membership.userId, userId)));
	return row;
}

export async function updateMembership(
	db: Database,
	tenantId: string,
	userId: string,
	values: { role: Role; departmentId: string | null; providerId: string | null }
): Promise<MembershipRow> {
	const [row] = await db
		.update(membership)
		.set(values)
		.where(and(eq(membership.tenantId, tenantId), eq(membership.userId, userId)))
		.returning();
	return row!;
}

export async function deleteMembership(db: Database, tenantId: string, userId: string): Promise<void> {
	await db.delete(membership).where(and(eq(membership.tenantId, tenantId), eq(membership.userId, userId)));
}

export interface TenantMember {
	userId: string;
	username: string;
	email: string | null;
	displayName: string;
	disabled: boolean;
	role: Role;
	departmentId: string | null;
	/** The Träger a provider account keeps current, with its name; null for other roles. */
	providerId: string | null;
	providerName: string | null;
	memberSince: Date;
}

export async function listMembersOfTenant(db: Database, tenantId: string): Promise<TenantMember[]> {
	return db
		.select({
			userId: appUser.id,
			username: appUser.username,
			email: appUser.email,
			displayName: appUser.displayName,
			disabled: appUser.disabled,
			role: membership.role,
			departmentId: membership.departmentId,
			providerId: membership.providerId,
			providerName: provider.name,
			memberSince: membership.createdAt
		})
		.from(membership)
		.innerJoin(appUser, eq(appUser.id, membership.userId))
		.leftJoin(
			provider,
			and(eq(provider.tenantId, membership.tenantId), eq(provider.id, membership.providerId))
		)
		.where(eq(membership.tenantId, tenantId))
		.orderBy(asc(appUser.displayName));
}

/** Active administrators of a tenant other than the given user. */
export async function countOtherActiveAdmins(
	db: Database,
	tenantId: string,
	exceptUserId: string
): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(membership)
		.innerJoin(appUser, eq(appUser.id, membership.userId))
		.where(
			and(
				eq(membership.tenantId, tenantId),
				eq(membership.role, 'admin'),
				eq(appUser.disabled, false),
				ne(membership.userId, exceptUserId)
			)
		);
	return row?.n ?? 0;
}
