import { describe, expect, it } from 'vitest';
import { chainUnits, codeFilter } from './chain-view';

const units = [
	{ code: '01011101', parentCode: '0101' },
	{ code: '01011102', parentCode: '0101' },
	{ code: '02020201', parentCode: '0202' }
];

describe('chainUnits', () => {
	it('takes the code filter first, then the parent, then the first units', () => {
		expect(codeFilter(' 01, 0202;x ')).toEqual(['01', '0202', 'x']);
		expect(chainUnits(units, { text: '02', parent: '0101' })).toEqual(['02020201']);
		expect(chainUnits(units, { text: '', parent: '0101' })).toEqual(['01011101', '01011102']);
		expect(chainUnits(units, { text: '', parent: null }, 2)).toEqual(['01011101', '01011102']);
		expect(chainUnits(units, { text: '99', parent: null })).toEqual([]);
	});
});
