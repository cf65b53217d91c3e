import { describe, expect, it } from 'vitest';
import { epsgFromName, epsgFromWkt, guessCrsOf, plausibleRange } from './crs';

const wkt = (projcs: string, extra = '') =>
	`PROJCS["${projcs}",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",${extra || '500000.0'}],UNIT["Meter",1.0]]`;

describe('epsgFromName', () => {
	it('reads the names GeoJSON files use', () => {
		expect(epsgFromName('urn:ogc:def:crs:EPSG::25833')).toBe(25833);
		expect(epsgFromName('urn:ogc:def:crs:EPSG:6.6:4326')).toBe(4326);
		expect(epsgFromName('EPSG:25832')).toBe(25832);
		expect(epsgFromName('http://www.opengis.net/def/crs/EPSG/0/3035')).toBe(3035);
		expect(epsgFromName('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe(4326);
		expect(epsgFromName('urn:ogc:def:crs:OGC::CRS84')).toBe(4326);
		expect(epsgFromName('urn:ogc:def:crs:OGC:1.3:USER:100000')).toBeNull();
	});
});

describe('epsgFromWkt', () => {
	it('recognises ESRI and OGC names of the German CRS', () => {
		expect(epsgFromWkt(wkt('ETRS_1989_UTM_Zone_32N'))).toBe(25832);
		expect(epsgFromWkt(wkt('ETRS89 / UTM zone 33N'))).toBe(25833);
		expect(epsgFromWkt(wkt('ETRS_1989_UTM_Zone_N32'))).toBe(25832);
		expect(epsgFromWkt(wkt('ETRS_1989_UTM_Zone_32N_zE-N', '32500000.0'))).toBe(4647);
		expect(epsgFromWkt(wkt('WGS_1984_UTM_Zone_33N'))).toBe(32633);
		expect(epsgFromWkt(wkt('DHDN_3_Degree_Gauss_Zone_3'))).toBe(31467);
		expect(epsgFromWkt(wkt('DHDN / 3-degree Gauss-Kruger zone 4'))).toBe(31468);
		expect(epsgFromWkt(wkt('Deutsches_Hauptdreiecksnetz_GK2'))).toBe(31466);
		expect(epsgFromWkt(wkt('ETRS_1989_LAEA'))).toBe(3035);
		expect(epsgFromWkt(wkt('WGS_1984_Web_Mercator_Auxiliary_Sphere'))).toBe(3857);
		expect(
			epsgFromWkt('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]]]')
		).toBe(4326);
		expect(epsgFromWkt('GEOGCS["ETRS89",DATUM["European_Terrestrial_Reference_System_1989"]]')).toBe(4258);
	});

	it('prefers an explicit EPSG authority of the outermost object', () => {
		const ogc = `PROJCS["irgendwas",GEOGCS["ETRS89",AUTHORITY["EPSG","4258"]],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AUTHORITY["EPSG","25832"]]`;
		expect(epsgFromWkt(ogc)).toBe(25832);
		expect(epsgFromWkt('PROJCRS["ETRS89 / UTM zone 33N",BASEGEOGCRS["ETRS89"],ID["EPSG",25833]]')).toBe(
			25833
		);
	});

	it('returns null for what it does not know', () => {
		expect(epsgFromWkt('')).toBeNull();
		expect(epsgFromWkt(wkt('Stadtkoordinaten_Musterstadt'))).toBeNull();
		expect(epsgFromWkt(wkt('UTM_Zone_32N'))).toBeNull();
	});
});

describe('plausibility', () => {
	it('has ranges for the German CRS and none for unknown ones', () => {
		expect(plausibleRange(25833)).toMatchObject({ y: [5_000_000, 6_200_000], projected: true });
		expect(plausibleRange(31468)).toMatchObject({ x: [4_000_000, 5_000_000] });
		expect(plausibleRange(4326)).toMatchObject({ projected: false });
		expect(plausibleRange(2154)).toBeNull();
	});

	it('guesses what coordinates look like', () => {
		expect(guessCrsOf(13.4, 52.5)).toMatch(/Längen-\/Breitengraden/);
		expect(guessCrsOf(52.5, 13.4)).toMatch(/vertauschten/);
		expect(guessCrsOf(387256, 5818552)).toMatch(/UTM/);
		expect(guessCrsOf(5818552, 387256)).toMatch(/vertauschtem/);
		expect(guessCrsOf(4595000, 5821000)).toMatch(/Gauß-Krüger/);
		expect(guessCrsOf(33387256, 5818552)).toMatch(/Zonenkennziffer/);
	});
});
