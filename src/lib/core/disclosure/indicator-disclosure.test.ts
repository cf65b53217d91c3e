import { describe, expect, it } from 'vitest';
import type { Equation } from './equations';
import { recoverableCells } from './independent-check';
import { familySuppression } from './indicator-disclosure';
import { rateDisclosure } from './rate';

interface HierarchyUnit {
	id: string;
	parentId: string | null;
	numerator: number | null;
	denominator: number | null;
}

/** One rate as a family of its own: each side suppressed over the hierarchy, the rate from both. */
function rateSuppression(
	units: readonly HierarchyUnit[],
	counted: { numerator: boolean; denominator: boolean },
	rules: { minimumCount: number; publishZeros: boolean }
) {
	const side = (key: 'numerator' | 'denominator') =>
		familySuppression(
			{ units, members: new Map([['x', new Map(units.map((u) => [u.id, u[key]]))]]), sums: [] },
			rules
		).get('x')!;
	const numerator = counted.numerator ? side('numerator') : null;
	const denominator = counted.denominator ? side('denominator') : null;
	return new Map(
		units.map((u) => [u.id, rateDisclosure(numerator?.get(u.id) ?? null, denominator?.get(u.id) ?? null)])
	);
}

const rules = { minimumCount: 3, publishZeros: false };
/** Two districts and their areas; A1 has 2 children of 100 inhabitants. */
const units: HierarchyUnit[] = [
	{ id: 'A', parentId: null, numerator: 24, denominator: 450 },
	{ id: 'B', parentId: null, numerator: 45, denominator: 580 },
	{ id: 'A1', parentId: 'A', numerator: 2, denominator: 100 },
	{ id: 'A2', parentId: 'A', numerator: 10, denominator: 200 },
	{ id: 'A3', parentId: 'A', numerator: 12, denominator: 150 },
	{ id: 'B1', parentId: 'B', numerator: 20, denominator: 300 },
	{ id: 'B2', parentId: 'B', numerator: 25, denominator: 280 }
];

const statuses = (result: ReturnType<typeof rateSuppression>) =>
	Object.fromEntries([...result].map(([id, d]) => [id, d.status]));

describe('rateSuppression', () => {
	it('withholds a rate whose count is below k and the smallest partner in its district', () => {
		expect(statuses(rateSuppression(units, { numerator: true, denominator: true }, rules))).toEqual({
			A: 'published',
			B: 'published',
			A1: 'primary',
			A2: 'secondary',
			A3: 'published',
			B1: 'published',
			B2: 'published'
		});
	});

	it('protects a district against the city total: one small district takes a second one along', () => {
		const small = units.map((u) => (u.id === 'B' ? { ...u, numerator: 2 } : u));
		const result = statuses(rateSuppression(small, { numerator: true, denominator: false }, rules));
		expect(result.B).toBe('primary');
		// Only two districts: the city total minus A would give B back, so A goes too.
		expect(result.A).toBe('secondary');
	});

	it('suppresses nothing where neither side counts persons', () => {
		const result = statuses(rateSuppression(units, { numerator: false, denominator: false }, rules));
		expect(Object.values(result).every((s) => s === 'published')).toBe(true);
	});

	it('gives the same pattern for any order of the units', () => {
		const reversed = [...units].reverse();
		expect(statuses(rateSuppression(reversed, { numerator: true, denominator: true }, rules))).toEqual(
			statuses(rateSuppression(units, { numerator: true, denominator: true }, rules))
		);
	});
});

describe('familySuppression', () => {
	// Three age bands and their sum ("under 3") at two districts with two areas each.
	const tree = [
		{ id: 'A', parentId: null },
		{ id: 'B', parentId: null },
		{ id: 'A1', parentId: 'A' },
		{ id: 'A2', parentId: 'A' },
		{ id: 'B1', parentId: 'B' },
		{ id: 'B2', parentId: 'B' }
	];
	const leaves: Record<string, number[]> = { A1: [1, 9, 8], A2: [7, 6, 12], B1: [5, 10, 4], B2: [11, 7, 9] };
	const count = (band: number, unit: string): number =>
		unit.length === 1
			? count(band, `${unit}1`) + count(band, `${unit}2`)
			: band < 3
				? leaves[unit]![band]!
				: leaves[unit]!.reduce((a, b) => a + b, 0);
	const members = new Map(
		['b0', 'b1', 'b2', 'u3'].map((code, band) => [code, new Map(tree.map((u) => [u.id, count(band, u.id)]))])
	);
	const family = { units: tree, members, sums: [{ total: 'u3', parts: ['b0', 'b1', 'b2'] }] };

	/** Every sum a reader has, written out here rather than taken from the engine. */
	function readerEquations(): Equation[] {
		const all: Equation[] = [];
		for (const m of members.keys()) {
			all.push({ total: `${m}|#gesamt`, parts: [`${m}|A`, `${m}|B`] });
			for (const d of ['A', 'B']) all.push({ total: `${m}|${d}`, parts: [`${m}|${d}1`, `${m}|${d}2`] });
		}
		for (const u of [...tree.map((t) => t.id), '#gesamt'])
			all.push({ total: `u3|${u}`, parts: ['b0', 'b1', 'b2'].map((b) => `${b}|${u}`) });
		return all;
	}

	const withheld = (statuses: Map<string, Map<string, string>>) =>
		new Set(
			[...statuses].flatMap(([m, byUnit]) =>
				[...byUnit].filter(([, s]) => s !== 'published').map(([u]) => `${m}|${u}`)
			)
		);

	it('leaves no withheld count that the band sums or the layer sums give back', () => {
		const statuses = familySuppression(family, rules);
		const suppressed = withheld(statuses);
		expect(suppressed.has('b0|A1')).toBe(true);
		expect(recoverableCells(readerEquations(), suppressed)).toEqual([]);
	});

	it('is needed: each indicator suppressed on its own would give the small band back through “under 3”', () => {
		const alone = new Map(
			[...members].map(([m, counts]) => [
				m,
				familySuppression({ units: tree, members: new Map([[m, counts]]), sums: [] }, rules).get(m)!
			])
		);
		expect(recoverableCells(readerEquations(), withheld(alone))).toContain('b0|A1');
	});
});
