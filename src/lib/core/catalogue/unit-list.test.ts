import { describe, expect, it } from 'vitest';
import { unitListPage, unitListQuery, unitListSearch, type ListedUnit } from './unit-list';

const unit = (code: string, name: string, parentCode: string | null = null): ListedUnit => ({
	code,
	name,
	parentCode,
	hasGeometry: true
});
const units = [
	unit('0102', 'Zoo', '01'),
	unit('0101', 'Ärztehaus', '02'),
	unit('0201', 'Mitte', '01'),
	unit('0010', 'Alt-Mitte', null)
];

describe('unitListQuery', () => {
	it('reads the GET form and falls back on unknown values', () => {
		const q = unitListQuery(
			new URLSearchParams('suche=%20mitte%20&sortierung=name&richtung=absteigend&seite=2'),
			10
		);
		expect(q).toEqual({ search: 'mitte', sort: 'name', direction: 'desc', page: 2, pageSize: 10 });
		const bad = unitListQuery(new URLSearchParams('sortierung=drop&seite=-3&richtung=x'), 10);
		expect(bad).toEqual({ search: '', sort: 'code', direction: 'asc', page: 1, pageSize: 10 });
	});
});

describe('unitListPage', () => {
	const base = { search: '', sort: 'code' as const, direction: 'asc' as const, page: 1, pageSize: 2 };

	it('sorts by code and pages', () => {
		const first = unitListPage(units, base);
		expect(first.units.map((u) => u.code)).toEqual(['0010', '0101']);
		expect(first).toMatchObject({ matching: 4, page: 1, pages: 2 });
		expect(unitListPage(units, { ...base, page: 2 }).units.map((u) => u.code)).toEqual(['0102', '0201']);
	});

	it('clamps a page beyond the last', () => {
		expect(unitListPage(units, { ...base, page: 9 }).page).toBe(2);
	});

	it('filters by code or name, ignoring case', () => {
		const found = unitListPage(units, { ...base, search: 'MITTE', pageSize: 10 });
		expect(found.units.map((u) => u.code)).toEqual(['0010', '0201']);
		expect(unitListPage(units, { ...base, search: '010', pageSize: 10 }).matching).toBe(3);
	});

	it('sorts by name the German way (Ä with A) and descending', () => {
		const byName = unitListPage(units, { ...base, sort: 'name', pageSize: 10 });
		expect(byName.units.map((u) => u.name)).toEqual(['Alt-Mitte', 'Ärztehaus', 'Mitte', 'Zoo']);
		const desc = unitListPage(units, { ...base, sort: 'name', direction: 'desc', pageSize: 10 });
		expect(desc.units.map((u) => u.name)).toEqual(['Zoo', 'Mitte', 'Ärztehaus', 'Alt-Mitte']);
	});

	it('sorts by parent, units without a parent first, ties by code', () => {
		const byParent = unitListPage(units, { ...base, sort: 'parent', pageSize: 10 });
		expect(byParent.units.map((u) => u.code)).toEqual(['0010', '0102', '0201', '0101']);
	});
});

describe('unitListSearch', () => {
	it('leaves out defaults and encodes the search', () => {
		expect(unitListSearch({ search: '', sort: 'code', direction: 'asc', page: 1 })).toBe('');
		expect(unitListSearch({ search: 'a&b', sort: 'name', direction: 'desc', page: 3 })).toBe(
			'?suche=a%26b&sortierung=name&richtung=absteigend&seite=3'
		);
	});
});
