/**
 * Rates under suppression. A rate is suppressed when its numerator or denominator cell is
 * suppressed — primary or secondary alike: a published rate together with a published
 * denominator gives back the numerator (numerator = rate × denominator / factor), and with a
 * published numerator it gives back the denominator. A rate of two published counts is published.
 */
import type { CellStatus } from './suppression';

export interface RateDisclosure {
	/** 'published', or the stronger of the two statuses (primary before secondary). */
	status: CellStatus;
	/** Which count caused the suppression (the numerator when both did); null when published. */
	because: 'numerator' | 'denominator' | null;
}

const strength: Record<CellStatus, number> = { published: 0, secondary: 1, primary: 2 };

/**
 * The status of a rate from the statuses of its counts. null for a count that is not under
 * disclosure control (not a count of persons, e.g. an area in hectares): it never suppresses.
 */
export function rateDisclosure(numerator: CellStatus | null, denominator: CellStatus | null): RateDisclosure {
	const n = numerator ?? 'published';
	const d = denominator ?? 'published';
	if (n === 'published' && d === 'published') return { status: 'published', because: null };
	const status = strength[n] >= strength[d] ? n : d;
	return { status, because: n !== 'published' ? 'numerator' : 'denominator' };
}

/** The rate to publish: its value, or null (shown as ".") when it is suppressed. */
export function publishedRate(
	value: number | null,
	numerator: CellStatus | null,
	denominator: CellStatus | null
): { value: number | null } & RateDisclosure {
	const disclosure = rateDisclosure(numerator, denominator);
	return { ...disclosure, value: disclosure.status === 'published' ? value : null };
}
