import { describe, expect, it } from 'vitest';
import { valuesGeoJson, type UnitFeatures } from './values-geojson';
import { sample } from './test-values';

const square = {
	type: 'Polygon',
	coordinates: [
		[
			[13, 52],
			[13.1, 52],
			[13.1, 52.1],
			[13, 52]
		]
	]
};

const units: UnitFeatures = {
	type: 'FeatureCollection',
	features: ['01', '02', '03', '04'].map((code) => ({
		type: 'Feature',
		id: code,
		properties: { code, name: `Einheit ${code}`, parentCode: null },
		geometry: code === '04' ? null : square
	}))
};

describe('valuesGeoJson', () => {
	it('gives every unit of the layer one feature with its shape and the values as flat properties', () => {
		const collection = valuesGeoJson(units, sample);
		expect(collection.features).toHaveLength(4);
		expect(collection.features.map((f) => f.id)).toEqual(['01', '02', '03', '04']);
		expect(collection.features[0]).toEqual({
			type: 'Feature',
			id: '01',
			properties: {
				code: '01',
				name: 'Einheit 01',
				parentCode: null,
				indicator: 'anteil_u1',
				indicatorName: 'Anteil unter 1 Jahr',
				date: '2016-12-31',
				value: 1.05,
				unitLabel: '%',
				status: 'ok',
				coverage: 1,
				covered: 41,
				total: 41,
				numerator: 3899,
				denominator: 371407,
				note: ''
			},
			geometry: square
		});
	});

	it('keeps units without a value (null, missing) and values unrounded on request', () => {
		const collection = valuesGeoJson(units, sample, { rounded: false });
		expect(collection.features[0]!.properties.value).toBeCloseTo((3899 / 371407) * 100, 12);
		expect(collection.features[2]!.properties).toMatchObject({ value: null, status: 'missing' });
		expect(collection.features[3]!.properties).toMatchObject({ value: null, status: 'missing', total: 0 });
		expect(collection.features[3]!.geometry).toBeNull();
	});

	it('writes the reason beside a missing value, as the CSV does', () => {
		const reason = { code: 'no_weight' as const, short: 'kein Gewicht', text: 'Nicht zusammenfassbar.' };
		const collection = valuesGeoJson(units, { ...sample, notice: { estimate: null, unavailable: reason } });
		expect(collection.features.map((f) => f.properties.note)).toEqual([
			'',
			'',
			'Nicht zusammenfassbar.',
			'Nicht zusammenfassbar.'
		]);
	});

	it('survives a JSON round trip as valid GeoJSON', () => {
		const parsed = JSON.parse(JSON.stringify(valuesGeoJson(units, sample)));
		expect(parsed.type).toBe('FeatureCollection');
		for (const f of parsed.features) expect(f.type).toBe('Feature');
	});
});
