import { AppError } from '../../core/errors';

/**
 * One paging scheme for every list of the API: `limit` and `offset` in the query, and in the
 * answer the page's `items`, the `total` of the whole list and a `next` link (null on the last
 * page). Offsets rather than cursors: the lists are ordered by code and small enough (hundreds to
 * a few thousand entries) to be computed whole, and offsets let a client fetch pages in parallel.
 */
export interface Paging {
	limit: number;
	offset: number;
}

export interface Page<T> {
	items: T[];
	total: number;
	limit: number;
	offset: number;
	/** The URL of the next page (path and query, same parameters), or null after the last. */
	next: string | null;
}

export const defaultLimit = 100;
export const maxLimit = 1000;

function whole(
	params: URLSearchParams,
	name: 'limit' | 'offset',
	fallback: number,
	min: number,
	max: number
): number {
	const raw = params.get(name);
	if (raw === null || raw === '') return fallback;
	const value = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
	if (!Number.isSafeInteger(value) || value < min || value > max) {
		const range = max === Number.MAX_SAFE_INTEGER ? `ab ${min}` : `von ${min} bis ${max}`;
		const message = `„${raw}“ ist keine ganze Zahl ${range}`;
		throw new AppError('validation.invalid', { details: `${name}: ${message}` }, { [name]: message });
	}
	return value;
}

/** Reads `limit` (1…1000, default 100) and `offset` (≥ 0, default 0); anything else is a 400. */
export function parsePaging(url: URL, fallbackLimit = defaultLimit): Paging {
	return {
		limit: whole(url.searchParams, 'limit', fallbackLimit, 1, maxLimit),
		offset: whole(url.searchParams, 'offset', 0, 0, Number.MAX_SAFE_INTEGER)
	};
}

/** The path of the page after this one (same parameters), or null on the last page. */
export function nextPageLink({ limit, offset }: Paging, total: number, url: URL): string | null {
	if (offset + limit >= total) return null;
	const query = new URLSearchParams(url.searchParams);
	query.set('limit', String(limit));
	query.set('offset', String(offset + limit));
	return `${url.pathname}?${query}`;
}

/** The requested page of a whole list, with the link to the next one. */
export function pageOf<T>(all: readonly T[], paging: Paging, url: URL): Page<T> {
	const { limit, offset } = paging;
	const next = nextPageLink(paging, all.length, url);
	return { items: all.slice(offset, offset + limit), total: all.length, limit, offset, next };
}
