import type { IndicatorValueSet } from '../values/indicator-values';
import { pageOf, type Paging } from '../web/paging';
import { valueResource } from './presenters/values';

/**
 * The JSON body of a page of indicator values. A whole layer on one page (the usual request: a
 * map) is serialised once per cached value set and then sent as the same bytes: turning 447
 * values into JSON took more time than everything else of such a request (benchmark B3). The
 * memo hangs on the set object, so it goes when the value cache drops or replaces the set.
 */
const wholeBodies = new WeakMap<IndicatorValueSet, Map<number, Uint8Array<ArrayBuffer>>>();

function bodyOf(set: IndicatorValueSet, paging: Paging, url: URL): Uint8Array<ArrayBuffer> {
	const body = {
		indicator: set.indicator,
		layer: set.layer,
		date: set.date || null,
		// An estimate through a weight, or why the layer has no values (German texts).
		notice: set.notice,
		...pageOf(set.values.map(valueResource), paging, url)
	};
	return Buffer.from(JSON.stringify(body));
}

export function valuePageBody(set: IndicatorValueSet, paging: Paging, url: URL): Uint8Array<ArrayBuffer> {
	// Only a page holding the whole list is independent of the URL (no `next` link to build).
	if (paging.offset > 0 || paging.limit < set.values.length) return bodyOf(set, paging, url);
	// The whole list differs between requests only in the `limit` echoed back.
	const byLimit = wholeBodies.get(set) ?? new Map<number, Uint8Array<ArrayBuffer>>();
	wholeBodies.set(set, byLimit);
	let bytes = byLimit.get(paging.limit);
	if (!bytes) {
		bytes = bodyOf(set, paging, url);
		byLimit.set(paging.limit, bytes);
	}
	return bytes;
}
