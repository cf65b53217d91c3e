import { describe, expect, it } from 'vitest';
import { catalogueFilter, groupByTopic, type CatalogueIndicator } from './indicator-filter';

const item = (
	code: string,
	name: string,
	topicCode: string | null,
	extra: Partial<CatalogueIndicator> = {}
): CatalogueIndicator => ({
	code,
	name,
	shortName: null,
	kind: 'rate',
	topicCode,
	topicName: topicCode ? topicCode[0]!.toUpperCase() + topicCode.slice(1) : null,
	departmentName: null,
	...extra
});

const items = [
	item('b', 'Kinderarmut', 'soziales', { kind: 'direct', departmentName: 'Jugendamt' }),
	item('a', 'Anteil Kinder', 'demografie', { definition: 'Kinder je 100 Einwohner' }),
	item('c', 'Ohne Feld', null, { shortName: 'OF' }),
	item('d', 'Arbeitslose', 'soziales', { kind: 'direct' })
];
const all = catalogueFilter(new URLSearchParams());

describe('groupByTopic', () => {
	it('groups by topic name, those without a topic last, names sorted within', () => {
		const groups = groupByTopic(items, all);
		expect(groups.map((g) => g.topicCode)).toEqual(['demografie', 'soziales', null]);
		expect(groups[1]!.indicators.map((i) => i.code)).toEqual(['d', 'b']);
	});

	it('filters by topic, department, kind and "without"', () => {
		const codes = (query: string) =>
			groupByTopic(items, catalogueFilter(new URLSearchParams(query))).flatMap((g) =>
				g.indicators.map((i) => i.code)
			);
		expect(codes('thema=soziales')).toEqual(['d', 'b']);
		expect(codes('thema=-')).toEqual(['c']);
		expect(codes('fachbereich=Jugendamt')).toEqual(['b']);
		expect(codes('fachbereich=-')).toEqual(['a', 'd', 'c']);
		expect(codes('art=rate')).toEqual(['a', 'c']);
		expect(codes('thema=soziales&art=rate')).toEqual([]);
	});

	it('searches code, name, short name and definition, ignoring case', () => {
		const codes = (search: string) =>
			groupByTopic(items, { ...all, search }).flatMap((g) => g.indicators.map((i) => i.code));
		expect(codes('EINWOHNER')).toEqual(['a']);
		expect(codes('of')).toEqual(['c']);
		expect(codes('kinder')).toEqual(['a', 'b']);
	});
});
