import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGoal, progressOf, yearsBetween, type GoalTarget } from './goal-check';
import { ratingReasonText } from './rating-reason';

const series = (points: [string, number | null][]) => points.map(([date, value]) => ({ date, value }));
const y = (year: number) => `${year}-12-31`;

// Day counts used below, counted on the calendar: 31.12.2019 → 31.12.2024 = 1827 days (2020 and 2024
// are leap years), 31.12.2024 → 31.12.2028 = 1461, 31.12.2022 → 31.12.2024 = 731, 31.12.2024 →
// 31.12.2026 = 730. A year is 365.2425 days; where both spans are in years, only their ratio counts.
const years = (days: number) => days / 365.2425;

describe('checkGoal: hand-computed cases', () => {
	// Child poverty (%) shall fall from 20 % (2020) to 15 % by 2028.
	const poverty: GoalTarget = {
		direction: 'lower',
		baseline: { date: y(2020), value: 20 },
		target: { date: y(2028), value: 15 }
	};
	const povertySeries = series([
		[y(2019), 21],
		[y(2020), 20],
		[y(2021), 19.5],
		[y(2022), 19],
		[y(2023), 18.6],
		[y(2024), 18.2]
	]);

	it('projects the five-year trend to the target date and rates the miss (lower is better)', () => {
		const check = checkGoal(poverty, povertySeries);
		const perYear = (18.2 - 21) / years(1827);
		const projected = 18.2 + perYear * years(1461);
		expect(check.current).toEqual({ date: y(2024), value: 18.2 });
		expect(check.trend!.from).toEqual({ date: y(2019), value: 21 });
		expect(check.trend!.perYear).toBeCloseTo(perYear, 10);
		expect(check.trend!.perYear).toBeCloseTo(-0.55976, 5);
		expect(check.projected).toBeCloseTo(projected, 10);
		expect(check.projected).toBeCloseTo(15.96092, 5);
		expect(check.shortfall).toBeCloseTo(projected - 15, 10);
		expect(check.progress).toBeCloseTo((20 - 18.2) / (20 - 15), 12);
		// 0.961 of the remaining 3.2 points: 30 % > 20 %.
		expect(check.rating).toBe('off_track');
		expect(ratingReasonText('de', check.reason, { label: '%', decimals: 1 })).toBe(
			'Bei gleichbleibendem Trend wird der Zielwert 2028 um 1,0 Prozentpunkte verfehlt.'
		);
		expect(ratingReasonText('en', check.reason, { label: '%', decimals: 1 })).toBe(
			'If the trend continues, the target for 2028 will be missed by 1.0 percentage points.'
		);
	});

	it('uses only the last five years, skips gaps and does not need sorted input', () => {
		const withOld = [
			...povertySeries,
			{ date: y(2010), value: 40 },
			{ date: y(2021), value: null }
		].reverse();
		const check = checkGoal(poverty, withOld);
		expect(check.trend!.from.date).toBe(y(2019));
		expect(check.projected).toBeCloseTo(checkGoal(poverty, povertySeries).projected!, 12);
	});

	// Kita supply for under-threes (places per 100 children) shall rise from 40 (2022) to 50 by 2026.
	const kita: GoalTarget = {
		direction: 'higher',
		baseline: { date: y(2022), value: 40 },
		target: { date: y(2026), value: 50 }
	};

	it('is on track when the projection misses by at most 5 % of the remaining distance (higher is better)', () => {
		const check = checkGoal(
			kita,
			series([
				[y(2022), 40],
				[y(2023), 42.5],
				[y(2024), 45]
			])
		);
		const projected = 45 + (5 / years(731)) * years(730);
		expect(check.projected).toBeCloseTo(projected, 10);
		expect(check.projected).toBeCloseTo(49.99316, 5);
		expect(check.rating).toBe('on_track');
		// A miss of 0.007 does not show at one decimal: in words, the target is reached.
		expect(ratingReasonText('de', check.reason, { label: 'Plätze je 100 Kinder', decimals: 1 })).toBe(
			'Bei gleichbleibendem Trend wird der Zielwert 2026 erreicht.'
		);
	});

	it('is at risk between 5 % and 20 % of the remaining distance', () => {
		const check = checkGoal(
			kita,
			series([
				[y(2022), 40],
				[y(2023), 42.4],
				[y(2024), 44.8]
			])
		);
		const projected = 44.8 + (4.8 / years(731)) * years(730);
		expect(check.shortfall).toBeCloseTo(50 - projected, 10);
		// 0.407 of the remaining 5.2: 7.8 %.
		expect(check.shortfall! / 5.2).toBeCloseTo(0.0782, 4);
		expect(check.rating).toBe('at_risk');
		expect(ratingReasonText('de', check.reason, { label: 'Plätze je 100 Kinder', decimals: 1 })).toBe(
			'Bei gleichbleibendem Trend wird der Zielwert 2026 um 0,4 Plätze je 100 Kinder verfehlt.'
		);
	});

	it('is reached as soon as the value meets the target, before the target date, and says since when', () => {
		const check = checkGoal(
			poverty,
			series([
				[y(2021), 14.8],
				[y(2022), 16],
				[y(2023), 15],
				[y(2024), 14.9]
			])
		);
		expect(check.rating).toBe('reached');
		expect(check.reason).toEqual({ code: 'reached', date: y(2023) });
		expect(check.progress).toBeCloseTo((20 - 14.9) / 5, 12);
		expect(ratingReasonText('de', check.reason, { label: '%', decimals: 1 })).toBe(
			'Der Zielwert ist seit dem 31.12.2023 erreicht.'
		);
	});

	it('is off track once the target date has passed without reaching the target', () => {
		const goal = { ...poverty, target: { date: y(2023), value: 15 } };
		const check = checkGoal(goal, povertySeries);
		expect(check.rating).toBe('off_track');
		expect(check.reason).toEqual({
			code: 'deadline_missed',
			targetDate: y(2023),
			gap: expect.closeTo(3.2, 10)
		});
		expect(check.projected).toBeNull();
	});

	it('has no rating with one value or none, and says why', () => {
		const one = checkGoal(kita, series([[y(2024), 45]]));
		expect(one.rating).toBe('no_data');
		expect(one.reason).toEqual({ code: 'single_value', date: y(2024) });
		expect(one.progress).toBeCloseTo(0.5, 12);
		const none = checkGoal(kita, series([[y(2024), null]]));
		expect(none).toMatchObject({ rating: 'no_data', current: null, reason: { code: 'no_values' } });
	});

	it('ignores values after the date of the check', () => {
		const check = checkGoal(poverty, [...povertySeries, { date: y(2025), value: 14 }], y(2024));
		expect(check.current).toEqual({ date: y(2024), value: 18.2 });
		expect(check.rating).toBe('off_track');
	});

	it('has no progress when baseline and target are equal, and still rates the projection', () => {
		const hold: GoalTarget = {
			direction: 'higher',
			baseline: { date: y(2022), value: 45 },
			target: { date: y(2026), value: 45 }
		};
		const check = checkGoal(
			hold,
			series([
				[y(2022), 45],
				[y(2024), 44]
			])
		);
		expect(check.progress).toBeNull();
		expect(check.rating).toBe('off_track');
	});
});

describe('checkGoal: properties', () => {
	const start = y(2018);
	const dates = [2018, 2019, 2020, 2021, 2022, 2023].map(y);

	it('projects an exactly linear series onto its own line', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 10, max: 90, noNaN: true }),
				fc.double({ min: -3, max: 3, noNaN: true }),
				fc.integer({ min: 2025, max: 2035 }),
				(a, b, targetYear) => {
					const line = (date: string) => a + b * yearsBetween(start, date);
					const targetDate = y(targetYear);
					// A target beyond the line's reach, so that it is not met before the projection.
					const goal: GoalTarget = {
						direction: b >= 0 ? 'higher' : 'lower',
						baseline: { date: start, value: a },
						target: { date: targetDate, value: line(targetDate) + (b >= 0 ? 100 : -100) }
					};
					const check = checkGoal(
						goal,
						dates.map((date) => ({ date, value: line(date) }))
					);
					expect(check.projected).toBeCloseTo(line(targetDate), 6);
					expect(check.shortfall).toBeCloseTo(100, 6);
				}
			)
		);
	});

	it('measures progress as the share of the way from baseline to target', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -100, max: 100, noNaN: true }),
				fc.double({ min: 0.01, max: 100, noNaN: true }),
				fc.constantFrom(-1, 1),
				fc.double({ min: -1, max: 2, noNaN: true }),
				(baseline, distance, sign, share) => {
					const target = baseline + sign * distance;
					const goal: GoalTarget = {
						direction: sign > 0 ? 'higher' : 'lower',
						baseline: { date: y(2020), value: baseline },
						target: { date: y(2030), value: target }
					};
					expect(progressOf(goal, baseline + share * (target - baseline))).toBeCloseTo(share, 6);
				}
			)
		);
	});

	it('never rates a better trend worse', () => {
		const order = { off_track: 0, at_risk: 1, on_track: 2, reached: 3, no_data: -1 };
		fc.assert(
			fc.property(
				fc.double({ min: -5, max: 5, noNaN: true }),
				fc.double({ min: 0, max: 5, noNaN: true }),
				(slope, more) => {
					const goal: GoalTarget = {
						direction: 'higher',
						baseline: { date: y(2022), value: 40 },
						target: { date: y(2030), value: 60 }
					};
					const rated = (s: number) =>
						checkGoal(
							goal,
							series([
								[y(2022), 40],
								[y(2024), 40 + 2 * s]
							])
						).rating;
					expect(order[rated(slope + more)]).toBeGreaterThanOrEqual(order[rated(slope)]);
				}
			)
		);
	});
});
