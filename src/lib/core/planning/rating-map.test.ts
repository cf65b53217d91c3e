import { describe, expect, it } from 'vitest';
import { classOf } from '../monitoring/classification';
import { ratingAt, ratingBreaks, ratingColours, ratingLegend, ratingMapValues } from './rating-map';

describe('a goal map coloured by rating', () => {
	const units = [
		{ code: 'a', name: 'A', rating: 'reached' as const },
		{ code: 'b', name: 'B', rating: 'off_track' as const },
		{ code: 'c', name: 'C', rating: 'no_data' as const },
		{ code: 'd', name: 'D', rating: 'at_risk' as const },
		{ code: 'e', name: 'E', rating: 'reached' as const }
	];

	it('puts each rating in its own class of the map, without data hatched', () => {
		const values = ratingMapValues(units);
		const classes = values.map((v) => (v.value === null ? null : classOf(ratingBreaks, v.value)));
		// off_track 0, at_risk 1, on_track 2, reached 3: the map's class index is the position.
		expect(classes).toEqual([3, 0, null, 1, 3]);
		expect(values.find((v) => v.code === 'c')!.status).toBe('missing');
		expect(values.map((v) => (v.value === null ? null : ratingAt(v.value)))).toEqual([
			'reached',
			'off_track',
			null,
			'at_risk',
			'reached'
		]);
	});

	it('has four distinct colours and a legend from best to worst that counts every unit once', () => {
		expect(new Set(ratingColours).size).toBe(4);
		const legend = ratingLegend(units);
		expect(legend.map((l) => [l.rating, l.count])).toEqual([
			['reached', 2],
			['on_track', 0],
			['at_risk', 1],
			['off_track', 1],
			['no_data', 1]
		]);
		expect(legend.reduce((sum, l) => sum + l.count, 0)).toBe(units.length);
		expect(legend[0]!.colour).toBe(ratingColours[3]);
		expect(legend.at(-1)!.colour).toBeNull();
	});
});
