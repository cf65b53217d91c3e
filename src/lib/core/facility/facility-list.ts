/**
 * The facility list of the Angebote page as a pure function of the URL: the filters and the text
 * search are read here and handed to the service (the API uses the same search); the order and the
 * page are applied to the service's rows. Parameter names are German because
 * they are part of the URL a planner sees and shares.
 */

export const facilitySortKeys = ['name', 'kind', 'provider', 'department', 'address', 'validity'] as const;
export type FacilitySortKey = (typeof facilitySortKeys)[number];

export interface FacilityListQuery {
	kind: string;
	provider: string;
	department: string;
	search: string;
	sort: FacilitySortKey;
	direction: 'asc' | 'desc';
	page: number;
}

/** What a row needs for search and order (a subset of the service's FacilityListItem). */
export interface ListedFacility {
	code: string;
	name: string;
	kindName: string;
	providerName: string | null;
	departmentName: string | null;
	street: string | null;
	postcode: string | null;
	place: string | null;
	validFrom: string | null;
	validTo: string | null;
}

export function facilityListQuery(params: URLSearchParams): FacilityListQuery {
	const sort = params.get('sortierung') ?? '';
	const page = Number.parseInt(params.get('seite') ?? '1', 10);
	return {
		kind: params.get('art')?.trim() ?? '',
		provider: params.get('traeger')?.trim() ?? '',
		department: params.get('fachbereich')?.trim() ?? '',
		search: params.get('suche')?.trim() ?? '',
		sort: (facilitySortKeys as readonly string[]).includes(sort) ? (sort as FacilitySortKey) : 'name',
		direction: params.get('richtung') === 'absteigend' ? 'desc' : 'asc',
		page: Number.isFinite(page) && page >= 1 ? page : 1
	};
}

/** The query string of a list state (for paging links and sort headers); defaults are left out. */
export function facilityListSearch(query: FacilityListQuery): string {
	const params = new URLSearchParams();
	if (query.kind) params.set('art', query.kind);
	if (query.provider) params.set('traeger', query.provider);
	if (query.department) params.set('fachbereich', query.department);
	if (query.search) params.set('suche', query.search);
	if (query.sort !== 'name') params.set('sortierung', query.sort);
	if (query.direction === 'desc') params.set('richtung', 'absteigend');
	if (query.page > 1) params.set('seite', String(query.page));
	const text = params.toString();
	return text ? `?${text}` : '';
}

export function facilityAddress(f: Pick<ListedFacility, 'street' | 'postcode' | 'place'>): string {
	const town = [f.postcode, f.place].filter(Boolean).join(' ');
	return [f.street, town].filter(Boolean).join(', ');
}

/** Case-insensitive search in code, name, kind, provider and address; every word must occur. */
export function matchesSearch(f: ListedFacility, search: string): boolean {
	const words = search.toLocaleLowerCase('de').split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	const text = [f.code, f.name, f.kindName, f.providerName ?? '', facilityAddress(f)]
		.join(' ')
		.toLocaleLowerCase('de');
	return words.every((w) => text.includes(w));
}

const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

function sortValue(f: ListedFacility, key: FacilitySortKey): string {
	switch (key) {
		case 'name':
			return f.name;
		case 'kind':
			return f.kindName;
		case 'provider':
			return f.providerName ?? '';
		case 'department':
			return f.departmentName ?? '';
		case 'address':
			return facilityAddress(f);
		case 'validity':
			return f.validFrom ?? '';
	}
}

/** Sorted copy; ties (and empty values, which sort last either way) are ordered by name, then code. */
export function sortFacilities<T extends ListedFacility>(
	rows: readonly T[],
	sort: FacilitySortKey,
	direction: 'asc' | 'desc'
): T[] {
	const sign = direction === 'desc' ? -1 : 1;
	return [...rows].sort((a, b) => {
		const va = sortValue(a, sort);
		const vb = sortValue(b, sort);
		if (va === '' && vb !== '') return 1;
		if (vb === '' && va !== '') return -1;
		return (
			sign * collator.compare(va, vb) || collator.compare(a.name, b.name) || collator.compare(a.code, b.code)
		);
	});
}

export interface FacilityListPage<T> {
	rows: T[];
	matching: number;
	page: number;
	pages: number;
}

/** Order and the requested page (clamped to the last one) of rows the service has filtered and searched. */
export function facilityListPage<T extends ListedFacility>(
	rows: readonly T[],
	query: FacilityListQuery,
	pageSize: number
): FacilityListPage<T> & { all: T[] } {
	const matching = sortFacilities(rows, query.sort, query.direction);
	const pages = Math.max(1, Math.ceil(matching.length / pageSize));
	const page = Math.min(query.page, pages);
	return {
		all: matching,
		rows: matching.slice((page - 1) * pageSize, page * pageSize),
		matching: matching.length,
		page,
		pages
	};
}
