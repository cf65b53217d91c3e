import { describe, expect, it } from 'vitest';
import { supplyAndNeed } from './need';
import { sortSupplyRows, supplyCsv, type SupplyTableRow } from './supply-table';

const row = (code: string, children: number | null, places: number, unknownPlaces = 0): SupplyTableRow => ({
	code,
	name: `Gebiet ${code}`,
	children,
	places,
	facilities: places > 0 ? 1 : 0,
	unknownPlaces,
	...supplyAndNeed({ children, places, needRate: 55 }),
	accessibility: children === null ? null : 33.333,
	unknownInReach: unknownPlaces > 0
});

describe('sortSupplyRows', () => {
	const rows = [row('3', 100, 10), row('1', null, 0), row('2', 210, 95)];
	it('sorts by a number with unknown values last, both ways', () => {
		expect(sortSupplyRows(rows, 'fehlbedarf', false).map((r) => r.code)).toEqual(['2', '3', '1']);
		expect(sortSupplyRows(rows, 'fehlbedarf', true).map((r) => r.code)).toEqual(['3', '2', '1']);
	});
	it('sorts codes numerically', () => {
		const codes = [row('10', 1, 1), row('9', 1, 1)];
		expect(sortSupplyRows(codes, 'gebiet', false).map((r) => r.code)).toEqual(['9', '10']);
	});
});

describe('supplyCsv', () => {
	it('writes German numbers, empty cells for unknowns, totals and the sum of shortfalls', () => {
		// DOMAIN.md §4: 210 children, 95 places → 45.2 %; at 55 % 116 places needed → shortfall 21.
		const rows = [row('A', 210, 95), row('B', null, 5, 1), row('=C', 10, 20)];
		const csv = supplyCsv(rows, {
			children: 220,
			places: 120,
			facilities: 3,
			unknownPlaces: 1,
			sumOfShortfalls: 21,
			...supplyAndNeed({ children: 220, places: 120, needRate: 55 })
		});
		expect(csv.startsWith('\uFEFFSchlüssel;Gebiet;Kinder;')).toBe(true);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines).toHaveLength(1 + 3 + 2);
		expect(lines[1]).toBe('A;Gebiet A;210;1;95;0;45,2;116;21;0;33,3;nein');
		expect(lines[2]).toBe('B;Gebiet B;;1;5;1;;;;;;ja');
		expect(lines[4]!.split(';').slice(0, 3)).toEqual(['', 'Insgesamt', '220']);
		expect(lines[5]!.split(';')[1]).toBe('Summe der Fehlbedarfe der Gebiete');
		expect(lines[5]!.split(';')[8]).toBe('21');
	});
});
