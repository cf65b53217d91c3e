import { describe, expect, it } from 'vitest';
import { supplyAndNeed, supplyNeedSeries, sumToAreas, wholePlaces, type BandCount } from './need';

describe('supplyAndNeed', () => {
	it('computes the example of DOMAIN.md §4: 210 children, 95 places, Bedarfsquote 55 %', () => {
		const result = supplyAndNeed({ children: 210, places: 95, needRate: 55 });
		expect(result.coverageRate).toBeCloseTo(45.238095, 5); // 95 / 210 × 100
		expect(result.need).toBe(115.5); // 210 × 55 / 100
		expect(result.placesNeeded).toBe(116); // half a place covers no child: rounded up
		expect(result.shortfall).toBe(21); // 116 − 95
		expect(result.surplus).toBe(0);
	});

	it('reports a surplus as its own number, never as a negative need', () => {
		const result = supplyAndNeed({ children: 100, places: 120, needRate: 98 });
		expect(result.placesNeeded).toBe(98);
		expect(result.shortfall).toBe(0);
		expect(result.surplus).toBe(22);
	});

	it('keeps missing inputs missing and never divides by zero children', () => {
		expect(supplyAndNeed({ children: null, places: 10, needRate: 55 })).toEqual({
			coverageRate: null,
			need: null,
			placesNeeded: null,
			shortfall: null,
			surplus: null
		});
		const noPlaces = supplyAndNeed({ children: 40, places: null, needRate: 50 });
		expect(noPlaces).toEqual({
			coverageRate: null,
			need: 20,
			placesNeeded: 20,
			shortfall: null,
			surplus: null
		});
		const noRate = supplyAndNeed({ children: 40, places: 10, needRate: null });
		expect(noRate).toEqual({
			coverageRate: 25,
			need: null,
			placesNeeded: null,
			shortfall: null,
			surplus: null
		});
		const noChildren = supplyAndNeed({ children: 0, places: 12, needRate: 55 });
		expect(noChildren).toEqual({ coverageRate: null, need: 0, placesNeeded: 0, shortfall: 0, surplus: 12 });
		// Zero places is a known count: coverage 0 and the whole need is missing.
		expect(supplyAndNeed({ children: 30, places: 0, needRate: 50 })).toMatchObject({
			coverageRate: 0,
			shortfall: 15
		});
	});
});

describe('wholePlaces', () => {
	it('rounds up but not because of floating-point noise', () => {
		expect(wholePlaces(7)).toBe(7);
		expect(wholePlaces(7.000000000000001)).toBe(7);
		expect(wholePlaces(7.0001)).toBe(8);
		expect(wholePlaces((700 * 1.1) / 100)).toBe(8);
		expect(wholePlaces((30 * 33.3) / 100)).toBe(10);
		expect(wholePlaces(0)).toBe(0);
	});
});

const count = (unit: string, band: string, date: string, value: number | null): BandCount => ({
	unit,
	band,
	date,
	value
});

describe('supplyNeedSeries', () => {
	it('gives one row per unit, band and date, with missing sides as null', () => {
		const children = [
			count('B', 'u3', '2016-12-31', 200),
			count('A', 'u3', '2016-12-31', 210),
			count('A', 'u3', '2015-12-31', 190),
			count('A', 'ue3', '2016-12-31', 300),
			count('C', 'u3', '2016-12-31', null)
		];
		const places = [
			count('A', 'u3', '2016-12-31', 95),
			count('A', 'u3', '2015-12-31', 95),
			count('A', 'ue3', '2016-12-31', 310),
			count('C', 'u3', '2016-12-31', 40),
			count('D', 'u3', '2016-12-31', 12)
		];
		const rows = supplyNeedSeries(children, places, { u3: 55, ue3: 98 });
		expect(rows.map((r) => `${r.unit} ${r.band} ${r.date}`)).toEqual([
			'A u3 2015-12-31',
			'A u3 2016-12-31',
			'A ue3 2016-12-31',
			'B u3 2016-12-31',
			'C u3 2016-12-31',
			'D u3 2016-12-31'
		]);
		expect(rows[0]).toMatchObject({
			children: 190,
			places: 95,
			needRate: 55,
			placesNeeded: 105,
			shortfall: 10
		});
		expect(rows[1]).toMatchObject({ placesNeeded: 116, shortfall: 21 });
		expect(rows[2]).toMatchObject({ needRate: 98, placesNeeded: 294, shortfall: 0, surplus: 16 });
		// B: children but no places recorded — the places are unknown, not zero.
		expect(rows[3]).toMatchObject({ places: null, coverageRate: null, placesNeeded: 110, shortfall: null });
		expect(rows[4]).toMatchObject({ children: null, places: 40, coverageRate: null, shortfall: null });
		expect(rows[5]).toMatchObject({ children: null, places: 12, need: null });
	});

	it('gives coverage but no need for a band without a Bedarfsquote', () => {
		const [row] = supplyNeedSeries([count('A', 'hort', 'd', 50)], [count('A', 'hort', 'd', 20)], { u3: 55 });
		expect(row).toMatchObject({ coverageRate: 40, needRate: null, need: null, shortfall: null });
	});

	it('refuses a count recorded twice for one cell', () => {
		expect(() =>
			supplyNeedSeries([count('A', 'u3', 'd', 1), count('A', 'u3', 'd', 2)], [], { u3: 55 })
		).toThrow(/Doppelter Wert/);
	});
});

describe('sumToAreas', () => {
	it('sums counts per area before any quota; one unknown makes the area unknown', () => {
		const counts = [
			count('01011101', 'u3', 'd', 10),
			count('01011102', 'u3', 'd', 5),
			count('02011101', 'u3', 'd', 7),
			count('02011102', 'u3', 'd', null),
			count('99', 'u3', 'd', 100)
		];
		const sums = sumToAreas(counts, (unit) => (unit.length === 8 ? unit.slice(0, 2) : null));
		expect(sums).toEqual([count('01', 'u3', 'd', 15), count('02', 'u3', 'd', null)]);
	});
});
