import { describe, expect, it } from 'vitest';
import { farOutsideWarnings, nearArea } from './far-outside';
import { inGermany, looksSwapped, swappedCoordinateProblems } from './germany';

/** A small square around (lon, lat), as GeoJSON positions [x, y]. */
function square(x: number, y: number, d = 0.01) {
	return {
		type: 'Polygon',
		coordinates: [
			[
				[x, y],
				[x + d, y],
				[x + d, y + d],
				[x, y + d],
				[x, y]
			]
		]
	};
}

describe('latitude and longitude swapped', () => {
	it('knows Berlin and Berlin swapped (the Arabian Sea)', () => {
		expect(inGermany(13.4, 52.5)).toBe(true);
		expect(looksSwapped(13.4, 52.5)).toBe(false);
		expect(looksSwapped(52.5, 13.4)).toBe(true);
		// New York is outside Germany either way: not "swapped".
		expect(looksSwapped(-74, 40.7)).toBe(false);
	});

	it('reports each swapped feature of a degree file, with a German hint', () => {
		const problems = swappedCoordinateProblems(
			[
				{ index: 1, geometry: square(13.4, 52.5) },
				{ index: 2, geometry: square(52.5, 13.4) },
				{ index: 3, geometry: null }
			],
			{ file: 'bezirke.geojson', crs: 4326 }
		);
		expect(problems.map((p) => [p.code, p.severity, p.row])).toEqual([
			['import.swapped_coordinates', 'error', 2]
		]);
		expect(problems[0]!.message).toMatch(/Objekt 2: Breite und Länge vertauscht\?.*Bitte/);
	});

	it('says it once when the whole file is swapped', () => {
		const problems = swappedCoordinateProblems(
			[
				{ index: 1, geometry: square(52.5, 13.4) },
				{ index: 2, geometry: square(52.4, 13.2) }
			],
			{ file: 'bezirke.geojson', crs: 4326 }
		);
		expect(problems.map((p) => [p.code, p.row])).toEqual([['import.swapped_coordinates', null]]);
		expect(problems[0]!.message).toContain('in allen 2 Objekten');
	});

	it('does not judge projected coordinates (their CRS check does)', () => {
		expect(
			swappedCoordinateProblems([{ index: 1, geometry: square(52.5, 13.4) }], { file: 'f', crs: 25833 })
		).toEqual([]);
	});
});

describe('geometry far outside the tenant’s area', () => {
	const berlin = { xmin: 13.09, ymin: 52.34, xmax: 13.76, ymax: 52.68 };
	const box = (x: number, y: number) => ({ xmin: x, ymin: y, xmax: x + 0.01, ymax: y + 0.01 });

	it('grows the area by half its size, at least about 10 km', () => {
		const near = (b: { xmin: number; ymin: number; xmax: number; ymax: number }) =>
			[b.xmin, b.ymin, b.xmax, b.ymax].map((v) => Math.round(v * 1000) / 1000);
		expect(near(nearArea(berlin))).toEqual([12.755, 52.17, 14.095, 52.85]);
		expect(near(nearArea({ xmin: 10, ymin: 50, xmax: 10.01, ymax: 50.01 }))).toEqual([
			9.85, 49.9, 10.16, 50.11
		]);
	});

	it('warns about a unit in Munich for a Berlin tenant, not about Potsdam next door', () => {
		const warnings = farOutsideWarnings(
			[
				{ row: 1, code: 'P', box: box(13.06, 52.39) },
				{ row: 2, code: 'M', box: box(11.575, 48.135) }
			],
			berlin,
			'gebiete.geojson'
		);
		expect(warnings.map((w) => [w.code, w.severity, w.row])).toEqual([['import.far_outside', 'warning', 2]]);
		expect(warnings[0]!.message).toContain('Objekt 2 („M“) liegt bei 48,14° N, 11,58° O');
	});

	it('compares with Germany while the tenant has no geometry, once for a file entirely elsewhere', () => {
		const warnings = farOutsideWarnings(
			[
				{ row: 1, code: 'A', box: box(52.5, 13.4) },
				{ row: 2, code: 'B', box: box(52.6, 13.5) }
			],
			null,
			'gebiete.geojson'
		);
		expect(warnings.map((w) => [w.code, w.row])).toEqual([['import.far_outside', null]]);
		expect(warnings[0]!.message).toContain('außerhalb Deutschlands');
		expect(farOutsideWarnings([{ row: 1, code: 'A', box: box(13.4, 52.5) }], null, 'f')).toEqual([]);
	});
});
