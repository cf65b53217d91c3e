/**
 * The unit list of a layer page: filtered by a search text, sorted by a column, cut into pages.
 * Pure, so that the GET form of the page (which works without JavaScript) and its tests agree.
 */

export interface ListedUnit {
	code: string;
	name: string;
	parentCode: string | null;
	hasGeometry: boolean;
}

export const unitSortKeys = ['code', 'name', 'parent'] as const;
export type UnitSortKey = (typeof unitSortKeys)[number];
export type SortDirection = 'asc' | 'desc';

export interface UnitListQuery {
	/** Part of the code or the name, any case; empty: all units. */
	search: string;
	sort: UnitSortKey;
	direction: SortDirection;
	page: number;
	pageSize: number;
}

export interface UnitListPage<T> {
	units: T[];
	/** Units that match the search, over all pages. */
	matching: number;
	page: number;
	pages: number;
}

/** Reads the query from URL parameters; anything unknown falls back to the default. */
export function unitListQuery(params: URLSearchParams, pageSize: number): UnitListQuery {
	const sort = params.get('sortierung');
	const requested = Number.parseInt(params.get('seite') ?? '1', 10);
	return {
		search: (params.get('suche') ?? '').trim().slice(0, 100),
		sort: (unitSortKeys as readonly string[]).includes(sort ?? '') ? (sort as UnitSortKey) : 'code',
		direction: params.get('richtung') === 'absteigend' ? 'desc' : 'asc',
		page: Number.isFinite(requested) && requested >= 1 ? requested : 1,
		pageSize
	};
}

const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

function sortValue(unit: ListedUnit, key: UnitSortKey): string {
	if (key === 'parent') return unit.parentCode ?? '';
	return unit[key];
}

export function matchesSearch(unit: ListedUnit, search: string): boolean {
	if (!search) return true;
	const wanted = search.toLocaleLowerCase('de');
	return (
		unit.code.toLocaleLowerCase('de').includes(wanted) || unit.name.toLocaleLowerCase('de').includes(wanted)
	);
}

/** The page of units the query asks for; a page beyond the last becomes the last. */
export function unitListPage<T extends ListedUnit>(
	units: readonly T[],
	query: UnitListQuery
): UnitListPage<T> {
	const sign = query.direction === 'desc' ? -1 : 1;
	const matching = units
		.filter((u) => matchesSearch(u, query.search))
		.sort(
			(a, b) =>
				sign * collator.compare(sortValue(a, query.sort), sortValue(b, query.sort)) ||
				collator.compare(a.code, b.code)
		);
	const pages = Math.max(1, Math.ceil(matching.length / query.pageSize));
	const page = Math.min(query.page, pages);
	const start = (page - 1) * query.pageSize;
	return { units: matching.slice(start, start + query.pageSize), matching: matching.length, page, pages };
}

/** The URL query of a list state, leaving out what is the default (for short, shareable links). */
export function unitListSearch(query: Omit<UnitListQuery, 'pageSize'>): string {
	const parts: string[] = [];
	if (query.search) parts.push(`suche=${encodeURIComponent(query.search)}`);
	if (query.sort !== 'code') parts.push(`sortierung=${query.sort}`);
	if (query.direction === 'desc') parts.push('richtung=absteigend');
	if (query.page > 1) parts.push(`seite=${query.page}`);
	return parts.length > 0 ? `?${parts.join('&')}` : '';
}
