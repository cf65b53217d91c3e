/**
 * Codes that statistical offices and municipal files write instead of a number. The defaults follow
 * the Zeichenerklärung of the Statistisches Bundesamt (Destatis) and the Statistische Ämter der
 * Länder; a file may declare its own codes (e.g. -9999), which take precedence. Every code means one
 * of: a missing value with its reason (stored as missing, never as a number), a real zero, or a
 * value whose reliability is limited (stored as the number, counted).
 */

/** Why a value is missing; stored with the missing value (schema: observation_missing.reason). */
export const missingReasons = ['secret', 'locked', 'later', 'uncertain', 'missing'] as const;
export type MissingReason = (typeof missingReasons)[number];

export type CodeMeaning = MissingReason | 'zero';

export const missingReasonLabels: Record<CodeMeaning, string> = {
	secret: 'Zahlenwert unbekannt oder geheim zu halten',
	locked: 'Tabellenfach gesperrt, weil Aussage nicht sinnvoll',
	later: 'Angabe fällt später an',
	uncertain: 'keine Angabe, da Zahlenwert nicht sicher genug',
	missing: 'Wert fehlt',
	zero: 'nichts vorhanden (als 0 gespeichert)'
};

/** The meaning words a user may write after a declared code (`-9999=geheim`), German or English. */
const meaningWords: Record<string, CodeMeaning> = {
	geheim: 'secret',
	secret: 'secret',
	gesperrt: 'locked',
	locked: 'locked',
	spaeter: 'later',
	später: 'later',
	later: 'later',
	unsicher: 'uncertain',
	uncertain: 'uncertain',
	fehlt: 'missing',
	missing: 'missing',
	null: 'zero',
	zero: 'zero',
	'0': 'zero'
};

export interface MissingCode {
	code: string;
	meaning: CodeMeaning;
}

/**
 * The Destatis signs, as they appear in tables and their CSV exports. The en and em dash ("–",
 * "—") are the sign for "nichts vorhanden", a true zero. The ASCII hyphen "-" stays a missing value:
 * municipal files use it for "no value" as often as GENESIS exports use it for zero, and storing 0
 * for an unknown value is the worse error; the import warns so that a file can declare `-=null`.
 */
export const destatisCodes: readonly MissingCode[] = [
	{ code: '.', meaning: 'secret' },
	{ code: 'x', meaning: 'locked' },
	{ code: '...', meaning: 'later' },
	{ code: '…', meaning: 'later' },
	{ code: '/', meaning: 'uncertain' },
	{ code: '–', meaning: 'zero' },
	{ code: '—', meaning: 'zero' },
	{ code: '-', meaning: 'missing' },
	{ code: 'na', meaning: 'missing' },
	{ code: 'n/a', meaning: 'missing' },
	{ code: 'k.a.', meaning: 'missing' },
	{ code: 'k. a.', meaning: 'missing' },
	{ code: 'null', meaning: 'missing' },
	{ code: '()', meaning: 'missing' },
	{ code: '( )', meaning: 'missing' }
];

/** What the options say about codes: declared ones, and whether the defaults apply. */
export interface MissingCodeOptions {
	codes?: readonly MissingCode[];
	/** Default true: the Destatis signs above are recognised as well. */
	defaults?: boolean;
}

/** The label under which values in parentheses are counted ("(12)": Aussagewert eingeschränkt). */
export const limitedCode = '( )';
export const limitedLabel = 'Aussagewert eingeschränkt (Zahl in Klammern, als Zahl gespeichert)';

const key = (code: string) => code.trim().toLowerCase();

/** Looks codes up in a cell; declared codes before the defaults. */
export class MissingCodeTable {
	readonly #codes = new Map<string, MissingCode>();

	constructor(options: MissingCodeOptions = {}) {
		if (options.defaults !== false) for (const c of destatisCodes) this.#codes.set(key(c.code), c);
		for (const c of options.codes ?? [])
			this.#codes.set(key(c.code), { code: c.code.trim(), meaning: c.meaning });
	}

	/** Whether a declared code looks like a number (-9999): then every integer cell is looked up. */
	get hasNumericCodes(): boolean {
		return [...this.#codes.keys()].some((k) => /^[+-]?\d/.test(k));
	}

	/** The code a cell consists of, or null when it is something else (a number, text). */
	lookup(raw: string): MissingCode | null {
		return this.#codes.get(key(raw)) ?? null;
	}
}

/** A number in parentheses, Destatis' sign for a value of limited reliability: "(12)", "( 1.234,5 )". */
export function parenthesised(raw: string): string | null {
	const match = /^\(\s*([^()]*?)\s*\)$/.exec(raw.trim());
	return match && match[1] !== '' ? match[1]! : null;
}

/**
 * Parses a declaration such as `-9999, 99999=geheim, .=fehlt` (the CLI flag and the wizard field):
 * codes separated by commas or semicolons, each with an optional meaning (default: missing).
 * Returns the codes, or a German message naming the word that is not a meaning.
 */
export function parseMissingCodes(text: string): { codes: MissingCode[] } | { error: string } {
	const codes: MissingCode[] = [];
	for (const part of text.split(/[;,]/)) {
		const item = part.trim();
		if (!item) continue;
		const at = item.lastIndexOf('=');
		const code = (at > 0 ? item.slice(0, at) : item).trim();
		const word =
			at > 0
				? item
						.slice(at + 1)
						.trim()
						.toLowerCase()
				: 'fehlt';
		const meaning = meaningWords[word];
		if (!meaning || !code) {
			const words = 'geheim, gesperrt, später, unsicher, fehlt, null';
			return {
				error: `„${item}“ ist keine gültige Angabe eines Fehlwert-Codes. Bitte schreiben Sie den Code, optional mit Bedeutung, z. B. „-9999“ oder „-9999=geheim“ (Bedeutungen: ${words}).`
			};
		}
		codes.push({ code, meaning });
	}
	return { codes };
}

/** Counts per code of one import, for its report. */
export interface MissingCount {
	code: string;
	meaning: CodeMeaning | 'limited' | 'empty';
	label: string;
	count: number;
}

export function labelOf(meaning: MissingCount['meaning']): string {
	if (meaning === 'limited') return limitedLabel;
	if (meaning === 'empty') return 'leere Zelle (nicht gespeichert)';
	return missingReasonLabels[meaning];
}
