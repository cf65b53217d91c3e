import { yearsEarlier } from './arithmetic';
import type { ChangeMode, IndicatorKind } from './definition';
import type { TermKind } from './source-choice';

/**
 * A change indicator is computed from its base at two dates; the base may itself be a change.
 * Following the chain down to the rate or directly imported indicator at its root tells which
 * dates the root must be computed for.
 */
export interface ChainLink {
	code: string;
	kind: IndicatorKind;
	baseCode: string | null;
	changeYears: number | null;
	changeMode: ChangeMode | null;
	/** Set for direct indicators: aggregation above the values' layer needs it. */
	hasWeight: boolean;
}

export function termKindOf(link: Pick<ChainLink, 'kind' | 'hasWeight'>): TermKind {
	if (link.kind === 'rate') return 'rate';
	return link.hasWeight ? 'weighted' : 'single';
}

/** Longer chains are refused when defined; this only guards against a cycle in stored data. */
const maxChain = 16;

/** The link at the end of the chain (a rate or direct indicator), or null if the chain is broken. */
export function rootOf(code: string, links: ReadonlyMap<string, ChainLink>): ChainLink | null {
	let link = links.get(code);
	for (let step = 0; link && link.kind === 'change'; step++) {
		if (step >= maxChain || !link.baseCode) return null;
		link = links.get(link.baseCode);
	}
	return link ?? null;
}

/** The dates at which the chain's root must be computed so that `code` has values at `dates`. */
export function rootDatesFor(
	code: string,
	dates: readonly string[],
	links: ReadonlyMap<string, ChainLink>
): string[] {
	let needed = new Set(dates);
	let link = links.get(code);
	for (let step = 0; link && link.kind === 'change' && step < maxChain; step++) {
		const years = link.changeYears ?? 0;
		needed = new Set([...needed, ...[...needed].map((date) => yearsEarlier(date, years))]);
		link = link.baseCode ? links.get(link.baseCode) : undefined;
	}
	return [...needed].sort();
}

/** Dates at which a change over `years` has both ends, given the dates of its base. */
export function changeDates(baseDates: readonly string[], years: number): string[] {
	const available = new Set(baseDates);
	return baseDates.filter((date) => available.has(yearsEarlier(date, years)));
}
