import { describe, expect, it } from 'vitest';
import { checkGeometries } from '../../../core/spatial/geometry-checks';
import { readGeoJson } from './geojson';
import { fixture, textFile } from './test-files';

const square = [
	[
		[0, 0],
		[0, 1],
		[1, 1],
		[0, 0]
	]
];

describe('readGeoJson', () => {
	it('reads the 447 Berlin Planungsräume; the file has no crs member, so 25833 must be given', () => {
		const plain = readGeoJson(fixture('berlin/planungsraum.geojson'));
		if (!plain.ok) throw new Error(JSON.stringify(plain.problems));
		// RFC 7946 default; the coordinates then do not fit, which the geometry checks say.
		expect([plain.value.crs, plain.value.crsSource]).toEqual([4326, 'default']);
		const mismatch = checkGeometries(plain.value.features, { file: 'planungsraum.geojson', crs: 4326 });
		expect(mismatch.map((p) => [p.code, p.row])).toEqual([['import.crs_mismatch', null]]);
		expect(mismatch[0]!.message).toMatch(/UTM/);

		const result = readGeoJson(fixture('berlin/planungsraum.geojson'), { crs: 25833 });
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		const { features, crs, crsSource, format } = result.value;
		expect([crs, crsSource, format.kind]).toEqual([25833, 'option', 'geojson']);
		expect(features).toHaveLength(447);
		expect(features[0]).toMatchObject({
			index: 1,
			properties: { SCHLUESSEL: '01011101' },
			geometry: { type: 'MultiPolygon' }
		});
		expect(new Set(features.map((f) => f.properties.SCHLUESSEL)).size).toBe(447);
		expect(checkGeometries(features, { file: 'planungsraum.geojson', crs: 25833 })).toEqual([]);
	});

	it('takes the CRS from the legacy crs member', () => {
		const result = readGeoJson(fixture('good/planungsraeume-25833.geojson'));
		expect(result.ok && [result.value.crs, result.value.crsSource, result.value.features.length]).toEqual([
			25833,
			'file',
			3
		]);
		expect(result.ok && result.value.features[1]!.properties.PLR_NAME).toBe('Großer Tiergarten');
		for (const name of [
			'EPSG:25832',
			'urn:ogc:def:crs:EPSG::25832',
			'http://www.opengis.net/def/crs/EPSG/0/25832'
		]) {
			const doc = {
				type: 'FeatureCollection',
				crs: { type: 'name', properties: { name } },
				features: [] as unknown[]
			};
			doc.features.push({
				type: 'Feature',
				properties: {},
				geometry: { type: 'Polygon', coordinates: square }
			});
			const read = readGeoJson(textFile('a.geojson', JSON.stringify(doc)));
			expect(read.ok && read.value.crs, name).toBe(25832);
		}
	});

	it('lets an option override the stated CRS, with a warning', () => {
		const result = readGeoJson(fixture('good/planungsraeume-25833.geojson'), { crs: 25832 });
		expect(result.ok && result.value.crs).toBe(25832);
		expect(result.ok && result.warnings.map((w) => [w.code, w.severity])).toEqual([
			['import.crs_mismatch', 'warning']
		]);
	});

	it('reads a single Feature and a bare geometry, keeping ids and flattening properties', () => {
		const feature = {
			type: 'Feature',
			id: 'A1',
			properties: { code: ' 01 ', n: 3, tags: ['x'] },
			geometry: null
		};
		const one = readGeoJson(textFile('a.json', JSON.stringify(feature)));
		expect(one.ok && one.value.features).toEqual([
			{ index: 1, id: 'A1', properties: { code: '01', n: 3, tags: '["x"]' }, geometry: null }
		]);
		const bare = readGeoJson(textFile('a.json', JSON.stringify({ type: 'Polygon', coordinates: square })));
		expect(bare.ok && bare.value.features[0]!.geometry?.type).toBe('Polygon');
	});

	it('reports invalid JSON with line and character', () => {
		const result = readGeoJson(fixture('bad/kaputt.geojson'));
		expect(result.ok ? [] : result.problems.map((p) => [p.code, p.row])).toEqual([['import.unreadable', 6]]);
		expect(result.ok ? '' : result.problems[0]!.message).toMatch(/Zeile 6, Zeichen 1/);
	});

	it('reports a wrong structure, TopoJSON given as GeoJSON, and an unknown crs', () => {
		const codes = (text: string) => {
			const r = readGeoJson(textFile('a.geojson', text));
			return r.ok ? [] : r.problems.map((p) => [p.code, p.row]);
		};
		expect(codes('[1, 2]')).toEqual([['import.unreadable', null]]);
		expect(codes('{"type": "FeatureCollection"}')).toEqual([['import.unreadable', null]]);
		expect(codes('{"type": "FeatureCollection", "features": [{"type": "Feature"}, 5]}')).toEqual([
			['import.unreadable', 2]
		]);
		expect(codes('{"type": "Topology", "objects": {}, "arcs": []}')).toEqual([['import.unreadable', null]]);
		expect(codes('{"type": "FeatureCollection", "features": []}')).toEqual([['import.empty_file', null]]);
		expect(readGeoJson(fixture('bad/unbekanntes-crs.geojson')).ok).toBe(false);
		expect(readGeoJson(fixture('bad/unbekanntes-crs.geojson'), { crs: 25833 }).ok).toBe(true);
	});
});
