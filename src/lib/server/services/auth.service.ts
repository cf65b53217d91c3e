import { z } from 'zod';
import type { Actor } from '../../core/auth/policy';
import { throttle } from '../../core/auth/login-throttle';
import { passwordProblem } from '../../core/auth/password-rules';
import { AppError } from '../../core/errors';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { hashPassword, verifyNothing, verifyPassword } from '../auth/password';
import { randomToken, sha256 } from '../auth/tokens';
import {
	deleteSession,
	deleteSessionsOfUser,
	deleteStaleSessions,
	findSession,
	forgetFailures,
	insertSession,
	pruneLoginAttempts,
	recentFailures,
	recordLoginAttempt,
	touchSession
} from '../repositories/session.repository';
import {
	findUserById,
	findUsersByLogin,
	listMembershipsOfUser,
	updateUser,
	type UserRow
} from '../repositories/user.repository';
import { recordUserChange } from './audit.service';
import type { ServiceContext } from './context';
import { parseInput } from './validation';

export type SessionSettings = Pick<Config, 'session' | 'loginThrottle'>;

const loginInput = z.object({
	login: z
		.string()
		.trim()
		.min(1, 'Bitte geben Sie Ihren Benutzernamen oder Ihre E-Mail-Adresse ein.')
		.max(254),
	password: z.string().min(1, 'Bitte geben Sie Ihr Passwort ein.').max(1024)
});

export interface LoginResult {
	/** Goes into the cookie; the database keeps only its hash. */
	token: string;
	user: UserRow;
	expiresAt: Date;
}

const perAddressFactor = 4;

export async function login(
	db: Database,
	input: unknown,
	request: { address: string; userAgent: string | null; now: Date },
	settings: SessionSettings
): Promise<LoginResult> {
	const { login: name, password } = parseInput(loginInput, input);
	const { now } = request;
	const rule = settings.loginThrottle;
	const since = new Date(now.getTime() - rule.windowMinutes * 60_000);
	const byName = throttle(await recentFailures(db, { username: name }, since), rule, now);
	const byAddress = throttle(
		await recentFailures(db, { address: request.address }, since),
		{ ...rule, maxFailures: rule.maxFailures * perAddressFactor },
		now
	);
	const locked = byName.locked ? byName : byAddress.locked ? byAddress : null;
	if (locked) throw new AppError('auth.rate_limited', { minutes: locked.retryAfterMinutes });

	const user = await accountOf(db, name, password);
	const ok = user !== null;
	await recordLoginAttempt(db, { username: name, address: request.address, at: now, success: ok });
	if (!user) throw new AppError('auth.invalid_credentials');
	if (user.disabled) throw new AppError('auth.account_disabled');

	await forgetFailures(db, name);
	await pruneLoginAttempts(db, new Date(now.getTime() - 30 * 24 * 3_600_000));
	await deleteStaleSessions(db, now, new Date(now.getTime() - settings.session.idleMinutes * 60_000));
	const token = randomToken();
	const expiresAt = new Date(now.getTime() + settings.session.maxHours * 3_600_000);
	await insertSession(db, {
		id: sha256(token),
		userId: user.id,
		createdAt: now,
		lastSeenAt: now,
		expiresAt,
		address: request.address,
		userAgent: request.userAgent?.slice(0, 500) ?? null
	});
	return { token, user, expiresAt };
}

/**
 * The account a login and password open. Names are unique per tenant, so several accounts may
 * carry one name; the password picks the one. Unknown names take as long as known ones.
 */
async function accountOf(db: Database, login: string, password: string): Promise<UserRow | null> {
	const candidates = await findUsersByLogin(db, login);
	if (candidates.length === 0) {
		await verifyNothing(password);
		return null;
	}
	const opened: UserRow[] = [];
	for (const candidate of candidates) {
		if (await verifyPassword(candidate.passwordHash, password)) opened.push(candidate);
	}
	// Two people of different tenants with the same name and the same password: which one is meant
	// cannot be told, and guessing would open someone else's account.
	if (opened.length > 1) throw new AppError('auth.ambiguous_login');
	return opened[0] ?? null;
}

export type UserActor = Extract<Actor, { kind: 'user' }>;

export type SessionCheck =
	| { status: 'valid'; actor: UserActor; user: UserRow; sessionId: string }
	| { status: 'expired' }
	| { status: 'none' };

/** Looks up the session of a cookie token; idle or past its end, it is removed and reported expired. */
export async function checkSession(
	db: Database,
	token: string,
	now: Date,
	settings: SessionSettings
): Promise<SessionCheck> {
	const id = sha256(token);
	const session = await findSession(db, id);
	if (!session) return { status: 'none' };
	const idleLimit = session.lastSeenAt.getTime() + settings.session.idleMinutes * 60_000;
	if (now >= session.expiresAt || now.getTime() >= idleLimit) {
		await deleteSession(db, id);
		return { status: 'expired' };
	}
	const user = await findUserById(db, session.userId);
	if (!user || user.disabled) {
		await deleteSession(db, id);
		return { status: 'none' };
	}
	// Writing on every request would be a write per page view; a minute's precision is enough.
	if (now.getTime() - session.lastSeenAt.getTime() > 60_000) await touchSession(db, id, now);
	return { status: 'valid', sessionId: id, user, actor: await actorOfUser(db, user) };
}

/** The actor a user is, with their memberships as stored now. */
export async function actorOfUser(db: Database, user: UserRow): Promise<UserActor> {
	const memberships = await listMembershipsOfUser(db, user.id);
	return {
		kind: 'user',
		userId: user.id,
		username: user.username,
		memberships: memberships.map((m) => ({
			tenantId: m.tenantId,
			role: m.role,
			departmentId: m.departmentId,
			providerId: m.providerId
		}))
	};
}

export async function logout(db: Database, token: string): Promise<void> {
	await deleteSession(db, sha256(token));
}

const passwordChange = z.object({
	currentPassword: z.string().min(1),
	newPassword: z.string().max(1024)
});

/** A user changes their own password; all their sessions end, the caller logs them in again. */
export async function changeOwnPassword(ctx: ServiceContext, input: unknown): Promise<void> {
	const actor = ctx.actor;
	if (actor.kind !== 'user') throw new AppError('auth.unauthenticated');
	const { currentPassword, newPassword } = parseInput(passwordChange, input);
	const user = await findUserById(ctx.db, actor.userId);
	if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
		throw new AppError('auth.invalid_credentials');
	}
	const problem = passwordProblem(newPassword);
	if (problem)
		throw new AppError('auth.weak_password', problem, { newPassword: `mindestens ${problem.min} Zeichen` });
	const passwordHash = await hashPassword(newPassword);
	await ctx.db.transaction(async (tx) => {
		await updateUser(tx, user.id, { passwordHash, passwordChangedAt: ctx.now });
		await deleteSessionsOfUser(tx, user.id);
		await recordUserChange(
			tx,
			ctx,
			actor.memberships.map((m) => m.tenantId),
			{
				entity: 'user',
				entityId: user.id,
				action: 'update',
				before: { passwordChangedAt: user.passwordChangedAt },
				after: { passwordChangedAt: ctx.now }
			}
		);
	});
}
