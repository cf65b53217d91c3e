/**
 * Dates as they come in municipal files: 31.12.2016, 2016-12-31, a bare year 2016 (the usual
 * Stichtag 31.12.) and 12/2016 (end of that month). Returned as ISO date strings.
 */
export type ParsedDate = { kind: 'date'; iso: string } | { kind: 'invalid' };

function iso(year: number, month: number, day: number): ParsedDate {
	const date = new Date(Date.UTC(year, month - 1, day));
	const valid =
		year >= 1800 &&
		year <= 2200 &&
		date.getUTCFullYear() === year &&
		date.getUTCMonth() === month - 1 &&
		date.getUTCDate() === day;
	return valid ? { kind: 'date', iso: date.toISOString().slice(0, 10) } : { kind: 'invalid' };
}

function lastDayOfMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseDate(raw: string): ParsedDate {
	const text = raw.trim();
	let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
	if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
	m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(text);
	if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
	m = /^(\d{4})$/.exec(text);
	if (m) return iso(Number(m[1]), 12, 31);
	m = /^(\d{1,2})[./](\d{4})$/.exec(text);
	if (m) {
		const year = Number(m[2]);
		const month = Number(m[1]);
		if (month < 1 || month > 12) return { kind: 'invalid' };
		return iso(year, month, lastDayOfMonth(year, month));
	}
	return { kind: 'invalid' };
}
