import { describe, expect, it } from 'vitest';
import { groupBy } from './group-by';

describe('grouping', () => {
	it('keeps the order of first appearance and of the items', () => {
		expect(groupBy(['Bildung:a', 'Jugend:b', 'Bildung:c'], (s) => s.split(':')[0]!)).toEqual([
			['Bildung', ['Bildung:a', 'Bildung:c']],
			['Jugend', ['Jugend:b']]
		]);
		expect(groupBy([], () => 'x')).toEqual([]);
	});
});
