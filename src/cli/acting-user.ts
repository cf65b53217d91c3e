import os from 'node:os';
import type { Actor } from '../lib/core/auth/policy';
import { AppError } from '../lib/core/errors';
import type { ServiceContext } from '../lib/server/services/context';
import type { TenantContext } from '../lib/server/services/tenant-context';

/**
 * Who an import or a definition made with the CLI is attributed to, in the provenance and the
 * audit log. By default the system actor `cli:<login of the operating-system user>`, so that the
 * history shows who ran it on the server. With `--as <username>` a member of the tenant: the
 * change is theirs, and their role applies (a viewer cannot import). This is attribution, not a
 * login – whoever can run the CLI can open the database anyway.
 */
export function operatorActor(): Actor {
	return { kind: 'system', label: `cli:${osUser()}` };
}

function osUser(): string {
	try {
		return os.userInfo().username;
	} catch {
		// Containers may run under a uid without an entry in /etc/passwd.
		return process.env.USER || process.env.USERNAME || 'unbekannt';
	}
}

/**
 * The tenant's context for a command made in someone's name: built once from the slug, then with
 * the operator or the member of `--as` as its actor.
 */
export async function actingContext(
	ctx: ServiceContext,
	tenantSlug: string,
	username: string | undefined
): Promise<TenantContext> {
	const { tenantContext } = await import('../lib/server/services/tenant-context');
	const tc = await tenantContext({ ...ctx, actor: operatorActor() }, tenantSlug);
	if (!username) return tc;
	const { listUsers } = await import('../lib/server/services/user.service');
	const wanted = username.trim().toLowerCase();
	const member = (await listUsers(tc)).find((u) => u.username.toLowerCase() === wanted);
	if (!member) {
		throw Object.assign(new AppError('user.not_found', { user: username }), {
			hint: `--as nimmt den Benutzernamen eines Mitglieds des Mandanten ${tenantSlug} (siehe: querschnitt user list --tenant ${tenantSlug}).`
		});
	}
	if (member.disabled) throw new AppError('auth.account_disabled');
	return {
		...tc,
		actor: {
			kind: 'user',
			userId: member.userId,
			username: member.username,
			memberships: [{ tenantId: tc.tenant.id, role: member.role, departmentId: member.departmentId }]
		}
	};
}
