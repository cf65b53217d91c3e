import { problem, type ImportProblem } from '../imports/problems';
import { asPosition, samplePositions, walkGeometry, type GeometryLike } from './vertices';

/**
 * Where German municipal data lies, in degrees, and what latitude and longitude swapped look like.
 * Shared by the facility import (points in cells) and the unit import (polygons in geodata): a
 * Berlin polygon read as [lat, lon] lands in the Arabian Sea (lon 52, lat 13) without any error.
 */

/** Latitudes of Germany, with a margin for border regions. */
export const germanyLatitude: [number, number] = [47, 55.5];
/** Longitudes of Germany, with a margin for border regions. */
export const germanyLongitude: [number, number] = [5.5, 15.5];

const inRange = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;

/** Whether longitude and latitude (degrees) lie in Germany. */
export function inGermany(lon: number, lat: number): boolean {
	return inRange(lat, germanyLatitude) && inRange(lon, germanyLongitude);
}

/** Whether a point given as (lon, lat) lies outside Germany but inside it once the two are swapped. */
export function looksSwapped(lon: number, lat: number): boolean {
	return !inGermany(lon, lat) && inGermany(lat, lon);
}

/** Degrees, where longitude and latitude can be confused; projected systems have their own checks. */
export function isDegreeCrs(epsg: number): boolean {
	return epsg === 4326 || epsg === 4258;
}

const coordinate = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 5, useGrouping: false });

/**
 * Features of geodata in degrees whose sampled positions all look swapped (none lies in Germany,
 * all do with latitude and longitude exchanged): one error per feature, or one for the whole file
 * when every feature is so. The message says what to do in German.
 */
export function swappedCoordinateProblems(
	features: readonly { index: number; geometry: GeometryLike | null }[],
	options: { file: string; crs: number; sampleSize?: number }
): ImportProblem[] {
	if (!isDegreeCrs(options.crs)) return [];
	const swapped: { index: number; at: [number, number] }[] = [];
	let checked = 0;
	for (const feature of features) {
		if (!feature.geometry) continue;
		const walk = walkGeometry(feature.geometry);
		if (walk.kind !== 'ok') continue;
		const sample = samplePositions(walk.runs, options.sampleSize ?? 32)
			.map(asPosition)
			.filter((p) => p !== null);
		if (sample.length === 0) continue;
		checked++;
		if (sample.every(([x, y]) => looksSwapped(x, y))) swapped.push({ index: feature.index, at: sample[0]! });
	}
	const hint = (at: [number, number]) =>
		`Der Punkt ${coordinate.format(at[0])} / ${coordinate.format(at[1])} läge als Länge/Breite nicht in Deutschland (z. B. im Arabischen Meer), mit vertauschten Werten aber schon. Bitte exportieren Sie die Datei so, dass jede Koordinate erst die Länge (Ost, um 6 bis 15) und dann die Breite (Nord, um 47 bis 55) nennt – in QGIS z. B. mit „Exportieren › Objekte speichern als“ im Format GeoJSON.`;
	if (swapped.length > 1 && swapped.length === checked) {
		const message = `Breite und Länge sind in allen ${swapped.length} Objekten vertauscht. ${hint(swapped[0]!.at)}`;
		return [problem('import.swapped_coordinates', { file: options.file }, message)];
	}
	return swapped.map(({ index, at }) =>
		problem(
			'import.swapped_coordinates',
			{ file: options.file, row: index },
			`Objekt ${index}: Breite und Länge vertauscht? ${hint(at)}`
		)
	);
}
