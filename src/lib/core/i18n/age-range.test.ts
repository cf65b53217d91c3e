import { describe, expect, it } from 'vitest';
import { formatAgeRange } from './age-range';

describe('formatAgeRange', () => {
	it('words a band from birth as "unter …", singular for one year', () => {
		expect(formatAgeRange(0, 1, 'de')).toBe('unter 1 Jahr');
		expect(formatAgeRange(null, 3, 'de')).toBe('unter 3 Jahre');
		expect(formatAgeRange(0, 1, 'en')).toBe('under 1 year');
	});

	it('words a closed band "von bis unter" and an open one "und älter"', () => {
		expect(formatAgeRange(1, 2, 'de')).toBe('1 bis unter 2 Jahre');
		expect(formatAgeRange(3, 6, 'en')).toBe('3 to under 6 years');
		expect(formatAgeRange(65, null, 'de')).toBe('65 Jahre und älter');
		expect(formatAgeRange(1, null, 'de')).toBe('1 Jahr und älter');
		expect(formatAgeRange(16, null, 'en')).toBe('16 years and over');
	});

	it('has no band when both ends are open, and "every age" from 0 without end', () => {
		expect(formatAgeRange(null, null, 'de')).toBeNull();
		expect(formatAgeRange(0, null, 'de')).toBe('jedes Alter');
	});

	it('writes decimal ages in the language', () => {
		expect(formatAgeRange(2.5, 6, 'de')).toBe('2,5 bis unter 6 Jahre');
	});
});
