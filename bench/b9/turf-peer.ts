/**
 * B9's peer: turf.js booleanPointInPolygon behind a flatbush index of the polygons' bounding boxes,
 * the way KomMonitor's processing engine assigns points to areas, in Node on the same points and
 * polygons. Boundary counts as inside (turf's default); ties go to the smallest id (= code).
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import Flatbush from 'flatbush';
import type { Points, Unit } from './data';

export interface TurfIndex {
	index: Flatbush;
	units: readonly Unit[];
}

/** The flatbush index is built once per run, inside the timed step. */
export function buildIndex(units: readonly Unit[]): TurfIndex {
	const index = new Flatbush(units.length);
	for (const u of units) {
		let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
		for (const polygon of u.geometry.coordinates)
			for (const [x, y] of polygon[0]!) {
				minX = Math.min(minX, x!);
				minY = Math.min(minY, y!);
				maxX = Math.max(maxX, x!);
				maxY = Math.max(maxY, y!);
			}
		index.add(minX, minY, maxX, maxY);
	}
	index.finish();
	return { index, units };
}

/** Unit id per point, −1 outside every unit. */
export function assignWithTurf(units: readonly Unit[], points: Points): Int32Array {
	const { index } = buildIndex(units);
	const result = new Int32Array(points.x.length);
	const point: [number, number] = [0, 0];
	for (let i = 0; i < points.x.length; i++) {
		point[0] = points.x[i]!;
		point[1] = points.y[i]!;
		let best = -1;
		for (const candidate of index.search(point[0], point[1], point[0], point[1]))
			if ((best < 0 || candidate < best) && booleanPointInPolygon(point, units[candidate]!.geometry))
				best = candidate;
		result[i] = best;
	}
	return result;
}
