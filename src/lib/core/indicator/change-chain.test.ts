import { describe, expect, it } from 'vitest';
import { changeDates, rootDatesFor, rootOf, termKindOf, type ChainLink } from './change-chain';

const link = (over: Partial<ChainLink> & { code: string }): ChainLink => ({
	kind: 'rate',
	baseCode: null,
	changeYears: null,
	changeMode: null,
	hasWeight: false,
	...over
});

const links = new Map(
	[
		link({ code: 'quote' }),
		link({ code: 'd2', kind: 'change', baseCode: 'quote', changeYears: 2, changeMode: 'points' }),
		link({ code: 'dd1', kind: 'change', baseCode: 'd2', changeYears: 1, changeMode: 'points' }),
		link({ code: 'loop', kind: 'change', baseCode: 'loop', changeYears: 1, changeMode: 'points' })
	].map((l) => [l.code, l])
);

describe('change chains', () => {
	it('finds the rate at the root of a chain', () => {
		expect(rootOf('dd1', links)?.code).toBe('quote');
		expect(rootOf('quote', links)?.code).toBe('quote');
		expect(rootOf('loop', links)).toBeNull();
		expect(rootOf('unknown', links)).toBeNull();
	});

	it('asks the root for every date the chain reaches back to', () => {
		expect(rootDatesFor('d2', ['2016-12-31'], links)).toEqual(['2014-12-31', '2016-12-31']);
		expect(rootDatesFor('dd1', ['2016-12-31'], links)).toEqual([
			'2013-12-31',
			'2014-12-31',
			'2015-12-31',
			'2016-12-31'
		]);
	});

	it('offers only dates whose earlier end exists', () => {
		expect(changeDates(['2012-12-31', '2013-12-31', '2014-12-31', '2016-12-31'], 2)).toEqual([
			'2014-12-31',
			'2016-12-31'
		]);
	});

	it('knows how a root term is summed', () => {
		expect(termKindOf({ kind: 'rate', hasWeight: false })).toBe('rate');
		expect(termKindOf({ kind: 'direct', hasWeight: true })).toBe('weighted');
		expect(termKindOf({ kind: 'direct', hasWeight: false })).toBe('single');
	});
});
