import { describe, expect, it } from 'vitest';
import { dateField, percent, weightPage, type WeightRow } from './crosswalk-view';

const row = (source: string, target: string, weight = 1): WeightRow => ({
	source,
	sourceName: `Quelle ${source}`,
	target,
	targetName: `Ziel ${target}`,
	weight
});

describe('dateField', () => {
	it('reads German and ISO dates, keeps empty as null and marks the rest invalid', () => {
		expect(dateField('31.12.2016')).toEqual({ iso: '2016-12-31', invalid: false });
		expect(dateField(' 2016-12-31 ')).toEqual({ iso: '2016-12-31', invalid: false });
		expect(dateField('')).toEqual({ iso: null, invalid: false });
		expect(dateField(null)).toEqual({ iso: null, invalid: false });
		expect(dateField('31.13.2016')).toEqual({ iso: null, invalid: true });
	});
});

describe('weightPage', () => {
	const weights = Array.from({ length: 7 }, (_, i) => row(`S${i}`, i % 2 ? 'Mitte' : 'Nord'));

	it('searches codes and names of both sides, case-insensitively, over every page', () => {
		const found = weightPage(weights, 'mitte', 1, 2);
		expect(found.matching).toBe(3);
		expect(found.pages).toBe(2);
		expect(found.rows.map((r) => r.source)).toEqual(['S1', 'S3']);
		expect(weightPage(weights, 'quelle s6', 1, 2).rows.map((r) => r.source)).toEqual(['S6']);
	});

	it('clamps the page into range', () => {
		expect(weightPage(weights, '', 99, 3)).toMatchObject({ page: 3, pages: 3, matching: 7 });
		expect(weightPage(weights, '', Number.NaN, 3).page).toBe(1);
		expect(weightPage([], 'x', 2, 3)).toMatchObject({ rows: [], page: 1, pages: 1, matching: 0 });
	});
});

it('percent shows a share as a German percentage', () => {
	expect(percent(0.375, 'de')).toBe('37,50');
	expect(percent(1 / 3, 'en', 1)).toBe('33.3');
});
