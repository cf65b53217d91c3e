import { describe, expect, it } from 'vitest';
import { findBaseCycle, formulaProblems } from './definition';

describe('formulaProblems', () => {
	it('accepts complete formulas of each kind', () => {
		expect(formulaProblems({ kind: 'rate', numerator: ['sgb2'], denominator: ['ew'], factor: 100 })).toEqual(
			{}
		);
		expect(formulaProblems({ kind: 'change', base: 'quote', changeYears: 2, changeMode: 'points' })).toEqual(
			{}
		);
		expect(formulaProblems({ kind: 'direct', value: 'index' })).toEqual({});
		expect(formulaProblems({ kind: 'direct', value: 'index', weight: 'ew' })).toEqual({});
	});

	it('names what a kind is missing, in German', () => {
		expect(formulaProblems({ kind: 'rate', numerator: ['sgb2'] })).toEqual({
			denominator: 'fehlt: eine Quote (Zähler / Nenner) braucht dieses Feld'
		});
		expect(Object.keys(formulaProblems({ kind: 'change' })).sort()).toEqual([
			'base',
			'changeMode',
			'changeYears'
		]);
	});

	it('refuses fields of another kind instead of ignoring them', () => {
		expect(formulaProblems({ kind: 'rate', numerator: ['a'], denominator: ['b'], base: 'x' })).toEqual({
			base: 'gehört nicht zu eine Quote (Zähler / Nenner)'
		});
		expect(formulaProblems({ kind: 'direct', value: 'v', factor: 1000 })).toHaveProperty('factor');
	});

	it('accepts sums of several variables and refuses a variable summed twice', () => {
		expect(
			formulaProblems({ kind: 'rate', numerator: ['e00_01', 'e01_02', 'e02_03'], denominator: ['ew'] })
		).toEqual({});
		expect(formulaProblems({ kind: 'rate', numerator: ['a', 'b', 'a'], denominator: ['ew'] })).toEqual({
			numerator: '„a“ steht zweimal in der Summe'
		});
		expect(formulaProblems({ kind: 'rate', numerator: [], denominator: ['ew'] })).toHaveProperty('numerator');
	});

	it('refuses a factor that is not positive', () => {
		expect(formulaProblems({ kind: 'rate', numerator: ['a'], denominator: ['b'], factor: 0 })).toHaveProperty(
			'factor'
		);
	});
});

describe('findBaseCycle', () => {
	const bases = new Map<string, string | null>([
		['quote', null],
		['d1', 'quote'],
		['d2', 'd1']
	]);

	it('finds no cycle on a chain that ends in a rate', () => {
		expect(findBaseCycle('d3', 'd2', bases)).toBeNull();
	});

	it('finds an indicator based on itself', () => {
		expect(findBaseCycle('d1', 'd1', bases)).toEqual(['d1', 'd1']);
	});

	it('finds a longer cycle with its path', () => {
		// Redefining the rate as a change of d2 would close quote → d2 → d1 → quote.
		expect(findBaseCycle('quote', 'd2', bases)).toEqual(['quote', 'd2', 'd1', 'quote']);
	});

	it('stops at a cycle that does not pass through the indicator', () => {
		const broken = new Map<string, string | null>([
			['x', 'y'],
			['y', 'x']
		]);
		expect(findBaseCycle('z', 'x', broken)).toBeNull();
	});
});
