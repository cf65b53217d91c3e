import { describe, expect, it } from 'vitest';
import { checkGeometries } from '../../../core/spatial/geometry-checks';
import { readTopoJson } from './topojson';
import { fixture, textFile } from './test-files';

describe('readTopoJson', () => {
	it('reads the 12 Berlin Bezirke in WGS 84 (they carry neither ids nor properties)', () => {
		const result = readTopoJson(fixture('berlin/bezirk.topojson'));
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		const { features, crs, crsSource } = result.value;
		expect([features.length, crs, crsSource]).toEqual([12, 4326, 'default']);
		expect(
			features.every((f) => f.geometry?.type === 'Polygon' && Object.keys(f.properties).length === 0)
		).toBe(true);
		expect(checkGeometries(features, { file: 'bezirk.topojson', crs: 4326 })).toEqual([]);
	});

	it('resolves quantized, shared arcs into closed rings with ids and properties', () => {
		const result = readTopoJson(fixture('good/bezirke.topojson'));
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		const [mitte, fk] = result.value.features;
		expect(mitte).toMatchObject({ index: 1, id: '01', properties: { code: '01', name: 'Mitte' } });
		expect(fk!.properties.name).toBe('Friedrichshain-Kreuzberg');
		const ring = (fk!.geometry!.coordinates as number[][][])[0]!;
		expect(ring[0]).toEqual(ring.at(-1));
		expect(ring.map(([x, y]) => [Number(x!.toFixed(4)), Number(y!.toFixed(4))])).toContainEqual([
			13.45, 52.55
		]);
	});

	it('asks which object to read when there are several, and names them', () => {
		const several = readTopoJson(fixture('bad/topojson-mehrere-objekte.topojson'));
		expect(several.ok ? [] : several.problems.map((p) => [p.code, p.message])).toEqual([
			['import.unknown_object', expect.stringContaining('„bezirke“, „grenze“')]
		]);
		const chosen = readTopoJson(fixture('bad/topojson-mehrere-objekte.topojson'), {
			object: 'bezirke',
			crs: 4258
		});
		expect(chosen.ok && [chosen.value.features.length, chosen.value.crs, chosen.value.crsSource]).toEqual([
			2,
			4258,
			'option'
		]);
		const unknown = readTopoJson(fixture('good/bezirke.topojson'), { object: 'ortsteile' });
		expect(unknown.ok ? [] : unknown.problems.map((p) => p.code)).toEqual(['import.unknown_object']);
	});

	it('rejects what is not a topology', () => {
		for (const text of [
			'{"type": "FeatureCollection", "features": []}',
			'{"type": "Topology"}',
			'{"type": "Topology", "objects": {}, "arcs": []}'
		]) {
			const result = readTopoJson(textFile('a.topojson', text));
			expect(result.ok, text).toBe(false);
		}
		const broken = '{"type":"Topology","objects":{"a":{"type":"Polygon","arcs":[[7]]}},"arcs":[]}';
		const result = readTopoJson(textFile('a.topojson', broken));
		expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['import.unreadable']);
	});
});
