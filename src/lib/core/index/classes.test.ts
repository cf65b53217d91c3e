import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classOfValue, classPosition, classPositions, schemeClasses } from './classes';
import { berlinDynamicsClasses, berlinStatusClasses, type ClassScheme } from './definition';

const scheme = (
	onThreshold: ClassScheme['onThreshold'],
	direction: ClassScheme['direction'] = 'low_first'
) => ({
	thresholds: [-1, 0, 1, 1.5],
	codes: ['A', 'B', 'C', 'D', 'E'],
	labels: ['a', 'b', 'c', 'd', 'e'],
	direction,
	onThreshold
});

describe('classOfValue', () => {
	it('puts values between thresholds into the class between them', () => {
		expect(classOfValue(berlinStatusClasses, -2.5)).toEqual({ position: 0, code: '1', label: 'hoch' });
		expect(classOfValue(berlinStatusClasses, 0.3)).toEqual({ position: 1, code: '2', label: 'mittel' });
		expect(classOfValue(berlinStatusClasses, 1.2).label).toBe('niedrig');
		expect(classOfValue(berlinStatusClasses, 7).label).toBe('sehr niedrig');
		expect(classOfValue(berlinDynamicsClasses, -1.01).code).toBe('+');
		expect(classOfValue(berlinDynamicsClasses, 1.01).code).toBe('−');
	});

	it("sends a value on a threshold to the class nearer 0 under 'centre'", () => {
		// −1 → above (B), 0 → above (C), 1 → below (C), 1.5 → below (D)
		expect([-1, 0, 1, 1.5].map((v) => classOfValue(scheme('centre'), v).code)).toEqual(['B', 'C', 'C', 'D']);
		// Berlin: "mehr als eine Standardabweichung" — exactly −1 and +1 are still "mittel", +1.5 still "niedrig".
		expect(classOfValue(berlinStatusClasses, -1).label).toBe('mittel');
		expect(classOfValue(berlinStatusClasses, 1).label).toBe('mittel');
		expect(classOfValue(berlinStatusClasses, 1.5).label).toBe('niedrig');
		expect(classOfValue(berlinDynamicsClasses, -1).label).toBe('stabil');
	});

	it('sends a value on a threshold above or below as the scheme says', () => {
		expect([-1, 0, 1, 1.5].map((v) => classOfValue(scheme('above'), v).code)).toEqual(['B', 'C', 'D', 'E']);
		expect([-1, 0, 1, 1.5].map((v) => classOfValue(scheme('below'), v).code)).toEqual(['A', 'B', 'C', 'D']);
	});

	it("reads codes and labels from the highest class down under 'high_first'", () => {
		const high = scheme('centre', 'high_first');
		expect(classOfValue(high, -3)).toEqual({ position: 0, code: 'E', label: 'e' });
		expect(classOfValue(high, 3)).toEqual({ position: 4, code: 'A', label: 'a' });
		expect(classOfValue(high, 1).code).toBe('C');
		expect(schemeClasses(high).map((c) => c.code)).toEqual(['E', 'D', 'C', 'B', 'A']);
	});

	it('refuses values that are not finite', () => {
		expect(() => classOfValue(berlinStatusClasses, Number.NaN)).toThrow();
	});

	it('never puts a larger value into a lower class, and off thresholds all modes agree', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -5, max: 5, noNaN: true }),
				fc.double({ min: -5, max: 5, noNaN: true }),
				fc.constantFrom<ClassScheme['onThreshold']>('centre', 'above', 'below'),
				(a, b, mode) => {
					const s = scheme(mode);
					const [low, high] = a <= b ? [a, b] : [b, a];
					expect(classPosition(s, low)).toBeLessThanOrEqual(classPosition(s, high));
					if (!s.thresholds.includes(a)) {
						expect(classPosition(s, a)).toBe(classPosition(scheme('above'), a));
						expect(classPosition(s, a)).toBe(s.thresholds.filter((t) => t < a).length);
					}
				}
			)
		);
	});

	it('gives the same positions column-wise as value by value, −1 outside the members', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.constantFrom(-1, 0, 1, 1.5, 0.25, -3, 2), fc.boolean())),
				fc.constantFrom<ClassScheme['onThreshold']>('centre', 'above', 'below'),
				(cells, mode) => {
					const s = scheme(mode);
					const values = Float64Array.from(cells, ([v]) => v);
					const member = Uint8Array.from(cells, ([, m]) => (m ? 1 : 0));
					const expected = cells.map(([v, m]) => (m ? classPosition(s, v) : -1));
					expect([...classPositions(s, values, member)]).toEqual(expected);
				}
			)
		);
	});
});
