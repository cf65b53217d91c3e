import { germanCsv, germanNumber, safeText } from '../exports/german-csv';
import type { SupplyNeed } from './need';

/**
 * The Versorgung table (supply and need per unit of one age band at one date) as rows for the
 * page's sort and a German Excel CSV. Pure: the service's rows in, text out. An unknown number is
 * an empty cell (as in every Querschnitt export); "Einrichtungen ohne Platzangabe" says when the
 * places, and with them the Versorgungsquote, are only a lower bound ("mindestens").
 */

export interface SupplyTableRow extends SupplyNeed {
	code: string;
	name: string;
	children: number | null;
	places: number;
	facilities: number;
	unknownPlaces: number;
	accessibility: number | null;
	unknownInReach: boolean;
}

export interface SupplyTableTotals extends SupplyNeed {
	children: number | null;
	places: number;
	facilities: number;
	unknownPlaces: number;
	sumOfShortfalls: number | null;
}

/** The columns the page sorts by, with the value each row sorts on (null last). */
export const supplySortKeys = {
	gebiet: (r: SupplyTableRow) => r.code,
	kinder: (r: SupplyTableRow) => r.children,
	einrichtungen: (r: SupplyTableRow) => r.facilities,
	plaetze: (r: SupplyTableRow) => r.places,
	quote: (r: SupplyTableRow) => r.coverageRate,
	bedarf: (r: SupplyTableRow) => r.placesNeeded,
	fehlbedarf: (r: SupplyTableRow) => r.shortfall,
	ueberhang: (r: SupplyTableRow) => r.surplus,
	erreichbarkeit: (r: SupplyTableRow) => r.accessibility
} as const;

export type SupplySortKey = keyof typeof supplySortKeys;

export function isSupplySortKey(value: string | null): value is SupplySortKey {
	return value !== null && Object.hasOwn(supplySortKeys, value);
}

const collator = new Intl.Collator('de', { numeric: true });

/** The rows sorted by one column; units without a value always come last, ties by code. */
export function sortSupplyRows<T extends SupplyTableRow>(
	rows: readonly T[],
	key: SupplySortKey,
	descending: boolean
): T[] {
	const value = supplySortKeys[key];
	return [...rows].sort((a, b) => {
		const va = value(a);
		const vb = value(b);
		if (va === null || vb === null) {
			if (va !== vb) return va === null ? 1 : -1;
			return collator.compare(a.code, b.code);
		}
		const order =
			typeof va === 'string' ? collator.compare(va, vb as string) : (va as number) - (vb as number);
		return (descending ? -order : order) || collator.compare(a.code, b.code);
	});
}

export const supplyCsvHeader = [
	'Schlüssel',
	'Gebiet',
	'Kinder',
	'Einrichtungen',
	'Plätze (bekannt)',
	'Einrichtungen ohne Platzangabe',
	'Versorgungsquote (Plätze je 100 Kinder)',
	'Platzbedarf',
	'Fehlbedarf',
	'Überhang',
	'2SFCA: Plätze je 100 Kinder im Einzugsbereich',
	'Unbekannte Plätze im Einzugsbereich'
];

function rowCells(r: SupplyTableRow): string[] {
	return [
		r.code,
		safeText(r.name),
		germanNumber(r.children),
		germanNumber(r.facilities),
		germanNumber(r.places),
		germanNumber(r.unknownPlaces),
		germanNumber(r.coverageRate, 1),
		germanNumber(r.placesNeeded),
		germanNumber(r.shortfall),
		germanNumber(r.surplus),
		germanNumber(r.accessibility, 1),
		r.unknownInReach ? 'ja' : 'nein'
	];
}

/**
 * The CSV: one row per unit, then the whole area ("Insgesamt": its Fehlbedarf nets surpluses
 * against gaps) and the sum of the units' shortfalls (a surplus in one unit fills no gap in another).
 */
export function supplyCsv(rows: readonly SupplyTableRow[], totals: SupplyTableTotals): string {
	const total = [
		'',
		'Insgesamt',
		germanNumber(totals.children),
		germanNumber(totals.facilities),
		germanNumber(totals.places),
		germanNumber(totals.unknownPlaces),
		germanNumber(totals.coverageRate, 1),
		germanNumber(totals.placesNeeded),
		germanNumber(totals.shortfall),
		germanNumber(totals.surplus),
		'',
		''
	];
	const sum = [
		'',
		'Summe der Fehlbedarfe der Gebiete',
		'',
		'',
		'',
		'',
		'',
		'',
		germanNumber(totals.sumOfShortfalls),
		'',
		'',
		''
	];
	return germanCsv(supplyCsvHeader, [...rows.map(rowCells), total, sum]);
}
