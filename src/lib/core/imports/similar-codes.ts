/**
 * Known codes that look like an unknown one, as a hint in the message: a lost leading zero
 * (Excel turns 01011101 into 1011101), a swapped or mistyped digit.
 */

/** Levenshtein distance, or `limit + 1` as soon as it must exceed the limit. */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			current.push(value);
			if (value < best) best = value;
		}
		if (best > limit) return limit + 1;
		previous = current;
	}
	return previous[b.length]!;
}

function withoutLeadingZeros(code: string): string {
	return code.replace(/^0+(?=.)/, '');
}

/** Up to `max` known codes most like `code`, best first; none when nothing is close. */
export function similarCodes(code: string, known: readonly string[], max = 3): string[] {
	const bare = withoutLeadingZeros(code);
	const scored: { code: string; score: number }[] = [];
	for (const candidate of known) {
		if (candidate === code) continue;
		if (withoutLeadingZeros(candidate) === bare) {
			scored.push({ code: candidate, score: 0 });
			continue;
		}
		const distance = editDistance(code, candidate, 2);
		if (distance <= 2) scored.push({ code: candidate, score: distance });
	}
	return scored
		.sort((a, b) => a.score - b.score || a.code.localeCompare(b.code))
		.slice(0, max)
		.map((s) => s.code);
}

/** A hint for a message („Ähnliche vorhandene Schlüssel: …“), or an empty string. */
export function similarHint(code: string, known: readonly string[], noun = 'Schlüssel'): string {
	const similar = similarCodes(code, known);
	if (similar.length === 0) return '';
	return ` Ähnliche vorhandene ${noun}: ${similar.map((c) => `„${c}“`).join(', ')}.`;
}
