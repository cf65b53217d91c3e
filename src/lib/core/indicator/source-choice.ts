/**
 * Which observations an indicator value at a unit is computed from (ARCHITECTURE "Computation"):
 * - a variable observed at the unit itself (an official total) is taken as it is;
 * - otherwise the finest layer below the unit that has the variable at that date, summed;
 *   two layers are never added together;
 * - numerator and denominator (or value and weight) are paired at the same source units, so
 *   that a unit missing one of them leaves out the other as well instead of biasing the rate.
 * Distances count layers below the unit (0 = the unit itself).
 */

/** rate: Σ numerator / Σ denominator; weighted: Σ(value × weight) / Σ weight; single: a value without weight. */
export type TermKind = 'rate' | 'weighted' | 'single';

/** The two variables as observed at the unit itself (null: not observed there). */
export interface OwnObservations {
	a: number | null;
	b: number | null;
}

/**
 * What lies below the unit, as the database summed it over every descendant with data: the finest
 * distance of each variable, whether all of it lay at one single distance, and the sums over the
 * source units that have both variables.
 */
export interface DescendantSums {
	finestA: number | null;
	finestB: number | null;
	/** Every observation of either variable below the unit lies at the same distance. */
	singleDistance: boolean;
	paired: number;
	/** Σ a (rate) or Σ a × b (weighted) over units with both. */
	sumX: number;
	/** Σ b over units with both. */
	sumY: number;
}

export type SourceChoice =
	/** Nothing to compute from; `distance` names where the values would have come from, if known. */
	| { use: 'nothing'; distance: number | null }
	/** A directly imported value at the unit's own layer. */
	| { use: 'own-value' }
	/** Both variables observed at the unit itself. */
	| { use: 'own-pair' }
	/** Both at one layer below, paired unit by unit: the sums the database already made. */
	| { use: 'descendants'; distance: number }
	/** At different layers (or mixed): pair at the coarser layer, summing the finer one up to it. */
	| { use: 'across-layers'; distanceA: number; distanceB: number; pairing: number };

function sourceDistance(own: number | null | undefined, finest: number | null | undefined): number | null {
	if (own !== null && own !== undefined) return 0;
	return finest ?? null;
}

export function chooseSource(
	kind: TermKind,
	own: OwnObservations | null,
	below: DescendantSums | null
): SourceChoice {
	const distanceA = sourceDistance(own?.a, below?.finestA);
	if (distanceA === null) return { use: 'nothing', distance: sourceDistance(own?.b, below?.finestB) };
	// A value imported for the unit itself is the value, with or without weight.
	if (kind !== 'rate' && distanceA === 0) return { use: 'own-value' };
	// Above its own layer a directly imported rate has no meaning without a weight.
	if (kind === 'single') return { use: 'nothing', distance: distanceA };
	const distanceB = sourceDistance(own?.b, below?.finestB);
	if (distanceB === null) return { use: 'nothing', distance: distanceA };
	// A weight coarser than the values cannot weigh them.
	if (kind === 'weighted' && distanceB < distanceA) return { use: 'nothing', distance: distanceA };
	if (distanceA === 0 && distanceB === 0) return { use: 'own-pair' };
	if (distanceA === distanceB && below?.singleDistance) return { use: 'descendants', distance: distanceA };
	const pairing = kind === 'weighted' ? distanceA : Math.min(distanceA, distanceB);
	return { use: 'across-layers', distanceA, distanceB, pairing };
}

/**
 * The layer whose units count as the source units of a choice (for coverage): the finer of the
 * two for a rate, because a unit missing there is missing from the sum; the value's layer for a
 * weighted mean.
 */
export function coverageDistance(kind: TermKind, choice: SourceChoice): number | null {
	switch (choice.use) {
		case 'nothing':
			return choice.distance;
		case 'own-value':
		case 'own-pair':
			return 0;
		case 'descendants':
			return choice.distance;
		case 'across-layers':
			return kind === 'weighted' ? choice.distanceA : Math.max(choice.distanceA, choice.distanceB);
	}
}
