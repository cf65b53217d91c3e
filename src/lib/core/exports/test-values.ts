import type { ExportValueSet } from './value-set';

const cell = { numerator: null, denominator: null, covered: 0, total: 0, coverage: null };

/** Values of three units for the tests of the exports: complete, incomplete, missing. */
export const sample: ExportValueSet = {
	indicator: { code: 'anteil_u1', name: 'Anteil unter 1 Jahr', unitLabel: '%', decimals: 2 },
	layer: { code: 'bezirk', name: 'Bezirk' },
	date: '2016-12-31',
	values: [
		{
			code: '01',
			name: 'Mitte',
			...cell,
			value: (3899 / 371407) * 100,
			numerator: 3899,
			denominator: 371407,
			covered: 41,
			total: 41,
			coverage: 1,
			status: 'ok'
		},
		{
			code: '02',
			name: 'Nord; Süd',
			...cell,
			value: 2.5,
			numerator: 5,
			denominator: 200,
			covered: 2,
			total: 3,
			coverage: 2 / 3,
			status: 'incomplete'
		},
		{ code: '03', name: '=Formel', ...cell, value: null, total: 4, coverage: 0, status: 'missing' }
	]
};
