/**
 * Singular and plural of a noun after a count, German and English alike: one form for exactly 1,
 * the other for everything else (0 Stichtage, 1 Stichtag, 2 Stichtage; 0 dates, 1 date).
 *
 * In the dictionaries a word that follows a count is written `{count|Stichtag|Stichtage}`: the
 * parameter that decides, the singular, the plural. Only the word is put in, the number stays a
 * parameter of its own (`{count} {count|Stichtag|Stichtage}`), so that "1 von 3 Gebieten" can take
 * its noun from the 3.
 */

type Count = string | number;

/** True when a count reads as exactly one; counts may come already formatted ("1", "1.234"). */
export function isOne(count: Count): boolean {
	return typeof count === 'number' ? count === 1 : count.trim() === '1';
}

/** The form of a noun that fits a count. */
export function plural(count: Count, one: string, other: string): string {
	return isOne(count) ? one : other;
}

/** `{key|one|other}` in a template, each replaced by the form its parameter asks for. */
export const pluralPattern = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g;

/** Puts the fitting forms into a template; a form whose parameter is missing stays as it was. */
export function resolvePlurals(template: string, params: Record<string, Count> = {}): string {
	return template.replace(pluralPattern, (whole, key: string, one: string, other: string) =>
		key in params ? plural(params[key]!, one, other) : whole
	);
}
