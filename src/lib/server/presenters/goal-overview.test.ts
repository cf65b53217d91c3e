import { describe, expect, it } from 'vitest';
import { checkGoal } from '../../core/planning/goal-check';
import { goalListQuery } from '../../core/planning/goal-view';
import type { GoalListItem } from '../repositories/goal.repository';
import type { GoalCheckResult } from '../values/goal-check';
import { goalOverviewPage } from './goal-overview';

const goal = (code: string, parentCode: string | null, extra: Partial<GoalListItem> = {}) =>
	({
		code,
		parentCode,
		title: `Ziel ${code}`,
		level: parentCode ? 'handlungsziel' : 'leitziel',
		topicCode: 'bildung',
		topicName: 'Bildung',
		ownerDepartmentId: null,
		ownerDepartmentName: null,
		status: 'beschlossen',
		indicatorCode: null,
		indicatorName: null,
		...extra
	}) as GoalListItem;

const target = {
	direction: 'higher' as const,
	baseline: { date: '2016-12-31', value: 10 },
	target: { date: '2030-12-31', value: 20 }
};
const series = [
	{ date: '2016-12-31', value: 10 },
	{ date: '2018-12-31', value: 11 }
];
const checks: GoalCheckResult[] = [
	{
		goal: goal('Z 1', 'L 1', { indicatorCode: 'quote' }),
		scope: checkGoal(target, series),
		units: [],
		series
	},
	{ goal: goal('L 1', null), scope: null, units: [], series: [] },
	{ goal: goal('L 2', null, { topicCode: 'wohnen' }), scope: null, units: [], series: [] }
];
const sources = {
	checks,
	units: new Map([['quote', { label: '%', decimals: 1 }]]),
	topics: [],
	departments: []
};

describe('goalOverviewPage', () => {
	it('lists the goals in the order of the plan with the rating and its reason in words', () => {
		const page = goalOverviewPage(sources, goalListQuery(new URLSearchParams()), 'de');
		expect(page.goals.map((g) => [g.code, g.depth, g.rating])).toEqual([
			['L 1', 0, null],
			['Z 1', 1, 'off_track'],
			['L 2', 0, null]
		]);
		// 11 + 0.5 × 12 years = 17 in 2030: 3 of the remaining 9 points missed.
		expect(page.goals[1]!.reason).toBe(
			'Bei gleichbleibendem Trend wird der Zielwert 2030 um 3,0 Prozentpunkte verfehlt.'
		);
		expect(page.counts).toMatchObject({ off_track: 1, none: 2 });
		expect(page.total).toBe(3);
	});

	it('keeps a filtered goal at its depth and counts only the goals shown', () => {
		const page = goalOverviewPage(sources, goalListQuery(new URLSearchParams('bewertung=off_track')), 'en');
		expect(page.goals.map((g) => [g.code, g.depth])).toEqual([['Z 1', 1]]);
		expect(page.counts).toMatchObject({ off_track: 1, none: 0 });
		expect(page.filtered).toBe(true);
		expect(page.goals[0]!.reason).toMatch(/percentage points/);
	});
});
