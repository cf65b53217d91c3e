import { describe, expect, it } from 'vitest';
import { checkGeometries, type CheckedFeature } from './geometry-checks';

const utmSquare = (x: number) => [
	[
		[x, 5818000],
		[x, 5819000],
		[x + 1000, 5819000],
		[x + 1000, 5818000],
		[x, 5818000]
	]
];
const polygon = (x: number) => ({ type: 'Polygon', coordinates: utmSquare(x) });
const features = (...geometries: CheckedFeature['geometry'][]) =>
	geometries.map((geometry, i) => ({ index: i + 1, geometry }));
const check = (list: CheckedFeature[], crs = 25833, expect?: 'area' | 'point' | 'any') =>
	checkGeometries(list, { file: 'f.geojson', crs, ...(expect ? { expect } : {}) }).map((p) => [
		p.code,
		p.row,
		p.severity
	]);

describe('checkGeometries', () => {
	it('accepts good polygons and multipolygons', () => {
		const multi = { type: 'MultiPolygon', coordinates: [utmSquare(387000), utmSquare(389000)] };
		expect(check(features(polygon(386000), multi))).toEqual([]);
	});

	it('reports missing and empty geometries', () => {
		const list = features(
			polygon(386000),
			null,
			{ type: 'Polygon', coordinates: [] },
			{ type: 'MultiPolygon', coordinates: [[[]]] },
			{ type: 'Point', coordinates: [] },
			{ type: 'GeometryCollection', geometries: [] },
			{ type: 'Polygon' }
		);
		const result = checkGeometries(list, { file: 'f', crs: 25833, expect: 'any' });
		expect(result.filter((p) => p.code === 'import.empty_geometry').map((p) => p.row)).toEqual([
			2, 3, 4, 5, 6, 7
		]);
		expect(
			check(
				features(polygon(386000), null).map((f) => f),
				25833
			)
		).toEqual([['import.empty_geometry', 2, 'error']]);
		const lenient = checkGeometries(features(null), { file: 'f', crs: 25833, missingGeometry: 'ignore' });
		expect(lenient).toEqual([]);
	});

	it('reports a point among polygons per feature, a file of points once', () => {
		const point = { type: 'Point', coordinates: [386500, 5818500] };
		expect(check(features(polygon(386000), polygon(387000), point))).toEqual([
			['import.mixed_geometry', 3, 'error']
		]);
		const points = check(features(point, point));
		expect(points).toEqual([['import.geometry_type', null, 'error']]);
		expect(check(features(point, point), 25833, 'point')).toEqual([]);
		expect(check(features(point, point, polygon(386000)), 25833, 'any')).toEqual([
			['import.mixed_geometry', 3, 'error']
		]);
	});

	it('reports broken structures PostGIS could not read', () => {
		const shortRing = {
			type: 'Polygon',
			coordinates: [
				[
					[386000, 5818000],
					[386000, 5819000],
					[386000, 5818000]
				]
			]
		};
		const text = {
			type: 'Polygon',
			coordinates: [
				[
					['a', 'b'],
					[1, 2],
					[3, 4],
					['a', 'b']
				]
			]
		};
		const flat = { type: 'Polygon', coordinates: [386000, 5818000] };
		const unknown = { type: 'Circle', coordinates: [0, 0] };
		expect(check(features(shortRing, text, flat, unknown))).toEqual([
			['import.invalid_geometry', 1, 'error'],
			['import.invalid_geometry', 2, 'error'],
			['import.invalid_geometry', 3, 'error'],
			['import.invalid_geometry', 4, 'error']
		]);
	});

	it('finds UTM numbers in a lon/lat file, once for the whole file', () => {
		expect(check(features(polygon(386000), polygon(387000)), 4326)).toEqual([
			['import.crs_mismatch', null, 'error']
		]);
	});

	it('finds lon/lat in a UTM file, swapped axes, and single stray features', () => {
		const lonlat = {
			type: 'Polygon',
			coordinates: [
				[
					[13.35, 52.5],
					[13.35, 52.51],
					[13.36, 52.51],
					[13.35, 52.5]
				]
			]
		};
		expect(check(features(lonlat, lonlat))).toEqual([['import.crs_mismatch', null, 'error']]);
		const swapped = { type: 'Polygon', coordinates: [utmSquare(386000)[0]!.map(([x, y]) => [y, x])] };
		const result = checkGeometries(features(polygon(386000), swapped, polygon(388000)), {
			file: 'f',
			crs: 25832
		});
		expect(result.map((p) => [p.code, p.row])).toEqual([['import.crs_mismatch', 2]]);
		expect(result[0]!.message).toMatch(/vertauschtem Rechts- und Hochwert/);
	});

	it('checks every feature but only a sample of each one’s vertices', () => {
		const ring = Array.from({ length: 10_001 }, (_, i) => [
			386000 + (i % 1000),
			5818000 + Math.floor(i / 1000)
		]);
		ring[ring.length - 1] = ring[0]!;
		// A wrong vertex between the sampled ones goes unnoticed; that is the price of speed.
		ring[5001] = [13.4, 52.5];
		const big = { type: 'Polygon', coordinates: [ring] };
		expect(check(features(big, polygon(390000)))).toEqual([]);
		// Each feature is looked at: a wrong small one after a big good one is found.
		const wrong = {
			type: 'Polygon',
			coordinates: [
				[
					[13.3, 52.5],
					[13.3, 52.6],
					[13.4, 52.6],
					[13.3, 52.5]
				]
			]
		};
		expect(check(features(big, wrong))).toEqual([['import.crs_mismatch', 2, 'error']]);
	});

	it('checks ranges of the other German CRS and skips unknown ones', () => {
		const gk = {
			type: 'Polygon',
			coordinates: [
				[
					[4595000, 5821000],
					[4595000, 5822000],
					[4596000, 5822000],
					[4595000, 5821000]
				]
			]
		};
		expect(check(features(gk), 31468)).toEqual([]);
		expect(check(features(gk), 31467)).toEqual([['import.crs_mismatch', 1, 'error']]);
		expect(check(features(gk), 2154)).toEqual([]);
		const laea = {
			type: 'Polygon',
			coordinates: [
				[
					[4552000, 3272000],
					[4552000, 3273000],
					[4553000, 3273000],
					[4552000, 3272000]
				]
			]
		};
		expect(check(features(laea), 3035)).toEqual([]);
		expect(check(features(polygon(386000)), 3857)).toEqual([]);
	});
});
