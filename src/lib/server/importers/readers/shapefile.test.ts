import { describe, expect, it } from 'vitest';
import { checkGeometries } from '../../../core/spatial/geometry-checks';
import type { InputFile } from '../types';
import { readShapefile } from './shapefile';
import { fixture } from './test-files';

const berlin = (name: string, parts = ['shp', 'shx', 'dbf']) =>
	parts.map((ext) => fixture(`berlin/${name}.${ext}`));
const own = (dir: string, parts: string[]) => parts.map((ext) => fixture(`bad/${dir}/planungsraeume.${ext}`));
const text = (name: string, content: string): InputFile => ({
	name,
	bytes: new TextEncoder().encode(content)
});

describe('readShapefile on the Berlin files', () => {
	it('reads 140 Bezirksregion records, Latin-1 detected, "Tiergarten Süd" intact, 2 without attributes', async () => {
		const result = await readShapefile(berlin('bezirksregion'), { crs: 25833 });
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		const { features, crs, crsSource, format } = result.value;
		expect([features.length, crs, crsSource]).toEqual([140, 25833, 'option']);
		expect(format).toEqual({ kind: 'shapefile', encoding: 'windows-1252' });
		expect(features[0]!.properties).toEqual({ SCHLUESSEL: '010111', BZR_NAME: 'Tiergarten Süd' });
		// Records 139 and 140 have empty attributes but a small polygon each (about 12 ha).
		const blank = features.filter((f) => f.properties.SCHLUESSEL === null);
		expect(blank.map((f) => [f.index, f.properties.BZR_NAME, f.geometry?.type])).toEqual([
			[139, null, 'Polygon'],
			[140, null, 'Polygon']
		]);
		expect(new Set(features.map((f) => f.properties.SCHLUESSEL).filter(Boolean)).size).toBe(138);
		expect(checkGeometries(features, { file: 'bezirksregion.shp', crs: 25833 })).toEqual([]);
	});

	it('reads 62 Prognoseraum records (60 with codes); the .shx is not needed', async () => {
		const result = await readShapefile(berlin('prognoseraum', ['shp', 'dbf']), { crs: 25833 });
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		expect(result.value.features).toHaveLength(62);
		expect(result.value.features.filter((f) => f.properties.SCHLUESSEL !== null)).toHaveLength(60);
		expect(result.value.features[0]!.properties).toEqual({ SCHLUESSEL: '0101', PRG_NAME: 'Zentrum' });
	});

	it('requires a CRS when there is no .prj', async () => {
		const result = await readShapefile(berlin('bezirksregion'));
		expect(result.ok ? [] : result.problems.map((p) => [p.code, p.message])).toEqual([
			['import.unknown_crs', expect.stringMatching(/\.prj fehlt.*EPSG-Code.*25832/)]
		]);
	});
});

describe('readShapefile parts, encodings and CRS', () => {
	it('takes the CRS from an ESRI .prj, and recognises parts in any case', async () => {
		const parts = own('shapefile-ohne-prj', ['shp', 'dbf']).map((f) => ({
			...f,
			name: f.name.toUpperCase()
		}));
		const prj = fixture('bad/shapefile-ohne-dbf/planungsraeume.prj');
		const result = await readShapefile([...parts, { ...prj, name: 'PLANUNGSRAEUME.PRJ' }]);
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		expect([result.value.crs, result.value.crsSource]).toEqual([25833, 'file']);
		expect(result.value.features.map((f) => f.properties.PLR_NAME)).toEqual([
			'Stülerstraße',
			'Großer Tiergarten',
			'Lützowstraße'
		]);
	});

	it('reports an unrecognised .prj, asking for the EPSG code', async () => {
		const prj = text(
			'planungsraeume.prj',
			'PROJCS["Stadtkoordinaten Musterstadt",GEOGCS["GCS_Bessel_1841"]]'
		);
		const result = await readShapefile([...own('shapefile-ohne-prj', ['shp', 'dbf']), prj]);
		expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['import.unknown_crs']);
		expect(
			(await readShapefile([...own('shapefile-ohne-prj', ['shp', 'dbf']), prj], { crs: 25833 })).ok
		).toBe(true);
	});

	it('follows a .cpg, and an explicit encoding over it', async () => {
		const parts = own('shapefile-ohne-prj', ['shp', 'dbf']);
		const utf8 = await readShapefile([...parts, text('planungsraeume.cpg', 'UTF-8')], { crs: 25833 });
		// The DBF is Latin-1, so a .cpg claiming UTF-8 garbles it: the reader says so.
		expect(utf8.ok ? [] : utf8.problems.map((p) => [p.code, p.row, p.column])).toEqual([
			['import.encoding', 1, 'PLR_NAME']
		]);
		const forced = await readShapefile([...parts, text('planungsraeume.cpg', 'UTF-8')], {
			crs: 25833,
			encoding: 'iso-8859-1'
		});
		expect(forced.ok && forced.value.features[0]!.properties.PLR_NAME).toBe('Stülerstraße');
		const ansi = await readShapefile([...parts, text('planungsraeume.cpg', 'ANSI 1252')], { crs: 25833 });
		expect(ansi.ok && ansi.value.format.encoding).toBe('windows-1252');
	});

	it('decodes Windows-1252 punctuation in DBF text whatever Node’s TextDecoder does', async () => {
		const [shp, dbf] = own('shapefile-ohne-prj', ['shp', 'dbf']);
		const bytes = dbf!.bytes.slice();
		// Header 97 bytes, deletion flag, 8 bytes SCHLUESSEL: the name of record 1 starts at 106.
		bytes.set([0x84, 0x80, 0x93], 106);
		const result = await readShapefile([shp!, { ...dbf!, bytes }], { crs: 25833 });
		expect(result.ok && result.value.features[0]!.properties.PLR_NAME).toBe('„€“lerstraße');
	});

	it('names the missing part', async () => {
		const noDbf = await readShapefile(own('shapefile-ohne-dbf', ['shp', 'shx', 'prj']));
		expect(noDbf.ok ? [] : noDbf.problems.map((p) => [p.code, p.message])).toEqual([
			['import.missing_part', expect.stringMatching(/„planungsraeume\.dbf“.*alle Teile/)]
		]);
		const noShp = await readShapefile(own('shapefile-ohne-prj', ['dbf', 'shx']));
		expect(noShp.ok ? [] : noShp.problems.map((p) => p.message)).toEqual([
			expect.stringMatching(/„planungsraeume\.shp“/)
		]);
	});

	it('rejects broken parts', async () => {
		const dbf = fixture('bad/shapefile-ohne-prj/planungsraeume.dbf');
		const result = await readShapefile([text('planungsraeume.shp', 'kein Shapefile'), dbf], { crs: 25833 });
		expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['import.unreadable']);
	});
});
