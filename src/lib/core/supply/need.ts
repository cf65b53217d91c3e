/**
 * Angebot und Bedarf (DOMAIN.md §4): Versorgungsquote, Platzbedarf, Fehlbedarf and Überhang per
 * unit and age band, for one date or a series of dates. Pure: counts in, numbers out.
 *
 * Missing stays missing: a count that is not known is `null` and every number built from it is
 * `null` too — never 0, because "no children recorded" and "no data" mean different things to a
 * planner. A quota over zero children has no value either (`null`), not Infinity.
 */

/** Inputs of one cell (unit × age band × date). */
export interface SupplyNeedInput {
	/** Kinder der Altersgruppe. */
	children: number | null;
	/** Plätze (nutzbare Plätze für diese Altersgruppe). */
	places: number | null;
	/** Bedarfsquote in Prozent (politische Zielquote, z. B. 55 für U3); null: keine festgelegt. */
	needRate: number | null;
}

export interface SupplyNeed {
	/** Versorgungsquote: Plätze je 100 Kinder der Altersgruppe. */
	coverageRate: number | null;
	/** Platzbedarf, rechnerisch: Kinder × Bedarfsquote / 100 (mit Nachkommastellen). */
	need: number | null;
	/** Platzbedarf in ganzen Plätzen: aufgerundet, denn ein halber Platz deckt kein Kind. */
	placesNeeded: number | null;
	/** Fehlbedarf: fehlende Plätze (placesNeeded − places), 0 wenn der Bedarf gedeckt ist. */
	shortfall: number | null;
	/** Überhang: Plätze über dem Bedarf (places − placesNeeded), 0 wenn keiner. Eigene Zahl, nie ein negativer Fehlbedarf. */
	surplus: number | null;
}

/**
 * Rounds a need up to whole places, first snapping away floating-point noise: 30 × 33.3 / 100 is
 * 9.99 and becomes 10, but 700 × 1.1 / 100 must stay 7.7 → 8 and an exact 7 (computed as
 * 7.000000000000001) must not become 8.
 */
export function wholePlaces(need: number): number {
	return Math.ceil(Math.round(need * 1e6) / 1e6);
}

/** Versorgungsquote, Platzbedarf, Fehlbedarf and Überhang of one cell. */
export function supplyAndNeed({ children, places, needRate }: SupplyNeedInput): SupplyNeed {
	const coverageRate =
		children === null || places === null || children === 0 ? null : (places / children) * 100;
	const need = children === null || needRate === null ? null : (children * needRate) / 100;
	const placesNeeded = need === null ? null : wholePlaces(need);
	const gap = placesNeeded === null || places === null ? null : placesNeeded - places;
	return {
		coverageRate,
		need,
		placesNeeded,
		shortfall: gap === null ? null : Math.max(0, gap),
		surplus: gap === null ? null : Math.max(0, -gap)
	};
}

/** A count of one unit, age band and date, as a repository would read it from the observations. */
export interface BandCount {
	unit: string;
	/** Code of the age band, e.g. 'u3' or 'ue3'. */
	band: string;
	/** Stichtag, ISO date. */
	date: string;
	/** null: recorded as unknown (e.g. suppressed); a missing record is unknown as well. */
	value: number | null;
}

export interface SupplyNeedRow extends SupplyNeed {
	unit: string;
	band: string;
	date: string;
	children: number | null;
	places: number | null;
	needRate: number | null;
}

const cellKey = (unit: string, band: string, date: string) => `${unit}\u0000${band}\u0000${date}`;

/**
 * Supply and need for every (unit, age band, date) that has children or places recorded, sorted by
 * unit, band and date — one date or a whole time series in one call. `needRates` maps each band
 * to its Bedarfsquote in per cent; a band without one gets coverage but no need. A count recorded
 * twice for the same cell is a caller's error (the sum would hide a duplicate import): it throws.
 */
export function supplyNeedSeries(
	children: readonly BandCount[],
	places: readonly BandCount[],
	needRates: Readonly<Record<string, number>>
): SupplyNeedRow[] {
	const cells = new Map<
		string,
		{ unit: string; band: string; date: string; children?: number | null; places?: number | null }
	>();
	const put = (count: BandCount, field: 'children' | 'places') => {
		const key = cellKey(count.unit, count.band, count.date);
		const cell = cells.get(key) ?? { unit: count.unit, band: count.band, date: count.date };
		if (cell[field] !== undefined)
			throw new RangeError(`Doppelter Wert (${field}) für ${count.unit}, ${count.band}, ${count.date}`);
		cell[field] = count.value;
		cells.set(key, cell);
	};
	for (const count of children) put(count, 'children');
	for (const count of places) put(count, 'places');
	const rows: SupplyNeedRow[] = [];
	for (const cell of cells.values()) {
		const input: SupplyNeedInput = {
			children: cell.children ?? null,
			places: cell.places ?? null,
			needRate: Object.hasOwn(needRates, cell.band) ? needRates[cell.band]! : null
		};
		rows.push({ unit: cell.unit, band: cell.band, date: cell.date, ...input, ...supplyAndNeed(input) });
	}
	return rows.sort((a, b) => compare(a.unit, b.unit) || compare(a.band, b.band) || compare(a.date, b.date));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sums counts up to larger areas (e.g. Planungsraum → Bezirk) before any quota is formed — rates
 * are never averaged. `areaOf` names each unit's area (null: the unit belongs to none and is left
 * out). One unknown count makes the area's sum unknown, so a partial sum never passes for a total.
 * A unit with no record at all cannot be seen here: the caller passes a count (or null) for every
 * unit of the area.
 */
export function sumToAreas(
	counts: readonly BandCount[],
	areaOf: (unit: string) => string | null
): BandCount[] {
	const sums = new Map<string, BandCount>();
	for (const count of counts) {
		const area = areaOf(count.unit);
		if (area === null) continue;
		const key = cellKey(area, count.band, count.date);
		const sum = sums.get(key);
		if (!sum) sums.set(key, { unit: area, band: count.band, date: count.date, value: count.value });
		else sum.value = sum.value === null || count.value === null ? null : sum.value + count.value;
	}
	return [...sums.values()];
}
