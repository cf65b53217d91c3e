import type { RequestEvent } from '@sveltejs/kit';
import { database } from '../runtime';
import type { ServiceContext } from '../services/context';
import { tenantContext, type TenantContext } from '../services/tenant-context';

/** The service context of a request: the database, who is asking, and when. */
export function serviceContext(event: Pick<RequestEvent, 'locals'>): ServiceContext {
	return { db: database(), actor: event.locals.actor, now: new Date() };
}

type TenantEvent = Pick<RequestEvent, 'locals' | 'request'> & { params: { tenant?: string } };

/**
 * The tenant of the URL's `[tenant]` parameter with its data version, resolved once per request
 * and shared by everything that asks for it: SvelteKit runs the layout's and the page's loads in
 * parallel, and both get the same look-up (no `await parent()` needed for the tenant).
 *
 * Kept per locals object (one per request). Not kept for form posts: the action changes data and
 * the loads after it must read them under the new data version.
 */
const perRequest = new WeakMap<object, Map<string, Promise<TenantContext>>>();

export function tenantContextOf(event: TenantEvent): Promise<TenantContext> {
	const slug = event.params.tenant ?? '';
	const build = () => tenantContext(serviceContext(event), slug);
	if (event.request.method !== 'GET' && event.request.method !== 'HEAD') return build();
	let known = perRequest.get(event.locals);
	if (!known) perRequest.set(event.locals, (known = new Map()));
	let found = known.get(slug);
	if (!found) known.set(slug, (found = build()));
	return found;
}
