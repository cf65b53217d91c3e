import { parseNumber, type NumberStyle } from '../data/numbers';
import {
	labelOf,
	limitedCode,
	MissingCodeTable,
	parenthesised,
	type MissingCount,
	type MissingReason
} from './observation-missing-codes';

/**
 * Reading one value cell of an observation file: a number, a code for a missing value (with its
 * reason), a real zero written as a sign, a number in parentheses, or — for flag variables — a
 * yes/no word read as 1/0. Counts what it met per code, for the import report.
 */

/** Words of flag columns ("gültig / ungültig", "ja / nein", "x / leer"), compared without case. */
export const defaultFlagWords = {
	yes: ['ja', 'j', 'gültig', 'gueltig', '1', 'wahr', 'true', 'x', 'yes', 'y'],
	no: ['nein', 'n', 'ungültig', 'ungueltig', '0', 'falsch', 'false', 'no']
} as const;

export interface FlagOptions {
	/** Codes of the variables whose cells are flags. */
	variables: readonly string[];
	yes?: readonly string[];
	no?: readonly string[];
	/**
	 * What an empty cell of a flag means: 'missing', 'no', or 'auto' (default): "no" in a column whose
	 * filled cells are all "x" (the usual "x / leer" marking), else missing.
	 */
	empty?: 'auto' | 'missing' | 'no';
}

export type CellResult =
	| { kind: 'value'; value: number }
	| { kind: 'missing'; reason: MissingReason | null; code: string }
	| { kind: 'invalid'; flag: boolean };

const plainInteger = /^-?\d{1,15}$/;
const lower = (s: string) => s.trim().toLowerCase();

export class CellReader {
	readonly #codes: MissingCodeTable;
	readonly #yes: Set<string>;
	readonly #no: Set<string>;
	readonly #empty: 'auto' | 'missing' | 'no';
	readonly flagVariables: ReadonlySet<string>;
	readonly #counts = new Map<string, MissingCount>();
	/** Integers are read without a look-up unless a code looks like one (the fast path of big files). */
	readonly #integersFast: boolean;

	constructor(codes: MissingCodeTable, flags?: FlagOptions) {
		this.#codes = codes;
		this.#integersFast = !codes.hasNumericCodes;
		this.flagVariables = new Set(flags?.variables ?? []);
		this.#yes = new Set((flags?.yes ?? defaultFlagWords.yes).map(lower));
		this.#no = new Set((flags?.no ?? defaultFlagWords.no).map(lower));
		this.#empty = flags?.empty ?? 'auto';
	}

	/** The flag words, for messages. */
	get flagWords(): { yes: string[]; no: string[] } {
		return { yes: [...this.#yes], no: [...this.#no] };
	}

	/** Whether an empty cell of a flag column means "no": decided once per column. */
	emptyMeansNo(cells: Iterable<string>): boolean {
		if (this.#empty !== 'auto') return this.#empty === 'no';
		let marked = false;
		for (const cell of cells) {
			const text = lower(cell);
			if (text === '') continue;
			if (text !== 'x') return false;
			marked = true;
		}
		return marked;
	}

	#count(code: string, meaning: MissingCount['meaning']): void {
		const key = `${meaning}\u0000${code}`;
		const seen = this.#counts.get(key);
		if (seen) seen.count++;
		else this.#counts.set(key, { code, meaning, label: labelOf(meaning), count: 1 });
	}

	/** How many cells met each code, most frequent first. */
	counts(): MissingCount[] {
		return [...this.#counts.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
	}

	flag(raw: string, emptyIsNo: boolean): CellResult {
		const text = lower(raw);
		if (this.#yes.has(text)) return { kind: 'value', value: 1 };
		if (this.#no.has(text)) return { kind: 'value', value: 0 };
		if (text === '') {
			if (emptyIsNo) return { kind: 'value', value: 0 };
			this.#count('', 'empty');
			return { kind: 'missing', reason: null, code: '' };
		}
		const code = this.#codes.lookup(raw);
		if (code && code.meaning !== 'zero') {
			this.#count(code.code, code.meaning);
			return { kind: 'missing', reason: code.meaning, code: code.code };
		}
		return { kind: 'invalid', flag: true };
	}

	number(raw: string, style: NumberStyle): CellResult {
		if (this.#integersFast && plainInteger.test(raw)) return { kind: 'value', value: Number(raw) };
		if (raw.trim() === '') {
			this.#count('', 'empty');
			return { kind: 'missing', reason: null, code: '' };
		}
		const code = this.#codes.lookup(raw);
		if (code) {
			this.#count(code.code, code.meaning);
			return code.meaning === 'zero'
				? { kind: 'value', value: 0 }
				: { kind: 'missing', reason: code.meaning, code: code.code };
		}
		const inner = parenthesised(raw);
		if (inner !== null) {
			const parsed = parseNumber(inner, style);
			if (parsed.kind !== 'value') return { kind: 'invalid', flag: false };
			this.#count(limitedCode, 'limited');
			return parsed;
		}
		if (plainInteger.test(raw)) return { kind: 'value', value: Number(raw) };
		const parsed = parseNumber(raw, style);
		// The number parser knows missing words of its own; here only the code table decides.
		if (parsed.kind === 'missing') return { kind: 'invalid', flag: false };
		return parsed.kind === 'value' ? parsed : { kind: 'invalid', flag: false };
	}
}
