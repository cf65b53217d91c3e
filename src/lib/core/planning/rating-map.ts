import { schemeRdBu } from 'd3-scale-chromatic';
import { positionBreaks } from '../index/view';
import type { Rating } from './goal-check';

/**
 * A goal's units on a map, coloured by their rating: one class per rating from worst to best, in
 * ColorBrewer's RdBu (colour-blind safe, the monitoring's "red worse, blue better"), units without
 * data hatched as on every map. The legend and the table name each rating in words, so that the
 * colour is never the only carrier.
 */
export const mappedRatings = [
	'off_track',
	'at_risk',
	'on_track',
	'reached'
] as const satisfies readonly Rating[];

/** One colour per mapped rating, in the order of `mappedRatings`. */
export const ratingColours: readonly string[] = [...schemeRdBu[4]!];

/** Class limits for the positions 0..3 (the map's classOf gives each position its class). */
export const ratingBreaks: readonly number[] = positionBreaks(mappedRatings.length);

/** The map value of each unit: its rating's position, or none (hatched) without data. */
export function ratingMapValues(units: readonly { code: string; name: string; rating: Rating }[]) {
	return units.map((u) => {
		const position = (mappedRatings as readonly string[]).indexOf(u.rating);
		return {
			code: u.code,
			name: u.name,
			value: position >= 0 ? position : null,
			status: position >= 0 ? ('ok' as const) : ('missing' as const),
			rank: null
		};
	});
}

/** The rating at a map position, for the map's tooltip. */
export const ratingAt = (position: number): Rating => mappedRatings[Math.round(position)] ?? 'no_data';

/** The legend: every rating from best to worst, then no data, with its colour and its number of units. */
export function ratingLegend(units: readonly { rating: Rating }[]) {
	const count = (rating: Rating) => units.filter((u) => u.rating === rating).length;
	return [
		...[...mappedRatings].reverse().map((rating) => ({
			rating: rating as Rating,
			colour: ratingColours[mappedRatings.indexOf(rating)]!,
			count: count(rating)
		})),
		{ rating: 'no_data' as Rating, colour: null, count: count('no_data') }
	];
}
