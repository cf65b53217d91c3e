/**
 * Places summed per capacity code (Plätze U3, Ü3 …) over a set of offers. An offer that does not
 * list a code has no such places (adds 0); one that lists it with unknown places (null) makes the
 * sum unknown — a partial sum must never pass for the total — while `knownPlaces` and
 * `offersWithUnknownPlaces` keep what is known visible ("mindestens 40, 1 Angebot ohne Angabe").
 */

export interface Capacity {
	code: string;
	label: string;
	places: number | null;
}

export interface CapacitySum {
	code: string;
	/** The label of the first offer (in the order given) that lists the code. */
	label: string;
	/** Sum of places; null when any contributing offer has unknown places for this code. */
	places: number | null;
	/** Sum over the offers whose places are known: a lower bound when `places` is null. */
	knownPlaces: number;
	offersWithUnknownPlaces: number;
}

/** The sums per capacity code, ordered by code. */
export function sumCapacities(offers: readonly { capacities: readonly Capacity[] }[]): CapacitySum[] {
	const sums = new Map<string, CapacitySum>();
	for (const offer of offers)
		for (const c of offer.capacities) {
			const sum = sums.get(c.code) ?? {
				code: c.code,
				label: c.label,
				places: 0,
				knownPlaces: 0,
				offersWithUnknownPlaces: 0
			};
			if (c.places === null) {
				sum.places = null;
				sum.offersWithUnknownPlaces++;
			} else {
				sum.knownPlaces += c.places;
				if (sum.places !== null) sum.places += c.places;
			}
			sums.set(c.code, sum);
		}
	return [...sums.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
