import { describe, expect, it } from 'vitest';
import { formatDecimal, formatIsoDate } from './format';

describe('formatDecimal', () => {
	it('writes the stated decimals the German way', () => {
		expect(formatDecimal(1.2345, 'de', 2)).toBe('1,23');
		expect(formatDecimal(1234.5, 'de', 2)).toBe('1.234,50');
		expect(formatDecimal(12, 'de', 0)).toBe('12');
		expect(formatDecimal(1234.5, 'en', 1)).toBe('1,234.5');
	});
});

describe('formatIsoDate', () => {
	it('turns a Stichtag into a calendar date without a time zone shift', () => {
		expect(formatIsoDate('2016-12-31', 'de')).toBe('31.12.2016');
		expect(formatIsoDate('2016-01-01', 'en')).toBe('01/01/2016');
		expect(formatIsoDate('kein Datum', 'de')).toBe('kein Datum');
	});
});
