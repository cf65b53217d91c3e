import { hasErrors, problem, type ImportProblem } from '../../../core/imports/problems';
import { epsgFromName } from '../../../core/spatial/crs';
import { geometryTypes } from '../../../core/spatial/vertices';
import type { FeatureCollectionInput, FeatureInput, InputFile, ReadResult } from '../types';
import { featureId, flatProperties, garbledProperties, resolveCrs } from './features';
import { parseJsonFile } from './json-text';

export interface GeoJsonOptions {
	/** EPSG code of the coordinates; overrides the file's `crs` member. */
	crs?: number;
	maxBytes?: number;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const advice = 'Bitte exportieren Sie die Datei erneut aus Ihrem GIS als GeoJSON.';

/**
 * The legacy `crs` member of GeoJSON 2008, which QGIS and ogr2ogr still write:
 * { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::25833" } } or { type: "EPSG", properties: { code } }.
 * Returns undefined when there is none, null when it cannot be understood.
 */
function statedCrs(crs: unknown): { epsg: number | null; text: string } | undefined {
	if (crs === undefined || crs === null) return undefined;
	if (typeof crs === 'string') return { epsg: epsgFromName(crs), text: crs };
	if (!isObject(crs) || !isObject(crs.properties)) return { epsg: null, text: JSON.stringify(crs) };
	const { name, code } = crs.properties;
	if (typeof name === 'string') return { epsg: epsgFromName(name), text: name };
	if (typeof code === 'number' || typeof code === 'string')
		return { epsg: epsgFromName(String(code)), text: String(code) };
	return { epsg: null, text: JSON.stringify(crs) };
}

function geometryOf(raw: unknown): FeatureInput['geometry'] | 'invalid' {
	if (raw === null || raw === undefined) return null;
	if (!isObject(raw) || typeof raw.type !== 'string') return 'invalid';
	return raw as FeatureInput['geometry'];
}

/** The features of a parsed GeoJSON document: a FeatureCollection, one Feature or a bare geometry. */
function featuresOf(file: string, root: Json, problems: ImportProblem[]): FeatureInput[] {
	const where = { file };
	let rawFeatures: unknown[];
	if (root.type === 'FeatureCollection') {
		if (!Array.isArray(root.features)) {
			const message = `Die FeatureCollection hat keine Liste „features“. ${advice}`;
			problems.push(problem('import.unreadable', where, message));
			return [];
		}
		rawFeatures = root.features;
	} else if (root.type === 'Feature') {
		rawFeatures = [root];
	} else if (typeof root.type === 'string' && geometryTypes.includes(root.type)) {
		rawFeatures = [{ type: 'Feature', properties: {}, geometry: root }];
	} else if (root.type === 'Topology') {
		const message =
			'Die Datei ist eine TopoJSON-Datei, kein GeoJSON. Bitte wählen Sie beim Import das Format TopoJSON oder benennen Sie die Datei in .topojson um.';
		problems.push(problem('import.unreadable', where, message));
		return [];
	} else {
		const type = typeof root.type === 'string' ? `„${root.type}“` : 'keinen';
		const message = `Die Datei ist JSON, aber kein GeoJSON: Sie hat den Typ ${type} statt „FeatureCollection“, „Feature“ oder eines Geometrietyps. ${advice}`;
		problems.push(problem('import.unreadable', where, message));
		return [];
	}
	const features: FeatureInput[] = [];
	rawFeatures.forEach((raw, i) => {
		const index = i + 1;
		if (!isObject(raw) || raw.type !== 'Feature') {
			const message = `Objekt ${index} ist kein GeoJSON-Feature (es fehlt "type": "Feature"). ${advice}`;
			problems.push(problem('import.unreadable', { file, row: index }, message));
			return;
		}
		const geometry = geometryOf(raw.geometry);
		if (geometry === 'invalid') {
			const message = `Objekt ${index}: Die Geometrie hat keinen Typ. ${advice}`;
			problems.push(problem('import.invalid_geometry', { file, row: index }, message));
			return;
		}
		const id = featureId(raw.id);
		features.push({
			index,
			...(id === undefined ? {} : { id }),
			properties: flatProperties(raw.properties),
			geometry
		});
	});
	return features;
}

/** Reads GeoJSON. Coordinates stay in the file's CRS; see FeatureCollectionInput.crs for which. */
export function readGeoJson(
	file: InputFile,
	options: GeoJsonOptions = {}
): ReadResult<FeatureCollectionInput> {
	const parsed = parseJsonFile(file, 'GeoJSON', options.maxBytes);
	if (!parsed.ok) return parsed;
	const where = { file: file.name };
	if (!isObject(parsed.value)) {
		const message = `Die Datei ist JSON, aber kein GeoJSON-Objekt. ${advice}`;
		return { ok: false, problems: [problem('import.unreadable', where, message)] };
	}
	const root = parsed.value;
	const problems: ImportProblem[] = [...parsed.warnings];
	const features = featuresOf(file.name, root, problems);
	if (features.length === 0 && !hasErrors(problems)) {
		const message =
			'Die Datei enthält keine Objekte (Features). Bitte prüfen Sie, ob der Export vollständig war.';
		problems.push(problem('import.empty_file', where, message));
	}
	const stated = statedCrs(root.crs);
	if (stated && stated.epsg === null && options.crs === undefined) {
		const message = `Die Datei gibt das Koordinatensystem „${stated.text}“ an, das nicht erkannt wird. Bitte geben Sie beim Import den EPSG-Code an, z. B. 25832 für ETRS89 / UTM Zone 32N.`;
		problems.push(problem('import.unknown_crs', where, message));
	}
	// RFC 7946: GeoJSON without a crs member is WGS 84 longitude/latitude.
	const resolved = resolveCrs(file.name, stated?.epsg ?? null, options.crs, 4326);
	problems.push(...resolved.warnings);
	const garbled = garbledProperties(file.name, features);
	if (garbled) problems.push(garbled);
	if (hasErrors(problems)) return { ok: false, problems };
	const value: FeatureCollectionInput = {
		file: file.name,
		features,
		crs: resolved.crs,
		...(resolved.crsSource ? { crsSource: resolved.crsSource } : {}),
		format: { kind: 'geojson', encoding: parsed.encoding }
	};
	return { ok: true, value, warnings: problems };
}
