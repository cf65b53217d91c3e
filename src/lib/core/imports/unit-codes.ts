/**
 * Codes of nested area systems. In Germany the codes of small areas usually nest by prefix: the
 * Berlin LOR code 01011101 is Bezirk 01, Prognoseraum 0101, Bezirksregion 010111, Planungsraum
 * 01011101; Gemeindeschlüssel nest the same way (Land, Regierungsbezirk, Kreis, Gemeinde).
 */

/** The parent's code by the prefix rule, or null when the code is too short to have one. */
export function parentCodeByPrefix(code: string, prefixLength: number): string | null {
	return code.length > prefixLength ? code.slice(0, prefixLength) : null;
}

export type DerivedCode =
	| { kind: 'code'; code: string; children: number }
	| { kind: 'empty' }
	| { kind: 'ambiguous'; prefixes: { prefix: string; children: number }[] };

/**
 * The code of an area derived from the codes of the child units that lie inside it: the prefix of
 * the given length they all share. None inside, or children of several prefixes, cannot be decided.
 */
export function codeFromChildCodes(childCodes: readonly string[], prefixLength: number): DerivedCode {
	const counts = new Map<string, number>();
	for (const code of childCodes) {
		if (code.length < prefixLength) continue;
		const prefix = code.slice(0, prefixLength);
		counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
	}
	if (counts.size === 0) return { kind: 'empty' };
	const prefixes = [...counts]
		.map(([prefix, children]) => ({ prefix, children }))
		.sort((a, b) => b.children - a.children || a.prefix.localeCompare(b.prefix));
	if (prefixes.length > 1) return { kind: 'ambiguous', prefixes };
	return { kind: 'code', code: prefixes[0]!.prefix, children: prefixes[0]!.children };
}
