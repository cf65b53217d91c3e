import type { CellValue } from 'exceljs';

/**
 * An Excel cell as text, the way a person reads it in the sheet: numbers as plain numbers with a
 * decimal point (Excel's 15 significant digits, so 0.1+0.2 is "0.3"), dates as ISO yyyy-mm-dd,
 * formulas as their last computed result, rich text and links as their text.
 */
export function cellText(value: CellValue, numFmt: string | undefined, date1904: boolean): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return numberText(value, numFmt, date1904);
	// German Excel shows booleans as WAHR and FALSCH.
	if (typeof value === 'boolean') return value ? 'WAHR' : 'FALSCH';
	if (value instanceof Date) return isoDate(value);
	if ('richText' in value) return value.richText.map((part) => part.text).join('');
	if ('formula' in value || 'sharedFormula' in value) {
		const result = value.result;
		if (result === undefined) return '';
		if (typeof result === 'object' && !(result instanceof Date)) return result.error;
		return cellText(result, numFmt, date1904);
	}
	if ('hyperlink' in value) return cellText(value.text as CellValue, numFmt, date1904);
	if ('error' in value) return value.error;
	return '';
}

function isoDate(date: Date): string {
	// exceljs builds dates in UTC from the serial number, so the UTC calendar day is the sheet's.
	return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** A number format that shows a date (d, m, y outside quotes and brackets), e.g. "dd.mm.yyyy". */
function isDateFormat(numFmt: string): boolean {
	const bare = numFmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
	return /[dy]/i.test(bare) || /m{3,}/i.test(bare);
}

function numberText(value: number, numFmt: string | undefined, date1904: boolean): string {
	// Formula results keep their serial number even when the cell shows a date.
	if (numFmt && isDateFormat(numFmt)) {
		const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
		return isoDate(new Date(epoch + Math.round(value * 86_400_000)));
	}
	// Codes kept as numbers but shown with leading zeros ("00000000" → 01011101).
	if (numFmt && /^0+$/.test(numFmt) && Number.isInteger(value) && value >= 0) {
		return String(value).padStart(numFmt.length, '0');
	}
	return String(Number(value.toPrecision(15)));
}
