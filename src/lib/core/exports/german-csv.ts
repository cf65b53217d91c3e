import { roundForDisplay } from '../indicator/rounding';

/**
 * CSV as German Excel opens it with a double click: semicolon between cells, decimal comma, UTF-8
 * with a byte order mark (without it Excel reads the umlauts as Windows-1252), CRLF line ends.
 */

/** The byte order mark: Excel takes the file as UTF-8 only with it. */
export const utf8Bom = '\uFEFF';

/** A cell, quoted when it contains the delimiter, a quote, a line break or edge spaces. */
export function csvCell(text: string): string {
	return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Text that Excel would run as a formula (=, +, -, @ at the start; "CSV injection") gets an
 * apostrophe in front. Only for free text such as names, never for codes or numbers.
 */
export function safeText(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const plain = new Intl.NumberFormat('de-DE', {
	useGrouping: false,
	maximumFractionDigits: 10,
	signDisplay: 'negative'
});

/**
 * A number with decimal comma and without thousands separators (a thousands point would make
 * "1.234" ambiguous for re-reading). With `decimals` it is rounded to exactly so many places as
 * the application shows it (half away from zero, `roundForDisplay`),
 * else written with up to 10 places (enough for any sum, without binary artefacts like 0,30000000000000004).
 */
export function germanNumber(value: number | null, decimals: number | null = null): string {
	if (value === null || !Number.isFinite(value)) return '';
	if (decimals === null) return plain.format(value);
	const places = Math.max(0, Math.min(10, Math.trunc(decimals)));
	return new Intl.NumberFormat('de-DE', {
		useGrouping: false,
		minimumFractionDigits: places,
		maximumFractionDigits: places,
		signDisplay: 'negative'
	}).format(roundForDisplay(value, places));
}

/** ISO date (2016-12-31) as Excel in Germany recognises a date: 31.12.2016. */
export function germanDate(iso: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** A whole CSV file: BOM, header and rows, CRLF after every line. */
export function germanCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const line = (cells: readonly string[]) => cells.map(csvCell).join(';') + '\r\n';
	return utf8Bom + line(header) + rows.map(line).join('');
}
