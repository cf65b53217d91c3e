import { describe, expect, it } from 'vitest';
import { defaultDisclosureRules, rulesProblems, type DisclosureRules } from './rules';
import { suppressionExplanation, roundingExplanation, suppressedSymbol } from './symbol';

describe('rulesProblems', () => {
	it('accepts the defaults (k = 3, suppression, zeros suppressed)', () => {
		expect(defaultDisclosureRules).toMatchObject({
			minimumCount: 3,
			method: 'suppress',
			publishZeros: false
		});
		expect(rulesProblems(defaultDisclosureRules)).toEqual([]);
		expect(
			rulesProblems({ ...defaultDisclosureRules, minimumCount: 5, method: 'round', roundingBase: 10 })
		).toEqual([]);
	});

	it('names each wrong field with a German message', () => {
		const bad = {
			minimumCount: 2.5,
			method: 'blur',
			roundingBase: 4,
			publishZeros: 'ja'
		} as unknown as DisclosureRules;
		const problems = rulesProblems(bad);
		expect(problems.map((p) => p.field)).toEqual(['minimumCount', 'method', 'roundingBase', 'publishZeros']);
		expect(problems[0]!.message).toMatch(/Mindestfallzahl/);
		expect(rulesProblems({ ...defaultDisclosureRules, minimumCount: 0 })[0]!.field).toBe('minimumCount');
	});
});

describe('symbol', () => {
	it('shows "." and explains why, with k', () => {
		expect(suppressedSymbol).toBe('.');
		expect(suppressionExplanation('primary', 3)).toBe(
			'Weniger als 3 Fälle – aus Gründen der Geheimhaltung nicht veröffentlicht'
		);
		expect(suppressionExplanation('secondary', 3)).toBe(
			'Gesperrt, damit sich ein geheimgehaltener Wert nicht durch Differenzbildung errechnen lässt'
		);
		expect(suppressionExplanation('primary', 5, 'en')).toMatch(/Fewer than 5 cases/);
		expect(roundingExplanation(5)).toMatch(/Vielfache von 5/);
	});
});
