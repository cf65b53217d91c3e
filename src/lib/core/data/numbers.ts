/**
 * Numbers as German municipal files carry them: decimal comma or point, thousands separators,
 * and several ways of saying "no value". Missing is never zero.
 */
export const missingTokens = new Set(['', 'na', 'n/a', '.', '-', '–', '—', 'k.a.', 'k. a.', 'x', 'null']);

export type NumberStyle = 'de' | 'en';

export type ParsedNumber = { kind: 'value'; value: number } | { kind: 'missing' } | { kind: 'invalid' };

const deNumber = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const enNumber = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[+-]?\d+)?$/i;

export function isMissing(raw: string): boolean {
	return missingTokens.has(raw.trim().toLowerCase());
}

/** Parses one cell in the given style; spaces (also non-breaking) as thousands separators are allowed. */
export function parseNumber(raw: string, style: NumberStyle): ParsedNumber {
	const text = raw
		.trim()
		.replace(/^"(.*)"$/, '$1')
		.replace(/[\s\u00a0\u202f]/g, '');
	if (isMissing(text)) return { kind: 'missing' };
	if (style === 'de') {
		if (!deNumber.test(text)) return { kind: 'invalid' };
		return { kind: 'value', value: Number(text.replaceAll('.', '').replace(',', '.')) };
	}
	if (!enNumber.test(text)) return { kind: 'invalid' };
	return { kind: 'value', value: Number(text.replaceAll(',', '')) };
}

/**
 * Guesses the style of a column from its cells. A comma followed by other than exactly three
 * digits is a decimal comma; "1.234" alone is ambiguous and read as German (a thousands point)
 * only when some cell also has a decimal comma or a second point group.
 */
export function detectNumberStyle(cells: readonly string[]): NumberStyle {
	let de = 0;
	let en = 0;
	for (const raw of cells) {
		const text = raw.trim().replace(/[\s\u00a0\u202f]/g, '');
		if (/^[+-]?\d+,\d+$/.test(text) && !/^[+-]?\d{1,3},\d{3}$/.test(text)) de++;
		else if (/^[+-]?\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(text) || /\d\.\d{3},\d/.test(text)) de++;
		else if (/^[+-]?\d+\.\d+$/.test(text) && !/^[+-]?\d{1,3}\.\d{3}$/.test(text)) en++;
		else if (/\d,\d{3}\.\d/.test(text)) en++;
	}
	return de > en ? 'de' : 'en';
}

/**
 * A number typed into a form or sent to the API as text (NaN when it is none): German notation
 * (12.500,50) or a decimal point as programs send it (12500.50). Points between groups of three
 * digits without a comma (12.500, 1.250.000) are German thousands, as a planner types an amount;
 * any other single point is a decimal point. A trailing € is allowed.
 */
export function formNumber(raw: string): number {
	const text = raw
		.trim()
		.replace(/[\s\u00a0\u202f]/g, '')
		.replace(/€$/, '')
		.replace(/^−/, '-');
	if (text.includes(',') || /^[+-]?\d{1,3}(?:\.\d{3})+$/.test(text)) {
		const parsed = parseNumber(text, 'de');
		return parsed.kind === 'value' ? parsed.value : NaN;
	}
	return /^[+-]?\d+(?:\.\d+)?$/.test(text) ? Number(text) : NaN;
}
