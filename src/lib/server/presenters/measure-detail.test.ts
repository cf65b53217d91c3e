import { describe, expect, it } from 'vitest';
import type { MeasureDetail } from '../services/measure.service';
import { budgetByYear, measureDetailPage } from './measure-detail';

const line = (year: number, planned: number | null, spent: number | null = null) =>
	({
		year,
		source: 'haushalt',
		programme: '',
		planned,
		approved: null,
		spent,
		note: null
	}) as MeasureDetail['budget'][number];

describe('measure detail', () => {
	it('sums the budget per year and over all years; unknown amounts stay unknown', () => {
		const budget = budgetByYear([line(2026, 100), line(2025, 50, 20), line(2025, 25)]);
		expect(budget.years.map((y) => [y.year, y.total.planned, y.total.spent])).toEqual([
			[2025, 75, 20],
			[2026, 100, null]
		]);
		expect(budget.total).toEqual({ planned: 175, approved: null, spent: 20 });
	});

	it('names overdue milestones: due before today and not reached', () => {
		const detail = {
			measure: {
				code: 'M 1',
				title: 'Familienzentrum',
				description: null,
				status: 'laufend',
				periodStart: null,
				periodEnd: null,
				leadDepartmentName: null,
				lifePhases: [],
				targetGroups: []
			},
			links: { goals: [], units: [], partners: [], providers: [], facilities: [] },
			budget: [],
			milestones: [
				{ id: 'a', title: 'Später', dueOn: '2030-01-01', doneOn: null },
				{ id: 'b', title: 'Verpasst', dueOn: '2025-01-01', doneOn: null },
				{ id: 'c', title: 'Erledigt', dueOn: '2024-01-01', doneOn: '2024-02-01' }
			],
			outputs: []
		} as unknown as MeasureDetail;
		const page = measureDetailPage(detail, '2026-06-01', 'de');
		expect(page.milestones.map((m) => [m.title, m.overdue, m.done])).toEqual([
			['Erledigt', false, '01.02.2024'],
			['Verpasst', true, null],
			['Später', false, null]
		]);
	});
});
