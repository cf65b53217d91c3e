import { describe, expect, it } from 'vitest';
import { checkPlan, type PlanCheckInput, type PlanGoal, type PlanMeasure } from './plan-check';

const goal = (id: string, parentId: string | null, extra: Partial<PlanGoal> = {}): PlanGoal => ({
	id,
	code: id.toUpperCase(),
	title: `Ziel ${id}`,
	level: parentId ? 'handlungsziel' : 'leitziel',
	status: 'beschlossen',
	parentId,
	...extra
});
const measure = (id: string, status: PlanMeasure['status'] = 'laufend'): PlanMeasure => ({
	id,
	code: id.toUpperCase(),
	title: `Maßnahme ${id}`,
	status
});

const empty: PlanCheckInput = {
	today: '2027-03-01',
	goals: [],
	measures: [],
	measureGoals: [],
	milestones: [],
	budget: [],
	needUnits: [],
	measuresServing: new Map()
};

describe('checkPlan', () => {
	it('lists open milestones past their date, of running and planned measures only, most overdue first', () => {
		const { overdueMilestones } = checkPlan({
			...empty,
			measures: [measure('m1'), measure('m2', 'geplant'), measure('m3', 'abgebrochen')],
			milestones: [
				{ measureId: 'm1', title: 'Räume', dueOn: '2027-02-01', doneOn: null },
				{ measureId: 'm1', title: 'Konzept', dueOn: '2027-01-01', doneOn: '2027-01-05' },
				{ measureId: 'm1', title: 'Heute fällig', dueOn: '2027-03-01', doneOn: null },
				{ measureId: 'm2', title: 'Ausschreibung', dueOn: '2026-12-01', doneOn: null },
				{ measureId: 'm3', title: 'Abgebrochen', dueOn: '2026-01-01', doneOn: null }
			]
		});
		expect(overdueMilestones.map((m) => [m.measure.code, m.title, m.daysOverdue])).toEqual([
			['M2', 'Ausschreibung', 90], // Dec 31 + Jan 31 + Feb 28
			['M1', 'Räume', 28]
		]);
	});

	it('adds up the sources of a year and marks spending above the approved (or planned) amount', () => {
		const { budget } = checkPlan({
			...empty,
			measures: [measure('m1'), measure('m2')],
			budget: [
				{ measureId: 'm1', year: 2026, planned: 100, approved: 80, spent: 60 },
				{ measureId: 'm1', year: 2026, planned: 50, approved: 50, spent: 75 },
				{ measureId: 'm1', year: 2027, planned: 200, approved: null, spent: 210 },
				{ measureId: 'm2', year: 2026, planned: null, approved: null, spent: 10 }
			]
		});
		expect(budget.map((b) => [b.measure.code, b.year, b.planned, b.approved, b.spent, b.overrun])).toEqual([
			['M1', 2026, 150, 130, 135, true],
			['M1', 2027, 200, 0, 210, true],
			['M2', 2026, 0, 0, 10, true]
		]);
		expect(budget[0]!.spentShare).toBeCloseTo(135 / 150, 12);
		expect(budget[2]!.spentShare).toBeNull();
	});

	it('finds measures without a goal, and pursued goals without a measure of their own or below them', () => {
		const { measuresWithoutGoal, goalsWithoutMeasure } = checkPlan({
			...empty,
			goals: [
				goal('l1', null),
				goal('z1', 'l1'),
				goal('z11', 'z1', { level: 'wirkungsziel' }),
				goal('l2', null),
				goal('z2', 'l2'),
				goal('z3', 'l2', { status: 'erreicht' })
			],
			measures: [measure('m1'), measure('m2'), measure('m3', 'abgeschlossen'), measure('m4', 'abgebrochen')],
			measureGoals: [
				{ measureId: 'm1', goalId: 'z11' },
				// A cancelled measure serves nothing; neither does a link to no measure.
				{ measureId: 'm4', goalId: 'z2' },
				{ measureId: 'x', goalId: 'l2' }
			]
		});
		expect(measuresWithoutGoal.map((m) => m.code)).toEqual(['M2']);
		// l1 and z1 are served through z11; l2 and z2 have nothing; z3 is reached.
		expect(goalsWithoutMeasure.map((g) => g.code)).toEqual(['L2', 'Z2']);
	});

	it('names the units of greatest need that no running or planned measure serves', () => {
		const unit = (id: string) => ({
			id,
			code: id,
			name: `Raum ${id}`,
			indexName: 'MSS',
			classLabel: 'sehr niedrig',
			date: '2024-12-31'
		});
		const { unservedNeedUnits } = checkPlan({
			...empty,
			measures: [measure('m1'), measure('m2', 'abgeschlossen')],
			needUnits: [unit('a'), unit('b'), unit('c')],
			measuresServing: new Map([
				['a', ['m1']],
				['b', ['m2']]
			])
		});
		expect(unservedNeedUnits.map((u) => u.id)).toEqual(['b', 'c']);
	});
});
