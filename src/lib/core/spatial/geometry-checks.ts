import { problem, type ImportProblem } from '../imports/problems';
import { crsLabel, guessCrsOf, plausibleRange, type PlausibleRange } from './crs';
import { asPosition, samplePositions, walkGeometry, type GeometryLike, type Run } from './vertices';

/**
 * Checks on geodata before it goes to the database: what PostGIS cannot repair (no coordinates,
 * the wrong kind of geometry, a CRS that does not fit the numbers). Self-intersections and other
 * invalid shapes are left to ST_MakeValid, which repairs them and reports which it repaired.
 */
export interface CheckedFeature {
	/** 1-based feature (record) number in the file. */
	index: number;
	geometry: GeometryLike | null;
}

export interface GeometryCheckOptions {
	file: string;
	/** EPSG code the coordinates are said to be in. */
	crs: number;
	/** Area units need polygons; facilities need points. Default: area. */
	expect?: 'area' | 'point' | 'any';
	/** A feature without geometry: an error (default), a warning, or fine (units without shape). */
	missingGeometry?: 'error' | 'warning' | 'ignore';
	/** Positions checked per feature; every feature is checked. */
	sampleSize?: number;
}

type Family = 'area' | 'point' | 'line' | 'collection';

const familyOf: Record<string, Family> = {
	Polygon: 'area',
	MultiPolygon: 'area',
	Point: 'point',
	MultiPoint: 'point',
	LineString: 'line',
	MultiLineString: 'line',
	GeometryCollection: 'collection'
};

const germanType: Record<string, string> = {
	Point: 'ein Punkt (Point)',
	MultiPoint: 'ein Mehrfachpunkt (MultiPoint)',
	LineString: 'eine Linie (LineString)',
	MultiLineString: 'eine Mehrfachlinie (MultiLineString)',
	Polygon: 'eine Fläche (Polygon)',
	MultiPolygon: 'eine Mehrfachfläche (MultiPolygon)',
	GeometryCollection: 'eine Geometriesammlung (GeometryCollection)'
};

const familyWords: Record<Family, string> = {
	area: 'Flächen (Polygon/MultiPolygon)',
	point: 'Punkte (Point/MultiPoint)',
	line: 'Linien (LineString/MultiLineString)',
	collection: 'Geometriesammlungen (GeometryCollection)'
};

const coordinate = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 6, useGrouping: false });

function point(x: number, y: number): string {
	return `${coordinate.format(x)} / ${coordinate.format(y)}`;
}

function fits(range: PlausibleRange, x: number, y: number): boolean {
	return x >= range.x[0] && x <= range.x[1] && y >= range.y[0] && y <= range.y[1];
}

/** The first sampled position that does not fit the CRS, or null when the feature looks right. */
function misfit(runs: Run[], range: PlausibleRange, sampleSize: number): [number, number] | null {
	const sample = samplePositions(runs, sampleSize)
		.map(asPosition)
		.filter((p) => p !== null);
	const outside = sample.find(([x, y]) => !fits(range, x, y));
	if (outside) return outside;
	// Metres that all fit into ±180/±90 are almost surely degrees given for a projected CRS.
	const degrees = sample.every(([x, y]) => Math.abs(x) <= 180 && Math.abs(y) <= 90);
	return range.projected && degrees && sample[0] ? sample[0] : null;
}

function mismatchMessage(crs: number, feature: number, [x, y]: [number, number]): string {
	const guess = guessCrsOf(x, y);
	return (
		`Die Koordinaten passen nicht zum Koordinatensystem ${crsLabel(crs)}: Objekt ${feature} hat z. B. den Punkt ` +
		`${point(x, y)}.${guess ? ` Das sieht nach ${guess} aus.` : ''} Bitte geben Sie beim Import den EPSG-Code ` +
		`an, in dem die Datei tatsächlich vorliegt, oder korrigieren Sie die Angabe in der Datei.`
	);
}

export function checkGeometries(
	features: readonly CheckedFeature[],
	options: GeometryCheckOptions
): ImportProblem[] {
	const { file, crs } = options;
	const expect = options.expect ?? 'area';
	const sampleSize = options.sampleSize ?? 32;
	const range = plausibleRange(crs);
	const problems: ImportProblem[] = [];
	const typed: { index: number; type: string }[] = [];
	const misfits: { index: number; at: [number, number] }[] = [];
	let withCoordinates = 0;

	for (const feature of features) {
		const where = { file, row: feature.index };
		const geometry = feature.geometry;
		if (geometry === null) {
			const severity = options.missingGeometry ?? 'error';
			if (severity !== 'ignore') {
				const message =
					`Objekt ${feature.index} hat keine Geometrie. Bitte zeichnen Sie die Fläche in Ihrem GIS nach ` +
					`oder entfernen Sie den Datensatz, bevor Sie die Datei importieren.`;
				problems.push(problem('import.empty_geometry', where, message, severity));
			}
			continue;
		}
		const walk = walkGeometry(geometry);
		if (walk.kind === 'unknown_type') {
			const message = `Objekt ${feature.index} hat den unbekannten Geometrietyp „${walk.type}“. Erlaubt sind die GeoJSON-Typen Point, LineString, Polygon, ihre Multi-Formen und GeometryCollection. Bitte exportieren Sie die Datei erneut aus Ihrem GIS.`;
			problems.push(problem('import.invalid_geometry', where, message));
			continue;
		}
		typed.push({ index: feature.index, type: geometry.type });
		if (walk.kind === 'empty') {
			const message =
				`Objekt ${feature.index} hat eine leere Geometrie (${geometry.type} ohne Koordinaten). Bitte zeichnen Sie ` +
				`die Fläche in Ihrem GIS nach oder entfernen Sie das Objekt.`;
			problems.push(problem('import.empty_geometry', where, message));
			continue;
		}
		if (walk.kind === 'malformed') {
			const message = `Objekt ${feature.index}: Die Geometrie ist fehlerhaft aufgebaut (${walk.reason}). Bitte exportieren Sie die Datei erneut aus Ihrem GIS.`;
			problems.push(problem('import.invalid_geometry', where, message));
			continue;
		}
		// PostGIS repairs self-intersections, but cannot even read a ring of fewer than four points.
		const short = walk.runs.find((run) => run.ring && run.positions.length < 4);
		if (short) {
			const message = `Objekt ${feature.index}: Ein Ring der Fläche hat nur ${short.positions.length} Punkte; eine Fläche braucht mindestens vier (der erste Punkt am Ende wiederholt). Bitte korrigieren Sie die Geometrie in Ihrem GIS.`;
			problems.push(problem('import.invalid_geometry', where, message));
			continue;
		}
		if (samplePositions(walk.runs, sampleSize).some((p) => asPosition(p) === null)) {
			const message = `Objekt ${feature.index}: Die Koordinaten sind keine Zahlenpaare. Bitte exportieren Sie die Datei erneut aus Ihrem GIS.`;
			problems.push(problem('import.invalid_geometry', where, message));
			continue;
		}
		withCoordinates++;
		const at = range ? misfit(walk.runs, range, sampleSize) : null;
		if (at) misfits.push({ index: feature.index, at });
	}

	problems.push(...typeProblems(typed, expect, file));
	if (misfits.length > 1 && misfits.length === withCoordinates) {
		// The whole file is in another CRS: one message says it better than one per feature.
		const first = misfits[0]!;
		problems.push(problem('import.crs_mismatch', { file }, mismatchMessage(crs, first.index, first.at)));
	} else {
		for (const { index, at } of misfits) {
			problems.push(problem('import.crs_mismatch', { file, row: index }, mismatchMessage(crs, index, at)));
		}
	}
	return problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

function typeProblems(
	typed: { index: number; type: string }[],
	expect: 'area' | 'point' | 'any',
	file: string
) {
	const families = new Map<Family, number>();
	for (const { type } of typed) families.set(familyOf[type]!, (families.get(familyOf[type]!) ?? 0) + 1);
	let wanted: Family;
	if (expect === 'any') {
		if (families.size < 2) return [];
		wanted = [...families].sort((a, b) => b[1] - a[1])[0]![0];
	} else {
		wanted = expect;
		const others = [...families.keys()].filter((f) => f !== wanted);
		if (others.length > 0 && !families.has(wanted)) {
			const found = others.map((f) => familyWords[f]).join(' und ');
			const purpose = wanted === 'area' ? 'Gebietseinheiten' : 'Einrichtungen';
			const message = `Die Datei enthält ${found}. Für ${purpose} werden ${familyWords[wanted]} benötigt. Bitte wählen Sie die passende Datei oder Ebene aus Ihrem GIS.`;
			return [problem('import.geometry_type', { file }, message)];
		}
	}
	return typed
		.filter(({ type }) => familyOf[type] !== wanted)
		.map(({ index, type }) => {
			const message =
				`Objekt ${index} ist ${germanType[type]}, die übrigen Objekte sind ${familyWords[wanted]}. Eine Datei ` +
				`darf nur eine Art von Geometrie enthalten. Bitte entfernen Sie das Objekt oder wandeln Sie es in Ihrem GIS um.`;
			return problem('import.mixed_geometry', { file, row: index }, message);
		});
}
