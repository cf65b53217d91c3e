import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { InputFile } from '../types';
import { readGeodata } from './geodata';
import { fixture } from './test-files';
import { unzipFile } from './zip';

const berlinParts = (name: string) => ['shp', 'shx', 'dbf'].map((ext) => fixture(`berlin/${name}.${ext}`));

function zip(name: string, files: readonly InputFile[]): InputFile {
	return { name, bytes: zipSync(Object.fromEntries(files.map((f) => [f.name, f.bytes]))) };
}

describe('readGeodata', () => {
	it('reads GeoJSON, TopoJSON (also as .json) and Shapefile parts given directly', async () => {
		const geojson = await readGeodata([fixture('good/planungsraeume-25833.geojson')]);
		expect(geojson.ok && [geojson.value.format.kind, geojson.value.features.length]).toEqual(['geojson', 3]);
		const topo = fixture('good/bezirke.topojson');
		const asJson = await readGeodata([{ name: 'bezirke.json', bytes: topo.bytes }]);
		expect(asJson.ok && asJson.value.format.kind).toBe('topojson');
		const shapefile = await readGeodata(berlinParts('prognoseraum'), { crs: 25833 });
		expect(shapefile.ok && [shapefile.value.format.kind, shapefile.value.features.length]).toEqual([
			'shapefile',
			62
		]);
	});

	it('reads a zipped Shapefile from a subfolder, ignoring __MACOSX and dotfiles', async () => {
		const result = await readGeodata([fixture('good/planungsraeume-shapefile.zip')]);
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		expect(result.warnings).toEqual([]);
		expect(result.value.file).toBe('planungsraeume-shapefile.zip/Planungsräume/planungsraeume.shp');
		expect([result.value.crs, result.value.features.length]).toEqual([25833, 3]);
	});

	it('reads the zipped Berlin Bezirksregionen with the Latin-1 names intact', async () => {
		const result = await readGeodata([zip('bzr.zip', berlinParts('bezirksregion'))], {
			crs: 25833,
			encoding: 'auto'
		});
		expect(result.ok && result.value.features[0]!.properties.BZR_NAME).toBe('Tiergarten Süd');
	});

	it('reads one dataset beside unrelated files, and names what it left out', async () => {
		const extra = { name: 'Lies mich.txt', bytes: new TextEncoder().encode('Quelle: Geoportal Berlin') };
		const result = await readGeodata([zip('mit-text.zip', [fixture('good/bezirke.topojson'), extra])]);
		expect(result.ok && result.warnings.map((w) => [w.code, w.severity])).toEqual([
			['import.zip_contents', 'warning']
		]);
		expect(result.ok && result.warnings[0]!.message).toMatch(/„Lies mich\.txt“/);
	});

	it('rejects a zip of other things, and one with two datasets, saying what was found', async () => {
		const other = await readGeodata([fixture('bad/zip-falscher-inhalt.zip')]);
		expect(other.ok ? '' : other.problems[0]!.message).toMatch(
			/„Erläuterungen\.pdf“, „Anschreiben\.docx“.*GeoJSON.*Shapefile/
		);
		const two = await readGeodata([fixture('bad/zip-zwei-datensaetze.zip')]);
		expect(two.ok ? '' : two.problems[0]!.message).toMatch(
			/2 Datensätze: „planungsraeume\.geojson“, „bezirksregionen\.shp“/
		);
		const csv = await readGeodata([fixture('good/einwohner-kinder-breit.csv')]);
		expect(csv.ok ? [] : csv.problems.map((p) => p.code)).toEqual(['import.zip_contents']);
	});

	it('passes the problems of the dataset through', async () => {
		const result = await readGeodata([fixture('bad/shapefile-zip-ohne-dbf.zip')]);
		expect(result.ok ? [] : result.problems.map((p) => [p.code, p.file])).toEqual([
			['import.missing_part', 'shapefile-zip-ohne-dbf.zip/planungsraeume.shp']
		]);
	});
});

describe('unzipFile', () => {
	it('rejects a broken zip and counts the unpacked size against the limit', () => {
		const broken = unzipFile({ name: 'a.zip', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]) });
		expect(broken.ok ? [] : broken.problems.map((p) => p.code)).toEqual(['import.unreadable']);
		const big = zip('gross.zip', [{ name: 'a.geojson', bytes: new Uint8Array(200_000).fill(32) }]);
		expect(big.bytes.length).toBeLessThan(10_000);
		const result = unzipFile(big, 100_000);
		expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['import.too_large']);
	});
});
