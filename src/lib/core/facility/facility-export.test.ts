import { describe, expect, it } from 'vitest';
import { facilityUnitTable } from './facility-export';

describe('facilities per unit', () => {
	it('counts kinds and sums known places per unit, with unknown places and the outside apart', () => {
		const kita = (unitId: string | null, u3: number | null) => ({
			unitId,
			kindCode: 'kita',
			kindName: 'Kita',
			capacities: [{ code: 'u3', places: u3 }]
		});
		const table = facilityUnitTable(
			[
				{ id: 'b', code: '10', name: 'Zehn' },
				{ id: 'a', code: '2', name: 'Zwei' }
			],
			[
				kita('a', 10),
				kita('a', null),
				kita('b', 5),
				{ unitId: 'a', kindCode: 'jfe', kindName: 'Jugendfreizeit', capacities: [] },
				kita(null, 7)
			]
		);
		expect(table.header).toEqual([
			'Schlüssel',
			'Gebiet',
			'Einrichtungen',
			'Jugendfreizeit',
			'Kita',
			'Plätze unter 3 Jahren (bekannt)',
			'Plätze unter 3 Jahren: ohne Angabe'
		]);
		expect(table.rows).toEqual([
			{ code: '2', name: 'Zwei', numbers: [3, 1, 2, 10, 1] },
			{ code: '10', name: 'Zehn', numbers: [1, 0, 1, 5, 0] },
			{ code: '', name: 'außerhalb aller Gebiete der Ebene', numbers: [1, 0, 1, 7, 0] }
		]);
	});
});
