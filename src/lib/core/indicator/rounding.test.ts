import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIndicatorValue, roundForDisplay } from './rounding';

describe('roundForDisplay', () => {
	it('rounds half away from zero without binary artefacts', () => {
		expect(roundForDisplay(1.005, 2)).toBe(1.01);
		expect(roundForDisplay(2.675, 2)).toBe(2.68);
		expect(roundForDisplay(0.5, 0)).toBe(1);
		expect(roundForDisplay(-0.5, 0)).toBe(-1);
		expect(roundForDisplay(-1.005, 2)).toBe(-1.01);
		expect(roundForDisplay(21.428571, 1)).toBe(21.4);
	});

	it('keeps tiny and huge values sensible', () => {
		expect(roundForDisplay(1e-7, 2)).toBe(0);
		expect(roundForDisplay(1e20, 1)).toBe(1e20);
	});

	it('never moves a value by more than half a unit of the last place', () => {
		fc.assert(
			fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), (v, d) => {
				expect(Math.abs(roundForDisplay(v, d) - v)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9 * Math.abs(v));
			})
		);
	});
});

describe('formatIndicatorValue', () => {
	it('writes German numbers with the indicator’s decimals', () => {
		expect(formatIndicatorValue(1234.56, 1)).toBe('1.234,6');
		expect(formatIndicatorValue(45.2, 2)).toBe('45,20');
		expect(formatIndicatorValue(1234.56, 1, 'en')).toBe('1,234.6');
	});

	it('shows a dash for a value that does not exist', () => {
		expect(formatIndicatorValue(null, 1)).toBe('–');
	});
});
