import type { RequestEvent } from '@sveltejs/kit';
import { database } from '../runtime';
import type { ServiceContext } from '../services/context';

/** The service context of a request: the database, who is asking, and when. */
export function serviceContext(event: Pick<RequestEvent, 'locals'>): ServiceContext {
	return { db: database(), actor: event.locals.actor, now: new Date() };
}
