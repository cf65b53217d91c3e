/**
 * Items grouped by a key, groups in the order their first item comes, items in their own order:
 * indicators by topic (Handlungsfeld), units by layer. (Object.groupBy needs Node 21.)
 */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): [string, T[]][] {
	const groups: [string, T[]][] = [];
	for (const item of items) {
		const key = keyOf(item);
		const group = groups.find(([k]) => k === key);
		if (group) group[1].push(item);
		else groups.push([key, [item]]);
	}
	return groups;
}
