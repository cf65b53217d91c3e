import { describe, expect, it } from 'vitest';
import { changeRows, stateRows, type UnitValue } from './view-rows';

const unit = (
	code: string,
	value: number | null,
	numerator: number | null,
	status: UnitValue['status'] = 'ok'
): UnitValue => ({
	code,
	name: `Raum ${code}`,
	parentCode: 'A',
	value,
	numerator,
	status: value === null && status === 'ok' ? 'missing' : status
});

describe('the rows of the workspace', () => {
	it('ranks the values of a date, highest first, ties sharing a rank', () => {
		const rows = stateRows([unit('a', 5, 5), unit('b', 9, 9), unit('c', null, null), unit('d', 9, 18)]);
		expect(rows.map((r) => [r.code, r.rank])).toEqual([
			['a', 3],
			['b', 1],
			['c', null],
			['d', 1]
		]);
	});

	it('takes the change in points and in persons between two dates', () => {
		const rows = changeRows(
			[unit('a', 12.5, 25), unit('b', 10, 40), unit('c', 3, 3), unit('d', 4, 4, 'suppressed')],
			[unit('a', 10, 20), unit('b', 12, 36), unit('c', null, null), unit('d', 2, 2)]
		);
		expect(rows.map((r) => [r.code, r.value, r.numeratorChange, r.status, r.rank])).toEqual([
			['a', 2.5, 5, 'ok', 1],
			['b', -2, 4, 'ok', 2],
			['c', null, null, 'missing', null],
			['d', null, null, 'suppressed', null]
		]);
		expect(rows[0]).toMatchObject({ before: 10, after: 12.5 });
	});
});
