import { describe, expect, it } from 'vitest';
import { detectNumberStyle, formNumber, parseNumber } from './numbers';

describe('parseNumber', () => {
	it('reads German numbers with decimal comma and thousands points', () => {
		expect(parseNumber('1.234,5', 'de')).toEqual({ kind: 'value', value: 1234.5 });
		expect(parseNumber('12.345.678', 'de')).toEqual({ kind: 'value', value: 12345678 });
		expect(parseNumber('-0,75', 'de')).toEqual({ kind: 'value', value: -0.75 });
		expect(parseNumber('3 412', 'de')).toEqual({ kind: 'value', value: 3412 });
	});

	it('reads English numbers', () => {
		expect(parseNumber('4.98', 'en')).toEqual({ kind: 'value', value: 4.98 });
		expect(parseNumber('1,234.5', 'en')).toEqual({ kind: 'value', value: 1234.5 });
		expect(parseNumber('"3114"', 'en')).toEqual({ kind: 'value', value: 3114 });
	});

	it('treats NA, empty, dot and dash as missing, never as zero', () => {
		for (const token of ['NA', '', ' ', '.', '-', '–', 'k.A.'])
			expect(parseNumber(token, 'de')).toEqual({ kind: 'missing' });
	});

	it('refuses text and malformed numbers', () => {
		for (const bad of ['zwölf', '1,2,3', '12a', '1.23.4', '1..2'])
			expect(parseNumber(bad, 'de').kind).toBe('invalid');
		expect(parseNumber('1,5', 'en').kind).toBe('invalid');
	});
});

describe('detectNumberStyle', () => {
	it('recognises decimal commas', () => {
		expect(detectNumberStyle(['4,98', '1,52', '20,51', '0'])).toBe('de');
	});
	it('recognises decimal points', () => {
		expect(detectNumberStyle(['4.98', '1.52', 'NA', '20.51'])).toBe('en');
	});
	it('reads thousands points with decimal commas as German', () => {
		expect(detectNumberStyle(['1.234,5', '12', '3.456'])).toBe('de');
	});
});

describe('formNumber', () => {
	it('reads German notation and a decimal point as programs send it', () => {
		expect(formNumber('12.500,50')).toBe(12500.5);
		expect(formNumber('12500,50')).toBe(12500.5);
		expect(formNumber('12500.50')).toBe(12500.5);
		expect(formNumber('12,5')).toBe(12.5);
		expect(formNumber('12.5')).toBe(12.5);
		expect(formNumber(' 1.250.000 € ')).toBe(1250000);
		expect(formNumber('−3,5')).toBe(-3.5);
	});
	it('reads points between groups of three digits as German thousands', () => {
		expect(formNumber('12.500')).toBe(12500);
	});
	it('is NaN for what is no number', () => {
		for (const text of ['', 'zwölf', '1,2,3', '12.50,0', '1.2.3', '12 Euro'])
			expect(formNumber(text)).toBeNaN();
	});
});
