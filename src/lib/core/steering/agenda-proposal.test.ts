import { describe, expect, it } from 'vitest';
import type { Rating } from '../planning/goal-check';
import { checkPlan, type PlanMeasure } from '../planning/plan-check';
import { proposeAgenda, type AgendaInput, type GoalRatingChange } from './agenda-proposal';

const goal = (code: string, now: Rating, then: Rating | null): GoalRatingChange => ({
	goal: { id: code, code, title: `Ziel ${code}`, status: 'beschlossen' },
	now,
	then
});

const empty: AgendaInput = {
	since: '2026-06-01',
	goals: [],
	units: [],
	overdueMilestones: [],
	budget: [],
	forDecision: []
};

const kinds = (input: Partial<AgendaInput>) =>
	proposeAgenda({ ...empty, ...input }).map((p) =>
		p.kind === 'goal_worse' ? `${p.kind}:${p.goal.code}:${p.now}` : p.kind
	);

describe('the proposed agenda', () => {
	it('takes a goal that turned off track or at risk since the last meeting, not one that stayed so', () => {
		expect(
			kinds({
				goals: [
					goal('Z 1', 'off_track', 'on_track'),
					goal('Z 2', 'off_track', 'off_track'),
					goal('Z 3', 'at_risk', 'on_track'),
					goal('Z 4', 'at_risk', 'off_track'),
					goal('Z 5', 'on_track', 'off_track'),
					goal('Z 6', 'off_track', 'at_risk'),
					goal('Z 7', 'at_risk', 'reached')
				]
			})
		).toEqual([
			'goal_worse:Z 1:off_track',
			'goal_worse:Z 6:off_track',
			'goal_worse:Z 3:at_risk',
			'goal_worse:Z 7:at_risk'
		]);
	});

	it('takes every goal off track or at risk at the first meeting and when the rating said nothing then', () => {
		expect(
			kinds({
				since: null,
				goals: [
					goal('Z 1', 'at_risk', null),
					goal('Z 2', 'off_track', 'no_data'),
					goal('Z 3', 'no_data', null)
				]
			})
		).toEqual(['goal_worse:Z 2:off_track', 'goal_worse:Z 1:at_risk']);
	});

	it('takes a unit that moved into the class of greatest need, not one that was there already', () => {
		const unit = (code: string, then: string | null, now: string | null) => ({
			unit: { id: code, code, name: `Raum ${code}` },
			indexName: 'Sozialindex 2025',
			lowestClass: 'sehr niedrig',
			then,
			now
		});
		const proposals = proposeAgenda({
			...empty,
			units: [
				unit('02', 'niedrig', 'sehr niedrig'),
				unit('01', 'sehr niedrig', 'sehr niedrig'),
				unit('03', null, 'sehr niedrig')
			]
		});
		expect(proposals.map((p) => (p.kind === 'unit_lowest_class' ? [p.unit.code, p.then] : p.kind))).toEqual([
			['02', 'niedrig'],
			['03', null]
		]);
	});

	it('takes overdue milestones and budget overruns from the plan check, the largest overrun first', () => {
		const measure = (code: string): PlanMeasure => ({
			id: code,
			code,
			title: `Maßnahme ${code}`,
			status: 'laufend'
		});
		const check = checkPlan({
			today: '2026-12-07',
			goals: [],
			measures: [measure('M 1'), measure('M 2'), measure('M 3')],
			measureGoals: [],
			milestones: [
				{ measureId: 'M 1', title: 'Räume', dueOn: '2026-11-30', doneOn: null },
				{ measureId: 'M 2', title: 'Bericht', dueOn: '2026-12-31', doneOn: null },
				{ measureId: 'M 3', title: 'Start', dueOn: '2026-01-31', doneOn: '2026-02-02' }
			],
			budget: [
				{ measureId: 'M 1', year: 2026, planned: 1000, approved: 1000, spent: 1200 },
				{ measureId: 'M 2', year: 2026, planned: 5000, approved: 0, spent: 9000 },
				{ measureId: 'M 3', year: 2026, planned: 5000, approved: 5000, spent: 4000 }
			],
			needUnits: [],
			measuresServing: new Map()
		});
		const proposals = proposeAgenda({
			...empty,
			overdueMilestones: check.overdueMilestones,
			budget: check.budget
		});
		expect(
			proposals.map((p) =>
				p.kind === 'milestone_overdue'
					? [p.kind, p.milestone.measure.code, p.milestone.daysOverdue]
					: p.kind === 'budget_overrun'
						? [p.kind, p.budget.measure.code, p.budget.spent]
						: [p.kind]
			)
		).toEqual([
			['milestone_overdue', 'M 1', 7],
			// 4,000 above the planned amount (nothing approved) before 200 above the approved one.
			['budget_overrun', 'M 2', 9000],
			['budget_overrun', 'M 1', 1200]
		]);
	});

	it('puts the items for decision first', () => {
		expect(
			kinds({
				goals: [goal('Z 1', 'off_track', 'on_track')],
				forDecision: [{ id: 'b', code: 'Z 9', title: 'Neues Ziel' }]
			})
		).toEqual(['for_decision', 'goal_worse:Z 1:off_track']);
	});
});
