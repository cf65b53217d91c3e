import { describe, expect, it } from 'vitest';
import type { GoalCheck, Rating, RatingReason } from '../../core/planning/goal-check';
import { checkPlan, type PlanCheckInput } from '../../core/planning/plan-check';
import type { GoalListItem } from '../repositories/goal.repository';
import type { GoalCheckResult } from '../values/goal-check';
import { planCheckPage, stichtagOf } from './plan-check';

/**
 * The plan check page's view of a hand-built plan, checked by the pure core at 1 March 2026: the
 * figures below are worked out by hand (days, sums, shares), not taken from the code.
 */
const today = '2026-03-01';
const measure = (id: string, status: 'geplant' | 'laufend' | 'abgeschlossen' | 'abgebrochen') => ({
	id,
	code: id,
	title: `Maßnahme ${id}`,
	status
});
const planGoal = (
	id: string,
	parentId: string | null,
	status: 'beschlossen' | 'erreicht' = 'beschlossen'
) => ({
	id,
	code: id,
	title: `Ziel ${id}`,
	level: parentId ? ('handlungsziel' as const) : ('leitziel' as const),
	status,
	parentId
});

const input: PlanCheckInput = {
	today,
	goals: [
		planGoal('L 1', null),
		planGoal('Z 1.1', 'L 1'),
		planGoal('L 2', null),
		planGoal('Z 9', null, 'erreicht')
	],
	measures: [
		measure('M 10', 'laufend'),
		measure('M 2', 'laufend'),
		measure('M 3', 'abgeschlossen'),
		measure('M 4', 'geplant')
	],
	measureGoals: [
		{ measureId: 'M 10', goalId: 'Z 1.1' },
		{ measureId: 'M 3', goalId: 'Z 1.1' }
	],
	milestones: [
		// 31 days of January and 28 of February: 59 days overdue.
		{ measureId: 'M 10', title: 'Räume angemietet', dueOn: '2026-01-01', doneOn: null },
		// 28 days overdue.
		{ measureId: 'M 2', title: 'Konzept', dueOn: '2026-02-01', doneOn: null },
		{ measureId: 'M 2', title: 'Erledigt', dueOn: '2025-06-30', doneOn: '2025-07-02' },
		// Due on the Stichtag itself: not yet overdue.
		{ measureId: 'M 2', title: 'Heute fällig', dueOn: '2026-03-01', doneOn: null },
		// A finished measure's milestone is not named.
		{ measureId: 'M 3', title: 'Alt', dueOn: '2025-01-01', doneOn: null }
	],
	budget: [
		{ measureId: 'M 10', year: 2025, planned: 1000, approved: 800, spent: 900 },
		{ measureId: 'M 10', year: 2025, planned: 500, approved: null, spent: null },
		{ measureId: 'M 2', year: 2025, planned: 2000, approved: null, spent: 2500 },
		{ measureId: 'M 2', year: 2024, planned: null, approved: null, spent: 0 },
		{ measureId: 'M 4', year: 2026, planned: 4000, approved: 4000, spent: 1000 }
	],
	needUnits: [
		{ id: 'u2', code: '0802', name: 'Süd', indexName: 'MSS', classLabel: 'sehr niedrig', date: '2016-12-31' },
		{
			id: 'u1',
			code: '0801',
			name: 'Nord',
			indexName: 'MSS',
			classLabel: 'sehr niedrig',
			date: '2016-12-31'
		},
		{ id: 'u3', code: '0803', name: 'Ost', indexName: 'MSS', classLabel: 'sehr niedrig', date: '2016-12-31' }
	],
	measuresServing: new Map([
		['u3', ['M 10']],
		['u1', ['M 3']]
	])
};

const listItem = (code: string, extra: Partial<GoalListItem> = {}) =>
	({
		code,
		title: `Ziel ${code}`,
		indicatorCode: 'quote',
		indicatorName: 'Quote',
		ownerDepartmentName: 'Jugendamt',
		...extra
	}) as GoalListItem;
const scope = (rating: Rating, reason: RatingReason): GoalCheck => ({
	rating,
	current: { date: '2024-12-31', value: 10 },
	progress: 0.1,
	trend: null,
	projected: null,
	shortfall: null,
	reason
});
const goals: GoalCheckResult[] = [
	{
		goal: listItem('Z 10'),
		scope: scope('at_risk', { code: 'projected', targetDate: '2030-12-31', projected: 9, gap: 1.25 }),
		units: [],
		series: []
	},
	{
		goal: listItem('Z 2'),
		scope: scope('at_risk', { code: 'projected', targetDate: '2028-12-31', projected: 9, gap: 0.5 }),
		units: [],
		series: []
	},
	{
		goal: listItem('Z 3', { ownerDepartmentName: null }),
		scope: scope('off_track', { code: 'deadline_missed', targetDate: '2021-12-31', gap: 1.5 }),
		units: [],
		series: []
	},
	{
		goal: listItem('Z 4'),
		scope: scope('on_track', { code: 'projected', targetDate: '2030-12-31', projected: 20, gap: 0 }),
		units: [],
		series: []
	},
	{ goal: listItem('Z 5'), scope: scope('no_data', { code: 'no_values' }), units: [], series: [] },
	{ goal: listItem('L 1', { indicatorCode: null }), scope: null, units: [], series: [] }
];
const units = new Map([['quote', { label: '%', decimals: 1 }]]);

describe('plan check page', () => {
	const page = planCheckPage({ check: checkPlan(input), goals, units, needKnown: true }, today, 'de');

	it('names the goals off track first, then at risk, by number, with the reason in words', () => {
		expect(page.goals.map((g) => [g.code, g.rating])).toEqual([
			['Z 3', 'off_track'],
			['Z 2', 'at_risk'],
			['Z 10', 'at_risk']
		]);
		expect(page.goals[0]!.reason).toBe(
			'Das Zieldatum ist vorbei; der Zielwert wurde um 1,5 Prozentpunkte verfehlt.'
		);
		expect(page.goals[2]!.reason).toBe(
			'Bei gleichbleibendem Trend wird der Zielwert 2030 um 1,3 Prozentpunkte verfehlt.'
		);
		expect(page.goals[0]!.ownerDepartmentName).toBeNull();
	});

	it('lists the overdue milestones of acting measures with their days, the longest first', () => {
		expect(page.milestones.map((m) => [m.measureCode, m.title, m.due, m.daysOverdue])).toEqual([
			['M 10', 'Räume angemietet', '01.01.2026', 59],
			['M 2', 'Konzept', '01.02.2026', 28]
		]);
		expect(page.milestones[0]!.measureTitle).toBe('Maßnahme M 10');
	});

	it('adds the budget up per measure and year, with shares, overruns in words and a total per year', () => {
		expect(page.budget.years.map((y) => y.year)).toEqual([2024, 2025, 2026]);
		const [y2024, y2025, y2026] = page.budget.years;
		expect(y2024!.lines).toEqual([
			expect.objectContaining({
				measureCode: 'M 2',
				planned: '0,00 €',
				spentShare: '–',
				overrun: false,
				overrunText: 'nein'
			})
		]);
		// Numbers in order (M 2 before M 10); the two sources of M 10 added: 1.500 planned, 800 approved, 900 spent.
		expect(
			y2025!.lines.map((l) => [l.measureCode, l.planned, l.approved, l.spent, l.spentShare, l.overrunText])
		).toEqual([
			[
				'M 2',
				'2.000,00 €',
				'0,00 €',
				'2.500,00 €',
				'125,0 %',
				'überschritten: 500,00 € mehr ausgegeben als geplant (nichts bewilligt)'
			],
			[
				'M 10',
				'1.500,00 €',
				'800,00 €',
				'900,00 €',
				'60,0 %',
				'überschritten: 100,00 € mehr ausgegeben als bewilligt'
			]
		]);
		// 3.400 of 3.500 spent: 97,14 %.
		expect(y2025!.total).toEqual({
			planned: '3.500,00 €',
			approved: '800,00 €',
			spent: '3.400,00 €',
			spentShare: '97,1 %',
			overruns: '2 Überschreitungen'
		});
		expect(y2026!.lines[0]).toMatchObject({ measureCode: 'M 4', spentShare: '25,0 %', overrun: false });
		expect(y2026!.total.overruns).toBe('0 Überschreitungen');
		expect(page.budget.lineCount).toBe(4);
		expect(page.budget.overrunCount).toBe(2);
	});

	it('names measures without a goal, goals without a measure and unserved units of greatest need', () => {
		// M 3 is finished (not acting), M 10 serves Z 1.1.
		expect(page.measuresWithoutGoal.map((m) => m.code)).toEqual(['M 2', 'M 4']);
		// L 1 is served through Z 1.1, Z 9 is reached; L 2 has nothing.
		expect(page.goalsWithoutMeasure).toEqual([
			{ code: 'L 2', title: 'Ziel L 2', level: 'leitziel', status: 'beschlossen' }
		]);
		// u3 is served by a running measure, u1 only by a finished one.
		expect(page.unservedNeedUnits).toEqual([
			{ code: '0801', name: 'Nord', indexName: 'MSS', classLabel: 'sehr niedrig', date: '31.12.2016' },
			{ code: '0802', name: 'Süd', indexName: 'MSS', classLabel: 'sehr niedrig', date: '31.12.2016' }
		]);
		expect(page.dateText).toBe('01.03.2026');
	});

	it('writes the words in English too', () => {
		const en = planCheckPage({ check: checkPlan(input), goals, units, needKnown: false }, today, 'en');
		expect(en.budget.years[1]!.lines[1]!.overrunText).toBe('overrun: 100.00 € more spent than approved');
		expect(en.budget.years[1]!.total.overruns).toBe('2 overruns');
		expect(en.dateText).toBe('01/03/2026');
		expect(en.needKnown).toBe(false);
	});
});

describe('the Stichtag of the form', () => {
	it('is today without a value, the date given otherwise', () => {
		expect(stichtagOf(null, today, 'de')).toEqual({ date: today, value: today, error: null, isToday: true });
		expect(stichtagOf(' ', today, 'de').isToday).toBe(true);
		expect(stichtagOf('2026-12-31', today, 'de')).toEqual({
			date: '2026-12-31',
			value: '2026-12-31',
			error: null,
			isToday: false
		});
		expect(stichtagOf('2024-02-29', today, 'de').error).toBeNull();
	});

	it('refuses what is not a calendar date, naming the field and keeping the entry', () => {
		for (const bad of ['2026-02-30', '2025-02-29', '31.12.2026', 'morgen', '2026-13-01']) {
			const s = stichtagOf(bad, today, 'de');
			expect(s.error, bad).toBe(
				`Der Stichtag „${bad}“ ist kein gültiges Datum. Bitte geben Sie ihn als JJJJ-MM-TT an, z. B. 2026-12-31.`
			);
			expect(s.value).toBe(bad);
			expect(s.isToday).toBe(false);
		}
	});
});
