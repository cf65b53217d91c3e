/**
 * Coordinate reference systems as German municipal geodata names them: the legacy GeoJSON `crs`
 * member, the WKT of a Shapefile's .prj, and the EPSG codes they stand for. Pure: no I/O.
 */

/** The CRS a person may meet in German municipal data, with a German label for messages. */
export const knownCrs: ReadonlyMap<number, string> = new Map([
	[4326, 'WGS 84, Längen-/Breitengrade'],
	[4258, 'ETRS89, Längen-/Breitengrade'],
	[25832, 'ETRS89 / UTM Zone 32N'],
	[25833, 'ETRS89 / UTM Zone 33N'],
	[32632, 'WGS 84 / UTM Zone 32N'],
	[32633, 'WGS 84 / UTM Zone 33N'],
	[4647, 'ETRS89 / UTM Zone 32N mit Zonenkennziffer (8-stelliger Rechtswert)'],
	[5650, 'ETRS89 / UTM Zone 33N mit Zonenkennziffer (8-stelliger Rechtswert)'],
	[3035, 'ETRS89 / LAEA Europa'],
	[3857, 'WGS 84 / Pseudo-Mercator (Web Mercator)'],
	[31466, 'DHDN / Gauß-Krüger Zone 2'],
	[31467, 'DHDN / Gauß-Krüger Zone 3'],
	[31468, 'DHDN / Gauß-Krüger Zone 4'],
	[31469, 'DHDN / Gauß-Krüger Zone 5']
]);

export function crsLabel(epsg: number): string {
	const label = knownCrs.get(epsg);
	return label ? `EPSG:${epsg} (${label})` : `EPSG:${epsg}`;
}

/**
 * Reads a CRS name such as `urn:ogc:def:crs:EPSG::25833`, `EPSG:25833`,
 * `http://www.opengis.net/def/crs/EPSG/0/25833` or `urn:ogc:def:crs:OGC:1.3:CRS84`.
 * CRS84 is WGS 84 with longitude first, which is what EPSG:4326 means in GeoJSON and PostGIS.
 */
export function epsgFromName(name: string): number | null {
	const text = name.trim();
	if (/^(urn:ogc:def:crs:OGC:(1\.3)?:CRS84|CRS:?84|OGC:CRS84)$/i.test(text)) return 4326;
	if (/opengis\.net\/def\/crs\/OGC\/[\d.]+\/CRS84$/i.test(text)) return 4326;
	const match =
		/^urn:ogc:def:crs:EPSG:[\d.]*:(\d+)$/i.exec(text) ??
		/^EPSG:{1,2}(\d+)$/i.exec(text) ??
		/opengis\.net\/def\/crs\/EPSG\/[\d.]+\/(\d+)$/i.exec(text) ??
		/^(\d{4,5})$/.exec(text);
	return match ? Number(match[1]) : null;
}

function normalize(text: string): string {
	return text
		.toLowerCase()
		.replaceAll('ß', 'ss')
		.replaceAll('ü', 'ue')
		.replace(/[^a-z0-9]+/g, ' ');
}

/** The name of the outermost WKT object: PROJCS["name", …] or GEOGCS["name", …] (WKT1 and WKT2). */
function outerName(wkt: string, keywords: string): string | null {
	const match = new RegExp(`^\\s*(?:${keywords})\\s*\\[\\s*"([^"]*)"`, 'i').exec(wkt);
	return match ? match[1]! : null;
}

function falseEasting(wkt: string): number | null {
	const match = /PARAMETER\s*\[\s*"false[_ ]easting"\s*,\s*([\d.eE+-]+)/i.exec(wkt);
	return match ? Number(match[1]) : null;
}

function projectedFromName(name: string, wkt: string): number | null {
	const n = ` ${normalize(name)} `;
	const easting = falseEasting(wkt);
	const utm = /utm(?:zone)?n?(3[23])(?!\d)/.exec(n.replaceAll(' ', ''));
	if (utm) {
		const zone = Number(utm[1]);
		// A false easting of 32500000 means the zone number is written before the easting.
		if (easting !== null && easting > 1e7) return zone === 32 ? 4647 : 5650;
		if (/etrs|etrf|euref/.test(n)) return zone === 32 ? 25832 : 25833;
		if (/wgs ?84|wgs 1984/.test(n)) return zone === 32 ? 32632 : 32633;
		return null;
	}
	if (/dhdn|hauptdreiecksnetz|gauss|kruger|krueger/.test(n)) {
		const zone = /(?:zone|gk) ?([2-5])\b/.exec(n) ?? /\bgk([2-5])\b/.exec(n);
		return zone ? 31464 + Number(zone[1]) : null;
	}
	if (/laea|lambert azimuthal equal area/.test(n) && /etrs|etrf|europe/.test(n)) return 3035;
	if (/pseudo mercator|web mercator|popular visualisation/.test(n)) return 3857;
	return null;
}

function geographicFromName(name: string): number | null {
	const n = normalize(name);
	if (/wgs ?84|wgs 1984/.test(n)) return 4326;
	if (/etrs ?89|etrs 1989/.test(n)) return 4258;
	return null;
}

/**
 * The EPSG code of a .prj file's WKT (ESRI or OGC flavour), or null when it cannot be recognised.
 * An explicit EPSG authority on the outermost object wins; otherwise the name decides, because
 * ESRI's .prj files carry names only ("ETRS_1989_UTM_Zone_33N").
 */
export function epsgFromWkt(wkt: string): number | null {
	const text = wkt.trim();
	if (!text) return null;
	// In WKT1 and WKT2 the outermost object's identifier is the last one in the text.
	const id = /(?:AUTHORITY|ID)\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]\s*$/i.exec(text);
	if (id) return Number(id[1]);
	const projected = outerName(text, 'PROJCS|PROJCRS|PROJECTEDCRS');
	if (projected !== null) return projectedFromName(projected, text);
	const geographic = outerName(text, 'GEOGCS|GEOGCRS|GEOGRAPHICCRS|GEODCRS');
	if (geographic !== null) return geographicFromName(geographic);
	return null;
}

/** A rectangle of plausible coordinates for a CRS; null when any finite value may be right. */
export interface PlausibleRange {
	x: [number, number];
	y: [number, number];
	/** Projected CRS: coordinates are metres, so values that fit degrees are suspicious. */
	projected: boolean;
}

const utmGermany: PlausibleRange = { x: [-500_000, 1_500_000], y: [5_000_000, 6_200_000], projected: true };

/** Ranges wide enough for all of Germany (and neighbours), narrow enough to catch a wrong CRS. */
export function plausibleRange(epsg: number): PlausibleRange | null {
	switch (epsg) {
		case 4326:
		case 4258:
			return { x: [-180, 180], y: [-90, 90], projected: false };
		case 25832:
		case 25833:
		case 32632:
		case 32633:
			return utmGermany;
		case 4647:
			return { x: [31_500_000, 33_500_000], y: utmGermany.y, projected: true };
		case 5650:
			return { x: [32_500_000, 34_500_000], y: utmGermany.y, projected: true };
		case 3035:
			return { x: [1_000_000, 8_000_000], y: [500_000, 6_000_000], projected: true };
		case 3857:
			return { x: [-20_037_509, 20_037_509], y: [-20_048_967, 20_048_967], projected: true };
		case 31466:
		case 31467:
		case 31468:
		case 31469: {
			const zone = epsg - 31464;
			return { x: [zone * 1e6, (zone + 1) * 1e6], y: [5_000_000, 6_200_000], projected: true };
		}
		default:
			return null;
	}
}

/** A German hint which CRS a coordinate pair looks like (dative: „Das sieht nach … aus“). */
export function guessCrsOf(x: number, y: number): string | null {
	if (Math.abs(x) <= 180 && Math.abs(y) <= 90) {
		if (x >= 45 && x <= 56 && y >= 5 && y <= 16)
			return 'vertauschten Breiten-/Längengraden (richtig ist: erst Länge, dann Breite)';
		return 'Längen-/Breitengraden (EPSG:4326)';
	}
	if (y >= 5_000_000 && y <= 6_200_000) {
		if (x >= 31_500_000 && x <= 34_500_000)
			return 'UTM-Koordinaten mit Zonenkennziffer (EPSG:4647 oder 5650)';
		if (x >= 2_000_000 && x < 6_000_000) return 'Gauß-Krüger-Koordinaten (EPSG:31466 bis 31469)';
		if (x >= -500_000 && x <= 1_500_000) return 'UTM-Koordinaten (z. B. EPSG:25832 oder 25833)';
	}
	if (x >= 5_000_000 && x <= 6_200_000 && y >= -500_000 && y <= 1_500_000) {
		return 'UTM-Koordinaten mit vertauschtem Rechts- und Hochwert';
	}
	if (x >= 3_500_000 && x <= 5_000_000 && y >= 2_500_000 && y <= 3_700_000)
		return 'ETRS89-LAEA-Koordinaten (EPSG:3035)';
	return null;
}
