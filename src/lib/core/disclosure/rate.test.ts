import { describe, expect, it } from 'vitest';
import { hierarchyEquations } from './equations';
import { publishedRate, rateDisclosure } from './rate';
import { defaultDisclosureRules } from './rules';
import { suppressCells } from './suppression';

describe('rateDisclosure', () => {
	it('suppresses a rate whose numerator or denominator is suppressed, primary or secondary', () => {
		expect(rateDisclosure('published', 'published')).toEqual({ status: 'published', because: null });
		expect(rateDisclosure('primary', 'published')).toEqual({ status: 'primary', because: 'numerator' });
		expect(rateDisclosure('published', 'secondary')).toEqual({ status: 'secondary', because: 'denominator' });
		expect(rateDisclosure('secondary', 'primary')).toEqual({ status: 'primary', because: 'numerator' });
		expect(rateDisclosure(null, 'published')).toEqual({ status: 'published', because: null });
	});

	it('hides the rate of a secondary-suppressed numerator, which rate × denominator would reveal', () => {
		// Children in SGB II per area: 2 / 14 / 9 of 40 / 50 / 60 children.
		const nodes = [{ id: 'city', parent: null }, ...['a', 'b', 'c'].map((id) => ({ id, parent: 'city' }))];
		const counts = { city: 25, a: 2, b: 14, c: 9 };
		const status = suppressCells(
			Object.entries(counts).map(([id, value]) => ({ id, value })),
			hierarchyEquations(nodes),
			defaultDisclosureRules
		).status;
		const rateOf = (id: 'a' | 'b' | 'c', den: number) =>
			publishedRate((100 * counts[id]) / den, status.get(id)!, 'published');
		expect(rateOf('a', 40)).toMatchObject({ value: null, status: 'primary' });
		expect(rateOf('b', 50)).toMatchObject({ value: 28, status: 'published' });
		expect(rateOf('c', 60)).toMatchObject({ value: null, status: 'secondary', because: 'numerator' });
	});
});
