/** The value a table column sorts a row by; null where the row has none. */
export type SortKey<Row> = (row: Row) => string | number | null;

/**
 * The rows in the order of one column. Text compares with the locale's collator (numeric, so "10"
 * comes after "9"); rows without a value come last in either direction, where a reader expects the
 * gaps rather than at the top of a descending list.
 */
export function sortRows<Row>(
	rows: readonly Row[],
	key: SortKey<Row>,
	ascending: boolean,
	collator: Intl.Collator
) {
	const direction = ascending ? 1 : -1;
	return rows.toSorted((a, b) => {
		const x = key(a);
		const y = key(b);
		if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
		if (typeof x === 'string' || typeof y === 'string')
			return direction * collator.compare(String(x), String(y));
		return direction * (x - y);
	});
}

/** aria-sort of a column: only the column the table is sorted by says a direction. */
export const ariaSortOf = <Column>(column: Column, sortBy: Column, ascending: boolean) =>
	sortBy === column ? (ascending ? 'ascending' : 'descending') : undefined;
