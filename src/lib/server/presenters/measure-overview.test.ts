import { describe, expect, it } from 'vitest';
import type { MeasureListItem } from '../repositories/measure.repository';
import { measureOverviewPage, periodText } from './measure-overview';

const measure = (code: string, extra: Partial<MeasureListItem> = {}) =>
	({
		code,
		title: `Maßnahme ${code}`,
		status: 'laufend',
		periodStart: '2025-01-01',
		periodEnd: '2027-12-31',
		leadDepartmentId: 'd1',
		leadDepartmentName: 'Jugendamt',
		goalCodes: ['Z 1'],
		providerIds: [],
		unitCount: 2,
		...extra
	}) as MeasureListItem;

describe('measure overview', () => {
	it('orders by number, filters and writes the period', () => {
		const page = measureOverviewPage(
			[measure('M 10'), measure('M 2', { status: 'geplant', periodEnd: null }), measure('M 3')],
			[{ id: 'd1', name: 'Jugendamt' }],
			{ status: '', department: '' },
			'de'
		);
		expect(page.measures.map((m) => m.code)).toEqual(['M 2', 'M 3', 'M 10']);
		expect(page.measures[0]?.period).toBe('01.01.2025 – …');
		expect(page.measures[1]?.period).toBe('01.01.2025 – 31.12.2027');
		const filtered = measureOverviewPage(
			[measure('M 1'), measure('M 2', { status: 'geplant' })],
			[],
			{
				status: 'geplant',
				department: ''
			},
			'de'
		);
		expect(filtered.measures.map((m) => m.code)).toEqual(['M 2']);
		expect(filtered.total).toBe(2);
		expect(filtered.filtered).toBe(true);
	});

	it('has no period without dates', () => {
		expect(periodText(null, null, 'de')).toBeNull();
	});
});
