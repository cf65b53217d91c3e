import { describe, expect, it } from 'vitest';
import { placesByUnit, type PlacedFacility } from './facility-places';

const kita = (
	id: string,
	unitId: string | null,
	u3: number | null,
	extra: Partial<PlacedFacility> = {}
): PlacedFacility => ({
	id,
	unitId,
	kindCode: 'kita',
	validFrom: null,
	validTo: null,
	capacities: u3 === undefined ? [] : [{ code: 'u3', places: u3 }],
	...extra
});

describe('placesByUnit', () => {
	it('sums known places per unit and counts the facilities without a figure', () => {
		const { byUnit, outside } = placesByUnit(
			[kita('a', 'A', 20), kita('b', 'A', null), kita('c', 'A', 15), kita('d', 'B', 0), kita('e', null, 30)],
			['kita'],
			'u3',
			'2016-12-31'
		);
		expect(byUnit.get('A')).toEqual({ places: 35, facilities: 3, unknown: 1 });
		// A Kita with 0 places is a known 0, not an unknown.
		expect(byUnit.get('B')).toEqual({ places: 0, facilities: 1, unknown: 0 });
		expect(outside.map((f) => f.id)).toEqual(['e']);
	});

	it('counts only kinds of the band and facilities valid at the date (both ends inclusive)', () => {
		const facilities = [
			kita('a', 'A', 10, { validFrom: '2017-01-01' }),
			kita('b', 'A', 20, { validTo: '2016-12-31' }),
			kita('c', 'A', 40, { kindCode: 'grundschule' }),
			kita('d', 'A', 80, { capacities: [{ code: 'ue3', places: 80 }] })
		];
		expect(placesByUnit(facilities, ['kita'], 'u3', '2016-12-31').byUnit.get('A')).toEqual({
			places: 20,
			facilities: 2,
			unknown: 1
		});
		expect(placesByUnit(facilities, ['kita'], 'u3', '2017-01-01').byUnit.get('A')).toEqual({
			places: 10,
			facilities: 2,
			unknown: 1
		});
	});
});
