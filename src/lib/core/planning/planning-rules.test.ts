import { describe, expect, it } from 'vitest';
import { targetProblems } from './goal';
import { budgetProblems, periodProblems, type BudgetLine } from './measure';

describe('targetProblems', () => {
	const goal = {
		direction: 'lower' as const,
		baselineValue: 20,
		baselineDate: '2020-12-31',
		targetValue: 15,
		targetDate: '2028-12-31'
	};

	it('accepts a target on the better side of the baseline, after it', () => {
		expect(targetProblems(goal)).toEqual({});
		expect(targetProblems({ ...goal, direction: 'higher', targetValue: 25 })).toEqual({});
		// Holding a level: target equal to baseline.
		expect(targetProblems({ ...goal, targetValue: 20 })).toEqual({});
	});

	it('names the target value on the wrong side of the baseline for the direction', () => {
		expect(Object.keys(targetProblems({ ...goal, targetValue: 21 }))).toEqual(['targetValue']);
		expect(targetProblems({ ...goal, direction: 'higher' }).targetValue).toMatch(
			/nicht unter dem Ausgangswert/
		);
	});

	it('names a target date that is not after the baseline date', () => {
		expect(Object.keys(targetProblems({ ...goal, targetDate: '2020-12-31' }))).toEqual(['targetDate']);
		expect(Object.keys(targetProblems({ ...goal, targetDate: '2019-12-31', targetValue: 30 }))).toEqual([
			'targetDate',
			'targetValue'
		]);
	});
});

describe('budgetProblems and periodProblems', () => {
	const line: BudgetLine = {
		year: 2026,
		planned: 100_000,
		approved: 90_000,
		spent: 40_000,
		source: 'haushalt',
		programme: null,
		note: null
	};

	it('accepts an ordinary line', () => expect(budgetProblems(line)).toEqual({}));

	it('refuses negative amounts, field by field', () => {
		expect(Object.keys(budgetProblems({ ...line, planned: -1, spent: -5 }))).toEqual(['planned', 'spent']);
	});

	it('asks for the programme of third-party funding', () => {
		expect(Object.keys(budgetProblems({ ...line, source: 'foerderprogramm', programme: ' ' }))).toEqual([
			'programme'
		]);
		expect(budgetProblems({ ...line, source: 'foerderprogramm', programme: 'Startchancen' })).toEqual({});
	});

	it('asks for a note when more was spent than approved', () => {
		expect(Object.keys(budgetProblems({ ...line, spent: 95_000 }))).toEqual(['note']);
		expect(budgetProblems({ ...line, spent: 95_000, note: 'Nachtragshaushalt beschlossen' })).toEqual({});
	});

	it('refuses a period that ends before it starts', () => {
		expect(periodProblems('2026-01-01', '2025-12-31')).toEqual({
			periodEnd: 'Das Ende der Laufzeit liegt vor ihrem Beginn.'
		});
		expect(periodProblems('2026-01-01', '2026-01-01')).toEqual({});
		expect(periodProblems(null, '2025-12-31')).toEqual({});
	});
});
