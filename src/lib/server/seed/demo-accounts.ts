import type { Role } from '../../core/auth/roles';
import { roleLabels } from '../../core/auth/roles';
import type { Database } from '../db/client';
import { findUserByLogin } from '../repositories/user.repository';
import { verifyPassword } from '../auth/password';
import type { TenantContext } from '../services/tenant-context';
import { createUser, listUsers, updateMember } from '../services/user.service';

/**
 * The demo's accounts: a planner to work with, and an administrator to try what only admins may
 * (users, roles, the audit log). Both use the demo password (DEMO_PASSWORD).
 */
export interface DemoAccount {
	username: string;
	role: Role;
	displayName: string;
	email: string;
}

export const demoAccounts: readonly DemoAccount[] = [
	{
		username: 'demo',
		role: 'planner',
		displayName: 'Demo-Planerin',
		email: 'demo@querschnitt.invalid'
	},
	{
		username: 'demo-admin',
		role: 'admin',
		displayName: 'Demo-Administratorin',
		email: 'demo-admin@querschnitt.invalid'
	}
];

/** An account a person can log in with now: the demo password still opens it. */
export interface DemoLogin {
	username: string;
	password: string;
	role: Role;
	/** German name of the role („Planerin/Planer“ …). */
	roleLabel: string;
}

/**
 * Creates the demo accounts the tenant lacks (admin first, so the tenant is never without one).
 * Demo databases from before this change have `demo` as their only admin: when `demo-admin` is
 * created for them, `demo` becomes a planner, once (a later change by hand stays).
 */
export async function ensureDemoAccounts(tc: TenantContext, password: string): Promise<void> {
	const [planner, admin] = [demoAccounts[0]!, demoAccounts[1]!];
	for (const account of [admin, planner]) {
		if (await findUserByLogin(tc.db, account.username)) continue;
		await createUser(tc, {
			username: account.username,
			email: account.email,
			displayName: account.displayName,
			password,
			role: account.role
		});
		if (account !== admin) continue;
		const member = (await listUsers(tc)).find((m) => m.username === planner.username);
		if (member && member.role === 'admin') {
			await updateMember(tc, member.userId, { role: planner.role });
		}
	}
}

/** The demo accounts that the demo password opens (none that were disabled or got another password). */
export async function demoLogins(db: Database, password: string): Promise<DemoLogin[]> {
	const logins: DemoLogin[] = [];
	for (const account of demoAccounts) {
		const user = await findUserByLogin(db, account.username);
		if (!user || user.disabled || !(await verifyPassword(user.passwordHash, password))) continue;
		logins.push({ ...account, password, roleLabel: roleLabels[account.role].de });
	}
	return logins;
}

/** One plain German line (no colour codes) naming the accounts, for the start output. */
export function demoLoginLine(logins: readonly DemoLogin[], tenantName: string): string | null {
	if (logins.length === 0) return null;
	const list = logins.map((l) => `„${l.username}“ (${l.roleLabel})`).join(' und ');
	return `Demo-Zugang (Mandant „${tenantName}“): ${list}, Passwort „${logins[0]!.password}“.`;
}
