import { describe, expect, it } from 'vitest';
import { goalChartMarks, goalListQuery, goalMatches, goalTree, ratingCounts } from './goal-view';

const collator = new Intl.Collator('de', { numeric: true });
const g = (code: string, parentCode: string | null = null) => ({ code, parentCode });

describe('goalTree', () => {
	it('puts each goal after its parent, siblings by plan number (numerically), with depth', () => {
		const tree = goalTree(
			[g('Z 10', 'L 1'), g('L 2'), g('Z 2', 'L 1'), g('L 1'), g('Z 2.1', 'Z 2'), g('Z 3', 'L 2')],
			collator
		);
		expect(tree.map((t) => `${t.depth}:${t.code}`)).toEqual([
			'0:L 1',
			'1:Z 2',
			'2:Z 2.1',
			'1:Z 10',
			'0:L 2',
			'1:Z 3'
		]);
	});

	it('puts a goal whose parent is missing at the top and lists every goal once, even in a circle', () => {
		const tree = goalTree([g('A', 'B'), g('B', 'A'), g('C', 'X')], collator);
		expect(tree.map((t) => t.code).sort()).toEqual(['A', 'B', 'C']);
		expect(tree.find((t) => t.code === 'C')!.depth).toBe(0);
	});
});

describe('filters and counts', () => {
	const rows = [
		{ topicCode: 'bildung', status: 'beschlossen', rating: 'on_track' as const, ownerDepartmentId: 'd1' },
		{ topicCode: 'bildung', status: 'entwurf', rating: null, ownerDepartmentId: null },
		{ topicCode: 'wohnen', status: 'beschlossen', rating: 'off_track' as const, ownerDepartmentId: 'd2' }
	];

	it('reads the German parameters and ignores unknown values', () => {
		const q = goalListQuery(new URLSearchParams('handlungsfeld=bildung&status=quatsch&bewertung=none'));
		expect(q).toEqual({ topic: 'bildung', status: '', rating: 'none', department: '' });
	});

	it('keeps the rows that match every filter; "none" are the goals without an indicator', () => {
		const q = goalListQuery(new URLSearchParams('handlungsfeld=bildung&bewertung=none'));
		expect(rows.filter((r) => goalMatches(r, q))).toEqual([rows[1]]);
		const all = goalListQuery(new URLSearchParams(''));
		expect(rows.filter((r) => goalMatches(r, all))).toHaveLength(3);
		const dep = goalListQuery(new URLSearchParams('fachbereich=d2&status=beschlossen'));
		expect(rows.filter((r) => goalMatches(r, dep))).toEqual([rows[2]]);
	});

	it('counts every rating, also those no goal has', () => {
		expect(ratingCounts(rows)).toEqual({
			reached: 0,
			on_track: 1,
			at_risk: 0,
			off_track: 1,
			no_data: 0,
			none: 1
		});
	});
});

describe('goalChartMarks', () => {
	const goal = { baselineDate: '2016-12-31', baselineValue: 5, targetDate: '2030-12-31', targetValue: 7 };

	it('draws the projection from the current value to the projected value at the target date', () => {
		const marks = goalChartMarks(goal, { current: { date: '2020-12-31', value: 6 }, projected: 6.8 });
		expect(marks.projection).toEqual([
			{ date: '2020-12-31', value: 6 },
			{ date: '2030-12-31', value: 6.8 }
		]);
		expect(marks.baseline).toEqual({ date: '2016-12-31', value: 5 });
		expect(marks.target).toEqual({ date: '2030-12-31', value: 7 });
	});

	it('has no projection without one', () => {
		expect(goalChartMarks(goal, { current: null, projected: null }).projection).toBeNull();
		expect(
			goalChartMarks(goal, { current: { date: '2020-12-31', value: 7 }, projected: null }).projection
		).toBeNull();
	});
});
