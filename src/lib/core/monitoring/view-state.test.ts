import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classMethods } from './classification';
import {
	defaultState,
	maxSelection,
	monitoringSearch,
	parseMonitoringState,
	toggleSelection,
	type MonitoringState
} from './view-state';

const parse = (query: string) => parseMonitoringState(new URLSearchParams(query));

describe('the view in the URL', () => {
	it('reads a link a colleague sent', () => {
		const state = parse(
			'indikator=mss_s1&ebene=planungsraum&datum=2016-12-31&auswahl=01011101,01011102&klassifikation=jenks&klassen=7&farben=diverging&gegen=mss_s2&matrix=mss_s1,mss_s2,mss_s3'
		);
		expect(state).toEqual({
			...defaultState,
			indicator: 'mss_s1',
			layer: 'planungsraum',
			date: '2016-12-31',
			selection: ['01011101', '01011102'],
			method: 'jenks',
			classes: 7,
			palette: 'diverging',
			versus: 'mss_s2',
			matrix: ['mss_s1', 'mss_s2', 'mss_s3']
		});
	});

	it('falls back to the defaults for what it cannot read', () => {
		const state = parse('datum=31.12.2016&klassen=12&klassifikation=kmeans&ansicht=3d&auswahl=<script>,a b');
		expect(state).toEqual(defaultState);
	});

	it('reads manual limits with a decimal comma and checkbox lists', () => {
		const state = parse('klassifikation=manual&grenzen=1,5;3;7.25&auswahl=a&auswahl=b&auswahl=a');
		expect(state.breaks).toEqual([1.5, 3, 7.25]);
		expect(state.selection).toEqual(['a', 'b']);
	});

	it('keeps at most the allowed number of chosen units', () => {
		const many = Array.from({ length: 30 }, (_, i) => `u${i}`).join(',');
		expect(parse(`auswahl=${many}`).selection).toHaveLength(maxSelection);
	});

	it('writes short links that read back to the same view', () => {
		expect(monitoringSearch(defaultState)).toBe('');
		const code = fc.stringMatching(/^[a-z0-9_]{1,12}$/);
		const date = fc
			.record({ y: fc.integer({ min: 1990, max: 2040 }), m: fc.integer({ min: 1, max: 12 }) })
			.map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}-01`);
		const state: fc.Arbitrary<MonitoringState> = fc.record({
			indicator: fc.option(code),
			layer: fc.option(code),
			date: fc.option(date),
			view: fc.constantFrom('stand' as const, 'veraenderung' as const),
			since: fc.option(date),
			selection: fc.uniqueArray(code, { maxLength: maxSelection }),
			method: fc.constantFrom(...classMethods),
			classes: fc.integer({ min: 3, max: 9 }),
			breaks: fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 8 }),
			palette: fc.constantFrom('sequential' as const, 'diverging' as const),
			versus: fc.option(code),
			matrix: fc.uniqueArray(code, { maxLength: 12 })
		});
		fc.assert(
			fc.property(state, (s) => {
				const back = parse(monitoringSearch(s).slice(1));
				// What only matters in another view or method is not written.
				const expected = {
					...s,
					since: s.view === 'veraenderung' ? s.since : null,
					breaks: s.method === 'manual' ? s.breaks.map((b) => (Object.is(b, -0) ? 0 : b)) : []
				};
				expect(back).toEqual(expected);
			})
		);
	});

	it('toggles units in and out of the selection', () => {
		expect(toggleSelection([], 'a', false)).toEqual(['a']);
		expect(toggleSelection(['a'], 'b', false)).toEqual(['b']);
		expect(toggleSelection(['a'], 'b', true)).toEqual(['a', 'b']);
		expect(toggleSelection(['a', 'b'], 'a', true)).toEqual(['b']);
	});
});
