import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { isOne, plural, pluralPattern, resolvePlurals } from './plural';
import { t } from './translate';

const pluralKeys = (text: string) => [...text.matchAll(pluralPattern)].map((m) => m[1]).sort();

describe('plural', () => {
	it('takes the singular for exactly one, also when the count is already formatted', () => {
		expect(plural(1, 'Stichtag', 'Stichtage')).toBe('Stichtag');
		expect(plural('1', 'Stichtag', 'Stichtage')).toBe('Stichtag');
		expect(plural(0, 'Stichtag', 'Stichtage')).toBe('Stichtage');
		expect(plural('1.234', 'Gebiet', 'Gebiete')).toBe('Gebiete');
		expect(isOne(11)).toBe(false);
	});

	it('puts the fitting form into a template and leaves forms without a parameter alone', () => {
		expect(resolvePlurals('{n} {n|Stichtag|Stichtage}', { n: 1 })).toBe('{n} Stichtag');
		expect(resolvePlurals('{a} von {b} {b|Gebiet|Gebieten}', { a: 1, b: 3 })).toBe('{a} von {b} Gebieten');
		expect(resolvePlurals('{x|eins|viele}')).toBe('{x|eins|viele}');
	});
});

describe('dictionaries with plural forms', () => {
	it('say "1 Stichtag" and "2 Stichtage", "1 date" and "2 dates"', () => {
		const range = (count: number, locale: 'de' | 'en') =>
			t(locale, 'monitoring.controls.dateRange', { count, from: 'a', to: 'b' });
		expect(range(1, 'de')).toMatch(/^1 Stichtag von/);
		expect(range(2, 'de')).toMatch(/^2 Stichtage von/);
		expect(range(1, 'en')).toMatch(/^1 reference date from/);
		expect(range(2, 'en')).toMatch(/^2 reference dates from/);
		expect(t('de', 'data.units.matching', { matching: 1, total: 1 })).toBe('1 von 1 Gebiet gefunden');
	});

	it('decide every plural form by a parameter the text also names', () => {
		for (const [key, text] of [...Object.entries(de), ...Object.entries(en)]) {
			const named = new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
			for (const k of pluralKeys(text)) expect(named.has(k), `${key}: ${k}`).toBe(true);
		}
	});
});
