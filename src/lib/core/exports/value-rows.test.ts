import { describe, expect, it } from 'vitest';
import { sample } from './test-values';
import { valueRows } from './value-rows';

describe('valueRows', () => {
	it('keeps the numbers as computed: unrounded, missing as null, coverage in percent', () => {
		const rows = valueRows([{ ...sample, date: '2015-12-31' }, sample]);
		expect(rows.map((r) => `${r.date} ${r.code}`)).toEqual([
			'2015-12-31 01',
			'2015-12-31 02',
			'2015-12-31 03',
			'2016-12-31 01',
			'2016-12-31 02',
			'2016-12-31 03'
		]);
		expect(rows[0]).toEqual({
			indicator: 'anteil_u1',
			code: '01',
			name: 'Mitte',
			date: '2015-12-31',
			value: (3899 / 371407) * 100,
			decimals: 2,
			unitLabel: '%',
			status: 'ok',
			coveragePercent: 100,
			covered: 41,
			total: 41,
			numerator: 3899,
			denominator: 371407,
			note: ''
		});
		// The name as it is: defusing formulas is the CSV's business, not the row's.
		expect(rows[2]).toMatchObject({ name: '=Formel', value: null, status: 'missing', coveragePercent: 0 });
	});

	it('writes an estimate beside summed values and the reason beside missing ones', () => {
		const notice = {
			estimate: {
				weightCode: 'ew',
				weightName: 'Einwohner',
				standIn: true,
				note: 'statt Einwohner unter 15',
				short: 'Schätzung mit Ersatzgewicht „Einwohner“',
				text: 'Geschätzt mit Ersatzgewicht.'
			},
			unavailable: null
		};
		const rows = valueRows([{ ...sample, notice }]);
		expect(rows.map((r) => r.note)).toEqual([
			'Geschätzt mit Ersatzgewicht.',
			'Geschätzt mit Ersatzgewicht.',
			''
		]);
		// A value imported at the unit itself has no sum behind it: no estimate.
		const own = valueRows([{ ...sample, notice, values: [{ ...sample.values[0]!, numerator: null }] }]);
		expect(own[0]!.note).toBe('');
		const reason = { code: 'no_weight' as const, short: 'kein Gewicht', text: 'Nicht zusammenfassbar.' };
		const missing = valueRows([{ ...sample, notice: { estimate: null, unavailable: reason } }]);
		expect(missing.map((r) => r.note)).toEqual(['', '', 'Nicht zusammenfassbar.']);
	});
});
