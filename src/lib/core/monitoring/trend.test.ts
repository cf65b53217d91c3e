import { describe, expect, it } from 'vitest';
import { trendOf } from './trend';

const p = (date: string, value: number | null) => ({ date, value });

describe('the trend of a series', () => {
	it('compares the last two known values', () => {
		expect(trendOf([p('2014', 5), p('2015', 6), p('2016', null)], 1)).toEqual({
			trend: 'rising',
			from: { date: '2014', value: 5 },
			to: { date: '2015', value: 6 }
		});
		expect(trendOf([p('2015', 6), p('2016', 4)], 1)?.trend).toBe('falling');
	});

	it('calls a change invisible at the shown decimals steady', () => {
		expect(trendOf([p('2015', 6.01), p('2016', 6.04)], 1)?.trend).toBe('steady');
		expect(trendOf([p('2015', 6.01), p('2016', 6.06)], 1)?.trend).toBe('rising');
	});

	it('has no trend with fewer than two values', () => {
		expect(trendOf([p('2016', 3)], 1)).toBeNull();
		expect(trendOf([], 1)).toBeNull();
	});
});
