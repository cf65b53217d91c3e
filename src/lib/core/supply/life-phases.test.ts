import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	defaultLifePhases,
	lifePhasesForAgeRange,
	offerLifePhases,
	reachableByAge,
	type LifePhase
} from './life-phases';

const codes = defaultLifePhases.map((p) => p.code);

describe('defaultLifePhases', () => {
	it('is the chain of DOMAIN.md §4, from pregnancy to the transition into work, gap-free from birth', () => {
		expect(defaultLifePhases.map((p) => [p.ageFrom, p.ageTo])).toEqual([
			[null, 0],
			[0, 3],
			[3, 6],
			[6, 10],
			[10, 16],
			[16, 25]
		]);
		for (let i = 2; i < defaultLifePhases.length; i++)
			expect(defaultLifePhases[i]!.ageFrom).toBe(defaultLifePhases[i - 1]!.ageTo);
		expect(defaultLifePhases[0]!.label).toBe('Schwangerschaft und Geburt');
		expect(defaultLifePhases[5]!.label).toContain('Übergang Schule–Beruf');
		for (const phase of defaultLifePhases) expect(phase.labelEn).toBeTruthy();
		expect(new Set(codes).size).toBe(codes.length);
	});
});

describe('lifePhasesForAgeRange', () => {
	it('maps a Kita for children from 1 to under 6 to 0–3 and 3–6', () => {
		expect(lifePhasesForAgeRange(1, 6)).toEqual(['alter_0_3', 'alter_3_6']);
	});

	it('treats both ends as half-open: 3 to 6 touches neither 0–3 nor 6–10', () => {
		expect(lifePhasesForAgeRange(3, 6)).toEqual(['alter_3_6']);
		expect(lifePhasesForAgeRange(2.5, 6.5)).toEqual(['alter_0_3', 'alter_3_6', 'alter_6_10']);
	});

	it('lets an open side reach every phase on that side, but never pregnancy', () => {
		expect(lifePhasesForAgeRange(null, 6)).toEqual(['alter_0_3', 'alter_3_6']);
		expect(lifePhasesForAgeRange(12, null)).toEqual(['alter_10_16', 'alter_16_25']);
		expect(lifePhasesForAgeRange(null, null)).toEqual(codes.slice(1));
	});

	it('reaches no default phase for older people and none for an empty range', () => {
		expect(lifePhasesForAgeRange(65, null)).toEqual([]);
		expect(lifePhasesForAgeRange(25, 40)).toEqual([]);
		expect(lifePhasesForAgeRange(4, 4)).toEqual([]);
	});

	it('rejects a reversed range and negative or non-numeric ages', () => {
		expect(() => lifePhasesForAgeRange(6, 3)).toThrow(RangeError);
		expect(() => lifePhasesForAgeRange(-1, 3)).toThrow(RangeError);
		expect(() => lifePhasesForAgeRange(0, Number.NaN)).toThrow(RangeError);
	});

	it('never maps to a phase that is not defined by age', () => {
		const own: LifePhase[] = [
			{ code: 'familie', label: 'Familie', ageFrom: null, ageTo: null },
			{ code: 'erwachsene', label: 'Erwachsene', ageFrom: 25, ageTo: 65 },
			{ code: 'aeltere', label: 'Ältere', ageFrom: 65, ageTo: null }
		];
		expect(reachableByAge(own[0]!)).toBe(false);
		expect(lifePhasesForAgeRange(null, null, own)).toEqual(['erwachsene', 'aeltere']);
		expect(lifePhasesForAgeRange(70, null, own)).toEqual(['aeltere']);
	});

	it('agrees with overlap checked age by age on a quarter-year grid', () => {
		// Whole years collide often (empty ranges) and hit the phase boundaries exactly.
		const bound = fc.option(
			fc.oneof(
				fc.integer({ min: 0, max: 12 }),
				fc.integer({ min: 0, max: 120 }).map((q) => q / 4)
			),
			{ nil: null }
		);
		fc.assert(
			fc.property(bound, bound, (a, b) => {
				const [from, to] = a !== null && b !== null && b < a ? [b, a] : [a, b];
				// Ages 0, 0.125, 0.375 … between the grid points are enough to see every overlap.
				const ages = Array.from({ length: 260 }, (_, k) => k / 8 + 1 / 16).filter(
					(x) => (from === null || x >= from) && (to === null || x < to)
				);
				const expected = defaultLifePhases
					.filter((p) =>
						ages.some((x) => (p.ageFrom === null || x >= p.ageFrom) && (p.ageTo === null || x < p.ageTo))
					)
					.map((p) => p.code);
				expect(lifePhasesForAgeRange(from, to)).toEqual(expected);
			})
		);
	});
});

describe('offerLifePhases', () => {
	it('expresses Frühe Hilfen (pregnancy and 0–3) through the kind, whatever the age range', () => {
		expect(offerLifePhases(['alter_0_3', 'schwangerschaft'], 0, 3)).toEqual(['schwangerschaft', 'alter_0_3']);
	});

	it('falls back to the age range only when the kind names no phase', () => {
		expect(offerLifePhases([], 6, 10)).toEqual(['alter_6_10']);
		expect(offerLifePhases(null, 6, 10)).toEqual(['alter_6_10']);
		expect(offerLifePhases(['alter_16_25'], 6, 10)).toEqual(['alter_16_25']);
	});

	it('drops phase codes that are not among the phases shown', () => {
		expect(offerLifePhases(['aeltere', 'alter_3_6'], null, null)).toEqual(['alter_3_6']);
	});
});
