/**
 * How a suppressed value looks in every output: the symbol "." of official statistics (German
 * "Zahlenwert unbekannt oder geheim zu halten", DESTATIS sign conventions) and a sentence that says
 * why, for a footnote, a tooltip or a screen reader.
 */
import type { CellStatus } from './suppression';

export const suppressedSymbol = '.';

export function suppressionExplanation(
	status: Exclude<CellStatus, 'published'>,
	minimumCount: number,
	locale: 'de' | 'en' = 'de'
): string {
	if (locale === 'en')
		return status === 'primary'
			? `Fewer than ${minimumCount} cases – not published for reasons of confidentiality`
			: 'Suppressed so that a confidential value cannot be worked out by subtraction';
	return status === 'primary'
		? `Weniger als ${minimumCount} Fälle – aus Gründen der Geheimhaltung nicht veröffentlicht`
		: 'Gesperrt, damit sich ein geheimgehaltener Wert nicht durch Differenzbildung errechnen lässt';
}

export function roundingExplanation(base: 3 | 5 | 10, locale: 'de' | 'en' = 'de'): string {
	return locale === 'en'
		? `Counts rounded to multiples of ${base} for reasons of confidentiality; totals are rounded on their own and may differ from the sum of their parts`
		: `Fallzahlen aus Gründen der Geheimhaltung auf Vielfache von ${base} gerundet; Summen sind eigens gerundet und können von der Summe ihrer Teile abweichen`;
}
