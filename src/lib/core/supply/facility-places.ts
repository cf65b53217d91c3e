/**
 * Places per unit from the facility register: the sum over the facilities a unit contains that are
 * valid at the date, of one capacity code. A facility whose places for that code are not known does
 * not make the unit's sum unknown — with a quarter of the Berlin Kitas lacking a count, almost every
 * unit would be blank. Instead the sum is of the known places and `unknown` counts the facilities left
 * out, so the page can say "at least" (the sum is a lower bound) rather than show a false total.
 */
import { validAt } from '../facility/facility';

export interface PlacedFacility {
	id: string;
	/** The containing unit of the layer in question; null: outside every unit. */
	unitId: string | null;
	kindCode: string;
	validFrom: string | null;
	validTo: string | null;
	capacities: readonly { code: string; places: number | null }[];
}

export interface UnitPlaces {
	/** Sum of the known places. */
	places: number;
	/** Facilities counted (valid, of the kinds, with the capacity code or none given). */
	facilities: number;
	/** Of those, how many have no known number of places for the code. */
	unknown: number;
}

/**
 * Sums places of `capacityCode` by unit over facilities of `kindCodes` valid at `date`. A facility of
 * a counted kind that lists no such capacity has unknown places (its kind serves the band, so a
 * missing figure is a gap in the register, not zero).
 */
export function placesByUnit<F extends PlacedFacility>(
	facilities: readonly F[],
	kindCodes: readonly string[],
	capacityCode: string,
	date: string
): { byUnit: Map<string, UnitPlaces>; outside: F[] } {
	const kinds = new Set(kindCodes);
	const byUnit = new Map<string, UnitPlaces>();
	const outside: F[] = [];
	for (const facility of facilities) {
		if (!kinds.has(facility.kindCode) || !validAt(facility, date)) continue;
		if (facility.unitId === null) {
			outside.push(facility);
			continue;
		}
		const places = facility.capacities.find((c) => c.code === capacityCode)?.places ?? null;
		const sum = byUnit.get(facility.unitId) ?? { places: 0, facilities: 0, unknown: 0 };
		sum.facilities += 1;
		if (places === null) sum.unknown += 1;
		else sum.places += places;
		byUnit.set(facility.unitId, sum);
	}
	return { byUnit, outside };
}

/** The places of one facility for a code, null when unknown (for the 2SFCA supply S_j). */
export function facilityPlaces(facility: PlacedFacility, capacityCode: string): number | null {
	return facility.capacities.find((c) => c.code === capacityCode)?.places ?? null;
}
