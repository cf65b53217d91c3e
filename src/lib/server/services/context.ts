import { decide, type Action, type Actor, type Resource } from '../../core/auth/policy';
import { AppError } from '../../core/errors';
import type { Database } from '../db/client';

/** What every use case receives: where to read and write, who acts, and the time of the request. */
export interface ServiceContext {
	db: Database;
	actor: Actor;
	now: Date;
}

/** Asks the policy and turns a refusal into the error the caller shows. */
export function authorize(ctx: ServiceContext, action: Action, resource: Resource): void {
	const decision = decide(ctx.actor, action, resource);
	if (decision.allowed) return;
	if (decision.reason === 'unauthenticated') throw new AppError('auth.unauthenticated');
	if (decision.reason === 'foreign_tenant') throw new AppError('auth.foreign_tenant');
	throw new AppError('auth.forbidden');
}

export function actorLabel(actor: Actor): string {
	if (actor.kind === 'user') return actor.username;
	if (actor.kind === 'system') return actor.label;
	return 'öffentlich';
}

export function actorUserId(actor: Actor): string | null {
	return actor.kind === 'user' ? actor.userId : null;
}
