import { csvRecords } from './csv-records';

export type Delimiter = ';' | ',' | '\t' | '|';

/** In order of preference on a tie: German Excel writes `;`, everyone else `,`. */
export const delimiters: readonly Delimiter[] = [';', ',', '\t', '|'];

export const delimiterNames: Record<Delimiter, string> = {
	';': 'Semikolon (;)',
	',': 'Komma (,)',
	'\t': 'Tabulator',
	'|': 'senkrechter Strich (|)'
};

const sampleChars = 64 * 1024;
const sampleRecords = 50;

export interface DelimiterGuess {
	delimiter: Delimiter;
	/** Columns of the header with this delimiter. */
	columns: number;
	/** Share of the sampled rows with as many cells as the header. */
	consistency: number;
}

/** How well one delimiter splits the first rows: columns in the header and how many rows agree. */
export function scoreDelimiter(text: string, delimiter: Delimiter): DelimiterGuess | null {
	// Quotes are respected, so a `;` or `,` inside "…" does not count.
	const sample = text.length > sampleChars ? text.slice(0, sampleChars) : text;
	const rows = csvRecords(sample, delimiter, sampleRecords).records;
	// The last sampled row may be cut off by the sample's end; leave it out when there are others.
	if (text.length > sampleChars && rows.length > 2) rows.pop();
	const header = rows[0];
	if (!header) return null;
	const columns = header.cells.length;
	const agreeing = rows.filter((r) => r.cells.length === columns).length;
	return { delimiter, columns, consistency: agreeing / rows.length };
}

/**
 * The delimiter that splits the first lines into the most consistent table of at least two
 * columns; ties go to more columns, then to the order of preference. Null for a one-column file.
 */
export function detectDelimiter(text: string): DelimiterGuess | null {
	let best: DelimiterGuess | null = null;
	for (const delimiter of delimiters) {
		const guess = scoreDelimiter(text, delimiter);
		if (!guess || guess.columns < 2) continue;
		if (
			!best ||
			guess.consistency > best.consistency ||
			(guess.consistency === best.consistency && guess.columns > best.columns)
		) {
			best = guess;
		}
	}
	return best;
}
