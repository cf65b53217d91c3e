import { describe, expect, it } from 'vitest';
import type { Geometry, Position } from 'geojson';
import { labelPoint } from './label-points';

/** Even-odd point-in-polygon test, written independently of the scanline in label-points. */
function inside(point: [number, number], rings: Position[][]): boolean {
	let hits = 0;
	for (const ring of rings)
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i] as [number, number];
			const [xj, yj] = ring[j] as [number, number];
			if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi)
				hits++;
		}
	return hits % 2 === 1;
}

const square: Position[] = [
	[0, 0],
	[4, 0],
	[4, 4],
	[0, 4],
	[0, 0]
];

describe('labelPoint', () => {
	it('puts the label of a square in its centre', () => {
		expect(labelPoint({ type: 'Polygon', coordinates: [square] })?.point).toEqual([2, 2]);
	});
	it('keeps the label inside a U-shaped unit whose box centre lies outside', () => {
		// a U open to the top: the box centre (3, 3) lies in the gap
		const u: Position[] = [
			[0, 0],
			[6, 0],
			[6, 6],
			[4, 6],
			[4, 2],
			[2, 2],
			[2, 6],
			[0, 6],
			[0, 0]
		];
		const result = labelPoint({ type: 'Polygon', coordinates: [u] });
		expect(result).not.toBeNull();
		expect(inside(result!.point, [u])).toBe(true);
		expect(result!.point[1]).toBeLessThan(2); // on the wide bottom bar
	});
	it('avoids a hole in the middle', () => {
		const hole: Position[] = [
			[1, 1],
			[3, 1],
			[3, 3],
			[1, 3],
			[1, 1]
		];
		const result = labelPoint({ type: 'Polygon', coordinates: [square, hole] })!;
		expect(inside(result.point, [square, hole])).toBe(true);
	});
	it('labels the largest polygon of a multipolygon and reports its size', () => {
		const small: Position[] = [
			[10, 10],
			[11, 10],
			[11, 11],
			[10, 11],
			[10, 10]
		];
		const geometry: Geometry = { type: 'MultiPolygon', coordinates: [[small], [square]] };
		const result = labelPoint(geometry)!;
		expect(result.point).toEqual([2, 2]);
		expect(result.size).toBe(16);
	});
	it('has no label point for points, lines or no geometry', () => {
		expect(labelPoint({ type: 'Point', coordinates: [1, 2] })).toBeNull();
		expect(labelPoint(null)).toBeNull();
	});
});
