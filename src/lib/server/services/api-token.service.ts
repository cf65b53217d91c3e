import { z } from 'zod';
import type { Actor } from '../../core/auth/policy';
import { AppError } from '../../core/errors';
import { randomToken, sha256 } from '../auth/tokens';
import type { Database } from '../db/client';
import {
	deleteApiToken,
	findApiTokenByHash,
	insertApiToken,
	listApiTokensOfUser,
	touchApiToken,
	type ApiTokenRow
} from '../repositories/api-token.repository';
import { findUserById, findUserByLogin } from '../repositories/user.repository';
import { recordUserChange } from './audit.service';
import { actorOfUser, type UserActor } from './auth.service';
import type { ServiceContext } from './context';
import { parseInput } from './validation';

/** Tokens start with a recognisable prefix, so secret scanners and people can tell what they are. */
const tokenPrefix = 'qs_';

export type ApiTokenInfo = Omit<ApiTokenRow, 'tokenHash'>;

function info({ tokenHash: _hash, ...rest }: ApiTokenRow): ApiTokenInfo {
	return rest;
}

function userOf(ctx: ServiceContext): UserActor {
	if (ctx.actor.kind !== 'user') throw new AppError('auth.unauthenticated');
	return ctx.actor;
}

const newTokenInput = z.object({
	name: z.string().trim().min(2).max(100),
	expiresInDays: z.coerce
		.number()
		.int()
		.min(1)
		.max(3650)
		.nullish()
		.or(z.literal('').transform(() => null)),
	publicOnly: z
		.union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('')])
		.nullish()
		.transform((v) => v === true || v === 'on' || v === 'true')
});

/** Creates a token of the acting user; the plain token is returned this once and never stored. */
export async function createApiToken(
	ctx: ServiceContext,
	input: unknown
): Promise<{ token: string; info: ApiTokenInfo }> {
	const actor = userOf(ctx);
	const values = parseInput(newTokenInput, input);
	const token = tokenPrefix + randomToken();
	return ctx.db.transaction(async (tx) => {
		const row = await insertApiToken(tx, {
			userId: actor.userId,
			name: values.name,
			tokenHash: sha256(token),
			prefix: token.slice(0, tokenPrefix.length + 6),
			publicOnly: values.publicOnly,
			createdAt: ctx.now,
			expiresAt: values.expiresInDays ? new Date(ctx.now.getTime() + values.expiresInDays * 86_400_000) : null
		});
		await recordUserChange(
			tx,
			ctx,
			actor.memberships.map((m) => m.tenantId),
			{ entity: 'api_token', entityId: row.id, action: 'create', after: info(row) }
		);
		return { token, info: info(row) };
	});
}

export async function listApiTokens(ctx: ServiceContext): Promise<ApiTokenInfo[]> {
	const actor = userOf(ctx);
	return (await listApiTokensOfUser(ctx.db, actor.userId)).map(info);
}

export async function revokeApiToken(ctx: ServiceContext, tokenId: string): Promise<void> {
	const actor = userOf(ctx);
	if (!z.uuid().safeParse(tokenId).success) throw new AppError('api_token.not_found');
	await ctx.db.transaction(async (tx) => {
		const removed = await deleteApiToken(tx, actor.userId, tokenId);
		if (!removed) throw new AppError('api_token.not_found');
		await recordUserChange(
			tx,
			ctx,
			actor.memberships.map((m) => m.tenantId),
			{ entity: 'api_token', entityId: removed.id, action: 'delete', before: info(removed) }
		);
	});
}

export type TokenCheck =
	| { status: 'valid'; actor: Actor; user: { id: string; username: string; displayName: string } }
	| { status: 'invalid' };

/**
 * The actor behind a bearer token. A token marked public acts as the public does (it sees only
 * published, disclosure-controlled data), whoever created it.
 */
export async function checkApiToken(db: Database, token: string, now: Date): Promise<TokenCheck> {
	if (!token.startsWith(tokenPrefix)) return { status: 'invalid' };
	const row = await findApiTokenByHash(db, sha256(token));
	if (!row || (row.expiresAt && row.expiresAt <= now)) return { status: 'invalid' };
	const user = await findUserById(db, row.userId);
	if (!user || user.disabled) return { status: 'invalid' };
	// A minute's precision is enough for "last used"; it saves a write per call.
	if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000)
		await touchApiToken(db, row.id, now);
	const profile = { id: user.id, username: user.username, displayName: user.displayName };
	return {
		status: 'valid',
		user: profile,
		actor: row.publicOnly ? { kind: 'anonymous' } : await actorOfUser(db, user)
	};
}

/**
 * The context of a user for the command line's `token` commands (issue 12): the operator of the
 * server acts for a user, who owns the token. Only a system actor (the CLI) may do this.
 */
export async function contextOfUser(ctx: ServiceContext, login: string): Promise<ServiceContext> {
	if (ctx.actor.kind !== 'system') throw new AppError('auth.forbidden');
	const user = await findUserByLogin(ctx.db, login.trim());
	if (!user) throw new AppError('user.not_found', { user: login });
	if (user.disabled) throw new AppError('auth.account_disabled');
	return { ...ctx, actor: await actorOfUser(ctx.db, user) };
}
