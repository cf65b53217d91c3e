import { describe, expect, it } from 'vitest';
import { parseDate } from './dates';

describe('parseDate', () => {
	it('reads the three usual forms and a month', () => {
		expect(parseDate('31.12.2016')).toEqual({ kind: 'date', iso: '2016-12-31' });
		expect(parseDate('1.7.2020')).toEqual({ kind: 'date', iso: '2020-07-01' });
		expect(parseDate('2016-12-31')).toEqual({ kind: 'date', iso: '2016-12-31' });
		expect(parseDate('2016')).toEqual({ kind: 'date', iso: '2016-12-31' });
		expect(parseDate('02/2024')).toEqual({ kind: 'date', iso: '2024-02-29' });
	});

	it('refuses impossible dates', () => {
		for (const bad of ['31.02.2016', '2016-13-01', '12/31/2016', 'gestern', '', '0000'])
			expect(parseDate(bad).kind).toBe('invalid');
	});
});
