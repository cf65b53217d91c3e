import { describe, expect, it } from 'vitest';
import { geojsonBounds } from './geojson-bounds';
import { variableCodes } from './variable-codes';

describe('geojsonBounds', () => {
	it('spans every coordinate of polygons and multipolygons', () => {
		const collection = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					geometry: {
						type: 'Polygon',
						coordinates: [
							[
								[13, 52],
								[13.5, 52],
								[13.5, 52.6],
								[13, 52]
							]
						]
					}
				},
				{ type: 'Feature', geometry: null },
				{
					type: 'Feature',
					geometry: {
						type: 'MultiPolygon',
						coordinates: [
							[
								[
									[12.9, 52.3],
									[13.1, 52.7],
									[13, 52.3]
								]
							]
						]
					}
				}
			]
		};
		expect(geojsonBounds(collection)).toEqual([12.9, 52, 13.5, 52.7]);
	});

	it('is null without coordinates', () => {
		expect(geojsonBounds({ type: 'FeatureCollection', features: [] })).toBeNull();
		expect(geojsonBounds(null)).toBeNull();
	});
});

describe('variableCodes', () => {
	it('accepts one code, a list, or nothing', () => {
		expect(variableCodes('einwohner')).toEqual(['einwohner']);
		expect(variableCodes(['a', 'b'])).toEqual(['a', 'b']);
		expect(variableCodes(null)).toEqual([]);
	});
});
