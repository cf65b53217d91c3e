/**
 * The indicator catalogue: indicators filtered by topic (Handlungsfeld), department, kind and a
 * search text, grouped by topic. Pure, so that the GET form and its tests agree.
 */

export interface CatalogueIndicator {
	code: string;
	name: string;
	shortName: string | null;
	kind: string;
	topicCode: string | null;
	topicName: string | null;
	departmentName: string | null;
	/** The fact sheet's definition, searched too. */
	definition?: string | null;
}

export interface CatalogueFilter {
	search: string;
	/** Topic code; '' for all, '-' for indicators without a topic. */
	topic: string;
	/** Department name; '' for all, '-' for indicators without a department. */
	department: string;
	/** 'rate' | 'change' | 'direct'; '' for all. */
	kind: string;
}

/** Marks "without topic / department" in the selects, since '' already means "all". */
export const noneValue = '-';

export function catalogueFilter(params: URLSearchParams): CatalogueFilter {
	const read = (name: string) => (params.get(name) ?? '').trim().slice(0, 200);
	return { search: read('suche'), topic: read('thema'), department: read('fachbereich'), kind: read('art') };
}

function matchesChoice(value: string | null, wanted: string): boolean {
	if (!wanted) return true;
	if (wanted === noneValue) return value === null;
	return value === wanted;
}

export function matchesCatalogueFilter(item: CatalogueIndicator, filter: CatalogueFilter): boolean {
	if (!matchesChoice(item.topicCode, filter.topic)) return false;
	if (!matchesChoice(item.departmentName, filter.department)) return false;
	if (filter.kind && item.kind !== filter.kind) return false;
	if (!filter.search) return true;
	const wanted = filter.search.toLocaleLowerCase('de');
	return [item.code, item.name, item.shortName, item.definition].some((text) =>
		text?.toLocaleLowerCase('de').includes(wanted)
	);
}

export interface TopicGroup<T> {
	topicCode: string | null;
	topicName: string | null;
	indicators: T[];
}

const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

/** Matching indicators grouped by topic (by topic name, those without a topic last), by name within. */
export function groupByTopic<T extends CatalogueIndicator>(
	items: readonly T[],
	filter: CatalogueFilter
): TopicGroup<T>[] {
	const groups = new Map<string, TopicGroup<T>>();
	for (const item of items) {
		if (!matchesCatalogueFilter(item, filter)) continue;
		const key = item.topicCode ?? '';
		const group = groups.get(key) ?? { topicCode: item.topicCode, topicName: item.topicName, indicators: [] };
		group.indicators.push(item);
		groups.set(key, group);
	}
	for (const group of groups.values()) group.indicators.sort((a, b) => collator.compare(a.name, b.name));
	return [...groups.values()].sort((a, b) => {
		if (a.topicCode === null || b.topicCode === null) return a.topicCode === null ? 1 : -1;
		return collator.compare(a.topicName ?? a.topicCode, b.topicName ?? b.topicCode);
	});
}
