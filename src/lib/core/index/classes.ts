import type { ClassScheme } from './definition';

/** The class a value falls into. */
export interface ClassAssignment {
	/** 0 = the class of the lowest values, whatever the direction of the codes. */
	position: number;
	code: string;
	label: string;
}

/**
 * Does a value lying exactly on threshold t belong to the class above it? 'centre' sends it to
 * the class nearer the middle of the scale (0): for t < 0 that is the class above, for t > 0 the
 * class below; 0 itself goes above, so that "mehr als eine Standardabweichung" reads literally on
 * both sides (Berlin: −1 is still "mittel", +1,5 still "niedrig").
 */
function thresholdGoesAbove(scheme: ClassScheme, threshold: number): boolean {
	if (scheme.onThreshold === 'above') return true;
	if (scheme.onThreshold === 'below') return false;
	return threshold <= 0;
}

/**
 * The position (0 = lowest class) of a finite value: the number of thresholds the value lies
 * above, a threshold it sits on counted by the scheme's rule. No allocation, so the index can call
 * it for every unit.
 */
export function classPosition(scheme: ClassScheme, value: number): number {
	if (!Number.isFinite(value))
		throw new Error(`Klassenzuordnung braucht eine endliche Zahl, nicht ${value}.`);
	const { thresholds } = scheme;
	let position = 0;
	for (let i = 0; i < thresholds.length; i++) {
		const t = thresholds[i]!;
		if (value > t || (value === t && thresholdGoesAbove(scheme, t))) position++;
		else break; // thresholds ascend: the value lies below every further one
	}
	return position;
}

/**
 * Every class of a scheme by position (0 = lowest values), with its code and label. Codes and
 * labels are listed from the highest class down when the direction is 'high_first'.
 */
export function schemeClasses(scheme: ClassScheme): ClassAssignment[] {
	const count = scheme.thresholds.length + 1;
	return Array.from({ length: count }, (_, position) => {
		const listed = scheme.direction === 'low_first' ? position : count - 1 - position;
		return { position, code: scheme.codes[listed]!, label: scheme.labels[listed]! };
	});
}

/**
 * Class positions of the members (1 in `member`) of a column, −1 for every other unit: the same
 * rule as `classPosition`, with the threshold rule read once instead of once per unit.
 */
export function classPositions(scheme: ClassScheme, values: Float64Array, member: Uint8Array): Int8Array {
	const { thresholds } = scheme;
	const k = thresholds.length;
	const limits = Float64Array.from(thresholds);
	const above = Uint8Array.from(thresholds, (t) => (thresholdGoesAbove(scheme, t) ? 1 : 0));
	const out = new Int8Array(values.length);
	for (let i = 0; i < values.length; i++) {
		if (member[i] !== 1) {
			out[i] = -1;
			continue;
		}
		const v = values[i]!;
		if (!Number.isFinite(v)) throw new Error(`Klassenzuordnung braucht eine endliche Zahl, nicht ${v}.`);
		let position = 0;
		while (position < k && (v > limits[position]! || (v === limits[position]! && above[position] === 1)))
			position++;
		out[i] = position;
	}
	return out;
}

/** The class of a finite value under a scheme. */
export function classOfValue(scheme: ClassScheme, value: number): ClassAssignment {
	return schemeClasses(scheme)[classPosition(scheme, value)]!;
}
