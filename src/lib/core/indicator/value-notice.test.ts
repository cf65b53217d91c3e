import { describe, expect, it } from 'vitest';
import type { IndicatorCell } from './cell';
import { needsDataLayers, valueNotice, type NoticeInput } from './value-notice';

const cell = (value: number | null, numerator: number | null, total: number): IndicatorCell => ({
	value,
	numerator,
	denominator: numerator === null ? null : 100,
	covered: value === null ? 0 : total,
	total,
	coverage: total > 0 ? (value === null ? 0 : 1) : null,
	status: value === null ? 'missing' : 'ok'
});
const einwohner = { code: 'ew', name: 'Einwohner' };

function input(overrides: Partial<NoticeInput>): NoticeInput {
	const cells = overrides.cells ?? [cell(12.5, 1250, 4)];
	return {
		rootKind: 'direct',
		rule: { weight: einwohner, standIn: false, note: null },
		layerName: 'Bezirk',
		cells,
		rootCells: cells,
		hasData: true,
		...overrides
	};
}

describe('valueNotice', () => {
	it('calls values summed through a weight an estimate and names the weight', () => {
		const { estimate, unavailable } = valueNotice(input({}));
		expect(unavailable).toBeNull();
		expect(estimate).toMatchObject({
			weightCode: 'ew',
			standIn: false,
			short: 'Schätzung, gewichtet mit „Einwohner“'
		});
		expect(estimate!.text).toContain('Anteil × Einwohner');
	});

	it('says what a stand-in stands in for', () => {
		const rule = { weight: einwohner, standIn: true, note: 'Einwohner insgesamt statt unter 15 Jahren' };
		const { estimate } = valueNotice(input({ rule }));
		expect(estimate!.short).toBe('Schätzung mit Ersatzgewicht „Einwohner“');
		expect(estimate!.text).toContain(
			'Ersatz für die Bezugsbevölkerung: Einwohner insgesamt statt unter 15 Jahren.'
		);
	});

	it('is no estimate where values were imported at the units themselves, nor for a rate', () => {
		expect(valueNotice(input({ cells: [cell(12.5, null, 1)] })).estimate).toBeNull();
		expect(valueNotice(input({ rootKind: 'rate' })).estimate).toBeNull();
	});

	it('explains an empty layer: no weight (with the planner’s reason), no data, data below missing', () => {
		const empty = [cell(null, null, 5), cell(null, null, 3)];
		const noWeight = valueNotice(
			input({ cells: empty, rule: { weight: null, standIn: false, note: 'Veränderungen in Prozentpunkten' } })
		);
		expect(noWeight.unavailable).toMatchObject({ code: 'no_weight' });
		expect(noWeight.unavailable!.text).toContain('Veränderungen in Prozentpunkten.');
		expect(valueNotice(input({ cells: empty })).unavailable?.code).toBe('weight_missing');
		expect(valueNotice(input({ cells: empty, rootKind: 'rate' })).unavailable?.code).toBe('not_paired');
		expect(valueNotice(input({ cells: empty, hasData: false })).unavailable?.code).toBe('no_data');
		// A change whose base has values, but not at the earlier date.
		expect(
			valueNotice(input({ cells: empty, rootCells: [cell(3, 300, 5), cell(4, 400, 3)] })).unavailable?.code
		).toBe('no_comparison');
	});

	it('names the layers of the data when nothing lies under the layer (a finer or unrelated layer)', () => {
		const nothing = [cell(null, null, 0)];
		expect(needsDataLayers(input({ cells: nothing }))).toBe(true);
		expect(needsDataLayers(input({}))).toBe(false);
		const notice = valueNotice(
			input({ cells: nothing, layerName: 'Sechseck', dataLayers: ['Planungsraum'] })
		);
		expect(notice.unavailable?.code).toBe('not_above_data');
		expect(notice.unavailable?.text).toContain('Die Daten liegen auf der Ebene „Planungsraum“.');
	});

	it('says nothing about a layer that has values, even if some units lack them', () => {
		const some = [cell(null, null, 2), cell(5, 50, 2)];
		expect(valueNotice(input({ cells: some, rule: { weight: null, standIn: false, note: null } }))).toEqual({
			estimate: null,
			unavailable: null
		});
	});
});
