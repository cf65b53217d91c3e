import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { hasErrors, problem, type ImportProblem } from '../../../core/imports/problems';
import type { FeatureCollectionInput, FeatureInput, InputFile, ReadResult } from '../types';
import { featureId, flatProperties, garbledProperties, resolveCrs } from './features';
import { parseJsonFile } from './json-text';

export interface TopoJsonOptions {
	/** Name of the object in `objects` to read; needed when there are several. */
	object?: string;
	/** EPSG code of the coordinates; TopoJSON states none, so the default is 4326. */
	crs?: number;
	maxBytes?: number;
}

const advice = 'Bitte exportieren Sie die Datei erneut (z. B. mit mapshaper) als TopoJSON.';

function failure(
	file: string,
	code: 'import.unreadable' | 'import.unknown_object' | 'import.empty_file',
	message: string
) {
	return { ok: false as const, problems: [problem(code, { file }, message)] };
}

function isTopology(value: unknown): value is Topology {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Record<string, unknown>;
	return (
		v.type === 'Topology' && typeof v.objects === 'object' && v.objects !== null && Array.isArray(v.arcs)
	);
}

/** Reads one object of a TopoJSON topology as features (arcs resolved, quantization undone). */
export function readTopoJson(
	file: InputFile,
	options: TopoJsonOptions = {}
): ReadResult<FeatureCollectionInput> {
	const parsed = parseJsonFile(file, 'TopoJSON', options.maxBytes);
	if (!parsed.ok) return parsed;
	const topology = parsed.value;
	if (!isTopology(topology)) {
		const isGeoJson = typeof topology === 'object' && topology !== null && 'features' in topology;
		const message = isGeoJson
			? 'Die Datei ist GeoJSON, keine TopoJSON-Datei. Bitte wählen Sie beim Import das Format GeoJSON oder benennen Sie die Datei in .geojson um.'
			: `Die Datei ist JSON, aber keine TopoJSON-Topologie (es fehlen "type": "Topology", „objects“ oder „arcs“). ${advice}`;
		return failure(file.name, 'import.unreadable', message);
	}
	const names = Object.keys(topology.objects);
	const list = names.map((n) => `„${n}“`).join(', ');
	if (names.length === 0) {
		return failure(
			file.name,
			'import.empty_file',
			'Die TopoJSON-Datei enthält keine Objekte. Bitte prüfen Sie, ob der Export vollständig war.'
		);
	}
	const name = options.object ?? (names.length === 1 ? names[0]! : undefined);
	if (name === undefined) {
		const message = `Die TopoJSON-Datei enthält mehrere Objekte: ${list}. Bitte wählen Sie aus, welches importiert werden soll.`;
		return failure(file.name, 'import.unknown_object', message);
	}
	const object = topology.objects[name];
	if (!object) {
		const message = `Die TopoJSON-Datei enthält kein Objekt „${name}“. Vorhanden ${names.length === 1 ? 'ist' : 'sind'}: ${list}. Bitte wählen Sie eines davon.`;
		return failure(file.name, 'import.unknown_object', message);
	}

	let collection: FeatureCollection | Feature;
	try {
		collection = feature(topology, object as GeometryObject);
	} catch {
		// topojson-client throws on arcs that do not exist: the file is inconsistent.
		return failure(
			file.name,
			'import.unreadable',
			`Die TopoJSON-Datei ist fehlerhaft (Verweise auf nicht vorhandene Linien). ${advice}`
		);
	}
	const raw = collection.type === 'FeatureCollection' ? collection.features : [collection];
	const features: FeatureInput[] = raw.map((f, i) => {
		const id = featureId(f.id);
		return {
			index: i + 1,
			...(id === undefined ? {} : { id }),
			properties: flatProperties(f.properties),
			geometry: f.geometry ?? null
		};
	});
	const problems: ImportProblem[] = [...parsed.warnings];
	if (features.length === 0) {
		problems.push(
			problem(
				'import.empty_file',
				{ file: file.name },
				`Das Objekt „${name}“ enthält keine Geometrien. Bitte wählen Sie ein anderes Objekt (vorhanden: ${list}).`
			)
		);
	}
	const resolved = resolveCrs(file.name, null, options.crs, 4326);
	const garbled = garbledProperties(file.name, features);
	if (garbled) problems.push(garbled);
	if (hasErrors(problems)) return { ok: false, problems };
	return {
		ok: true,
		value: {
			file: file.name,
			features,
			crs: resolved.crs,
			...(resolved.crsSource ? { crsSource: resolved.crsSource } : {}),
			format: { kind: 'topojson', encoding: parsed.encoding }
		},
		warnings: problems
	};
}
