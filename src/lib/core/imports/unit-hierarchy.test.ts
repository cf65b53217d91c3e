import { describe, expect, it } from 'vitest';
import { splitHierarchy } from './unit-hierarchy';
import type { UnitRowsInput } from './unit-records';

const table = (rows: string[][], header = ['BEZ', 'BEZ_NAME', 'PLR', 'PLR_NAME']): UnitRowsInput => ({
	file: 'lor.csv',
	kind: 'table',
	header,
	rows: rows.map((cells, i) => ({ line: i + 2, cells }))
});

describe('a flat area table split into levels', () => {
	it('merges the upper units, takes their parents from the row and keeps the first row', () => {
		const { levels, problems } = splitHierarchy(
			table([
				['01', 'Mitte', '01011101', 'Stülerstraße'],
				['01', '', '01011102', 'Großer Tiergarten'],
				['02', 'Friedrichshain-Kreuzberg', '02010101', 'Askanischer Platz']
			]),
			[
				{ label: 'Bezirk', code: 'BEZ', name: 'BEZ_NAME' },
				{ label: 'Planungsraum', code: 'PLR', name: 'PLR_NAME' }
			]
		);
		expect(problems).toEqual([]);
		expect(levels[0]!.units).toEqual([
			{ row: 2, code: '01', name: 'Mitte', parentCode: null },
			{ row: 4, code: '02', name: 'Friedrichshain-Kreuzberg', parentCode: null }
		]);
		expect(levels[1]!.units.map((u) => [u.code, u.parentCode])).toEqual([
			['01011101', '01'],
			['01011102', '01'],
			['02010101', '02']
		]);
		expect(levels[1]!.columns).toEqual({ code: 'PLR', name: 'PLR_NAME', parent: 'BEZ' });
	});

	it('derives upper codes from prefixes of the smallest code; a name found in a later row is taken', () => {
		const { levels, problems } = splitHierarchy(
			table(
				[
					['01011101', ''],
					['01011102', 'Tiergarten Süd'],
					['01022203', 'Moabit']
				],
				['PLR', 'BZR_NAME']
			),
			[
				{ label: 'Bezirk', prefix: 2 },
				{ label: 'Bezirksregion', prefix: 6, name: 'BZR_NAME' },
				{ label: 'Planungsraum', code: 'PLR' }
			]
		);
		expect(problems).toEqual([]);
		expect(levels.map((l) => l.units.map((u) => `${u.code}<${u.parentCode ?? ''}>${u.name ?? ''}`))).toEqual([
			['01<>'],
			['010111<01>Tiergarten Süd', '010222<01>Moabit'],
			['01011101<010111>', '01011102<010111>', '01022203<010222>']
		]);
	});

	it('names both rows of a conflict, once, and refuses a duplicate smallest code', () => {
		const { problems } = splitHierarchy(
			table([
				['01', 'Mitte', '01011101', 'a'],
				['01', 'Mite', '01011102', 'b'],
				['01', 'Mite', '01011103', 'c'],
				['02', 'Kreuzberg', '01011101', 'd']
			]),
			[
				{ label: 'Bezirk', code: 'BEZ', name: 'BEZ_NAME' },
				{ label: 'Planungsraum', code: 'PLR', name: 'PLR_NAME' }
			]
		);
		expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
			['import.conflicting_name', 3, 'BEZ_NAME'],
			['import.duplicate_code', 5, 'PLR']
		]);
		expect(problems[0]!.message).toContain('in Zeile 2 „Mitte“, in Zeile 3 aber „Mite“');
	});

	it('refuses rules that cannot work: no code for the lowest level, shrinking prefixes, unknown columns', () => {
		const levels = (specs: Parameters<typeof splitHierarchy>[1]) =>
			splitHierarchy(table([['01', 'Mitte', '01011101', 'a']]), specs).problems.map((p) => [
				p.code,
				p.column
			]);
		expect(
			levels([
				{ label: 'Bezirk', code: 'BEZ' },
				{ label: 'Planungsraum', prefix: 8 }
			])
		).toEqual([['import.mapping', null]]);
		expect(
			levels([
				{ label: 'Bezirksregion', prefix: 6 },
				{ label: 'Bezirk', prefix: 2 },
				{ label: 'Planungsraum', code: 'PLR' }
			])
		).toEqual([['import.mapping', null]]);
		expect(
			levels([
				{ label: 'Bezirk', code: 'BEZIRK' },
				{ label: 'Planungsraum', code: 'PLR' }
			])
		).toEqual([['import.missing_column', 'BEZIRK']]);
	});
});
