import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classColours, contrastRatio, luminance, parseColour, textOn, type Polarity } from './palette';

const breaksOf = (classes: number) => Array.from({ length: classes + 1 }, (_, i) => i * 10);
const isDecreasing = (xs: number[]) => xs.every((x, i) => i === 0 || x < xs[i - 1]!);
const isIncreasing = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);
const redder = (colour: string) => {
	const [r, , b] = parseColour(colour);
	return r > b;
};

describe('classColours: sequential', () => {
	it.each([3, 4, 5, 6, 7, 8, 9])('gives one colour per class (%i classes)', (classes) => {
		for (const polarity of ['higher_better', 'higher_worse', 'neutral'] as const)
			expect(classColours(breaksOf(classes), { kind: 'sequential', polarity })).toHaveLength(classes);
	});
	it('higher worse: darker for higher values', () => {
		const colours = classColours(breaksOf(5), { kind: 'sequential', polarity: 'higher_worse' });
		expect(isDecreasing(colours.map(luminance))).toBe(true);
		expect(colours).toEqual(['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000']); // ColorBrewer OrRd 5
	});
	it('higher better: darker for lower values (the worse ones)', () => {
		const colours = classColours(breaksOf(5), { kind: 'sequential', polarity: 'higher_better' });
		expect(isIncreasing(colours.map(luminance))).toBe(true);
	});
	it('neutral: a scheme without judgement (blues), darker for higher values', () => {
		const colours = classColours(breaksOf(4), { kind: 'sequential', polarity: 'neutral' });
		expect(colours).toEqual(['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5']); // ColorBrewer Blues 4
	});
	it('handles one or two classes (merged quantiles) and no classes', () => {
		expect(classColours([1, 1], { kind: 'sequential', polarity: 'neutral' })).toHaveLength(1);
		const two = classColours([0, 0, 5], { kind: 'sequential', polarity: 'higher_worse' });
		expect(two).toHaveLength(2);
		expect(luminance(two[0]!)).toBeGreaterThan(luminance(two[1]!));
		expect(classColours([], { kind: 'sequential', polarity: 'neutral' })).toEqual([]);
	});
	it('falls back to sequential when a diverging map has no city value', () => {
		const breaks = breaksOf(5);
		expect(classColours(breaks, { kind: 'diverging', polarity: 'higher_worse', centre: null })).toEqual(
			classColours(breaks, { kind: 'sequential', polarity: 'higher_worse' })
		);
	});
});

describe('classColours: diverging around the city value', () => {
	const breaks = [0, 10, 20, 30, 40, 50]; // five classes

	it('gives the class containing the centre the neutral light colour', () => {
		const colours = classColours(breaks, { kind: 'diverging', polarity: 'higher_worse', centre: 25 });
		expect(colours[2]).toBe('#f7f7f7'); // middle of RdBu
		expect(colours).toEqual(['#0571b0', '#92c5de', '#f7f7f7', '#f4a582', '#ca0020']); // RdBu 5, reversed
	});
	it('higher worse: the classes above the centre are red, below blue', () => {
		const colours = classColours(breaks, { kind: 'diverging', polarity: 'higher_worse', centre: 15 });
		expect(colours[1]).toBe('#f7f7f7');
		expect(redder(colours[0]!)).toBe(false);
		expect(colours.slice(2).every(redder)).toBe(true);
	});
	it('higher better: the classes below the centre are red (worse), above blue', () => {
		const colours = classColours(breaks, { kind: 'diverging', polarity: 'higher_better', centre: 15 });
		expect(redder(colours[0]!)).toBe(true);
		expect(colours.slice(2).some(redder)).toBe(false);
	});
	it('intensity grows with the distance from the centre, equally on both sides', () => {
		const colours = classColours(breaks, { kind: 'diverging', polarity: 'higher_worse', centre: 15 });
		// centre in class 1, three steps reach to class 4: RdBu with 7 colours, class 0 and class 2
		// are both one step away and get the first step on their side (blue below, red above)
		expect(colours).toEqual(['#d1e5f0', '#f7f7f7', '#fddbc7', '#ef8a62', '#b2182b']);
		expect(isDecreasing(colours.slice(1).map(luminance))).toBe(true);
	});
	it('neutral polarity uses brown/teal (BrBG), with its own neutral middle', () => {
		const colours = classColours(breaks, { kind: 'diverging', polarity: 'neutral', centre: 25 });
		expect(colours[2]).toBe('#f5f5f5');
		expect(colours).toEqual(['#a6611a', '#dfc27d', '#f5f5f5', '#80cdc1', '#018571']); // BrBG 5
	});
	it('a centre exactly on a limit belongs to no class: no neutral colour, both sides start light', () => {
		const colours = classColours([0, 10, 20, 30, 40], {
			kind: 'diverging',
			polarity: 'higher_worse',
			centre: 20
		});
		expect(colours).not.toContain('#f7f7f7');
		expect(colours.slice(0, 2).some(redder)).toBe(false);
		expect(colours.slice(2).every(redder)).toBe(true);
		expect(luminance(colours[1]!)).toBeCloseTo(luminance(colours[2]!), 1);
	});
	it('a centre below all values colours every class as above it', () => {
		const colours = classColours(breaks, { kind: 'diverging', polarity: 'higher_worse', centre: -5 });
		expect(colours.every(redder)).toBe(true);
		expect(isDecreasing(colours.map(luminance))).toBe(true);
	});
	it('the minimum and the maximum belong to the first and the last class', () => {
		expect(classColours(breaks, { kind: 'diverging', polarity: 'neutral', centre: 0 })[0]).toBe('#f5f5f5');
		expect(classColours(breaks, { kind: 'diverging', polarity: 'neutral', centre: 50 })[4]).toBe('#f5f5f5');
	});
	it('one colour per class for every centre and class count, the centre class neutral', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 9 }),
				fc.double({ min: -20, max: 120, noNaN: true }),
				fc.constantFrom<Polarity>('higher_better', 'higher_worse', 'neutral'),
				(classes, centre, polarity) => {
					const b = breaksOf(classes);
					const colours = classColours(b, { kind: 'diverging', polarity, centre });
					expect(colours).toHaveLength(classes);
					colours.forEach((c) => expect(() => parseColour(c)).not.toThrow());
					const onLimit = b.slice(1, -1).includes(centre);
					const neutral = polarity === 'neutral' ? '#f5f5f5' : '#f7f7f7';
					if (!onLimit && centre >= 0 && centre <= classes * 10) {
						const inside = Math.max(0, Math.ceil(centre / 10) - 1);
						expect(colours[inside]).toBe(neutral);
					}
				}
			)
		);
	});
});

describe('textOn', () => {
	it('chooses black on light fills and white on dark fills', () => {
		expect(textOn('#f7f7f7')).toBe('#000000');
		expect(textOn('#fef0d9')).toBe('#000000');
		expect(textOn('#b30000')).toBe('#ffffff');
		expect(textOn('#08306b')).toBe('#ffffff');
		expect(textOn('rgb(5, 48, 97)')).toBe('#ffffff');
		expect(textOn('#fff')).toBe('#000000');
	});
	it('always reaches at least 4.5:1 (WCAG AA) on every palette colour', () => {
		for (const polarity of ['higher_better', 'higher_worse', 'neutral'] as const)
			for (let classes = 1; classes <= 9; classes++)
				for (const colour of [
					...classColours(breaksOf(classes), { kind: 'sequential', polarity }),
					...classColours(breaksOf(classes), { kind: 'diverging', polarity, centre: 15 })
				])
					expect(contrastRatio(colour, textOn(colour))).toBeGreaterThanOrEqual(4.5);
	});
	it('computes the WCAG contrast of black on white as 21', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
	});
});
