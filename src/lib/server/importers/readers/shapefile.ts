import * as shapefile from 'shapefile';
import { hasErrors, problem, type ImportProblem } from '../../../core/imports/problems';
import { epsgFromWkt } from '../../../core/spatial/crs';
import type { FeatureCollectionInput, FeatureInput, InputFile, ReadResult } from '../types';
import { flatProperties, garbledProperties, resolveCrs } from './features';
import {
	chooseEncoding,
	datasetOf,
	dbfHeader,
	groupParts,
	shapeTypeNames,
	shpHeader,
	type ShapefilePart
} from './shapefile-parts';
import { sizeOverLimit } from './sniff';
import type { TextEncodingOption } from './text-encoding';
import { isWindows1252, repairWindows1252 } from './windows-1252';

export interface ShapefileOptions {
	/** DBF text encoding; default: the .cpg, else detected (UTF-8 or Windows-1252). */
	encoding?: TextEncodingOption;
	/** EPSG code of the coordinates; overrides the .prj and is required when there is none. */
	crs?: number;
	/** Limit for the .shp plus .dbf together. Default 100 MiB. */
	maxBytes?: number;
}

const partRoles: Record<'shp' | 'dbf', string> = {
	shp: 'die Geometrien',
	dbf: 'die Sachdaten wie Schlüssel und Namen'
};

/** The shapefile package decodes with Node's TextDecoder, which mangles Windows-1252 in some versions. */
function repairProperties(properties: FeatureInput['properties']): void {
	for (const [key, value] of Object.entries(properties)) {
		const name = repairWindows1252(key);
		if (name !== key) delete properties[key];
		properties[name] = typeof value === 'string' ? repairWindows1252(value) : value;
	}
}

function text(file: InputFile | undefined): string | null {
	return file ? new TextDecoder('utf-8').decode(file.bytes) : null;
}

/**
 * Reads an ESRI Shapefile from its parts (.shp, .dbf, optional .shx, .prj, .cpg), recognised by
 * extension in any case. Records without a shape keep geometry null; the caller decides.
 */
export async function readShapefile(
	parts: readonly InputFile[],
	options: ShapefileOptions = {}
): Promise<ReadResult<FeatureCollectionInput>> {
	const groups = groupParts(parts);
	const first = parts[0];
	const dataset = first ? datasetOf(first.name) : 'Shapefile';
	const file = groups.get('shp')?.[0]?.name ?? `${dataset}.shp`;
	const where = { file };
	const problems: ImportProblem[] = [];

	for (const [part, files] of groups) {
		if (files.length > 1) {
			const names = files.map((f) => `„${f.name}“`).join(', ');
			const message = `Es wurden mehrere .${part}-Dateien übergeben (${names}). Bitte laden Sie jeweils nur ein Shapefile hoch.`;
			problems.push(problem('import.zip_contents', where, message));
		}
	}
	for (const part of ['shp', 'dbf'] as const) {
		if (groups.has(part)) continue;
		const message = `Zum Shapefile „${dataset}“ fehlt die Datei „${dataset}.${part}“ (${partRoles[part]}). Ein Shapefile besteht aus mehreren Dateien (.shp, .shx, .dbf, meist auch .prj und .cpg), die alle gebraucht werden. Bitte laden Sie alle Teile zusammen hoch, am besten gemeinsam in einer ZIP-Datei.`;
		problems.push(problem('import.missing_part', where, message));
	}
	if (problems.length > 0) return { ok: false, problems };
	const get = (part: ShapefilePart) => groups.get(part)?.[0];
	const shp = get('shp')!;
	const dbf = get('dbf')!;

	const large = sizeOverLimit(file, shp.bytes.length + dbf.bytes.length, options.maxBytes);
	if (large) return { ok: false, problems: [large] };
	const shpInfo = shpHeader(shp.bytes);
	const dbfInfo = dbfHeader(dbf.bytes);
	const broken =
		'ist beschädigt oder keine Shapefile-Datei. Bitte exportieren Sie das Shapefile erneut aus Ihrem GIS.';
	if (!shpInfo)
		problems.push(problem('import.unreadable', { file: shp.name }, `Die Datei „${shp.name}“ ${broken}`));
	if (!dbfInfo)
		problems.push(problem('import.unreadable', { file: dbf.name }, `Die Datei „${dbf.name}“ ${broken}`));
	if (shpInfo && shpInfo.shapeType === 31) {
		const message =
			'Das Shapefile enthält 3D-Körper (MultiPatch), die nicht importiert werden können. Bitte exportieren Sie Flächen (Polygon).';
		problems.push(problem('import.geometry_type', where, message));
	}
	if (problems.length > 0 || !dbfInfo) return { ok: false, problems };

	const cpg = text(get('cpg'));
	const encoding = chooseEncoding(options.encoding ?? 'auto', cpg, dbf.bytes, dbfInfo.headerLength);
	if (encoding.unknownCpg !== null) {
		const message = `Die .cpg-Datei nennt die unbekannte Zeichenkodierung „${encoding.unknownCpg}“; verwendet wird ${encoding.encoding}. Bitte prüfen Sie die Umlaute oder wählen Sie die Zeichenkodierung beim Import.`;
		problems.push(problem('import.encoding', where, message, 'warning'));
	}

	const prj = text(get('prj'));
	const stated = prj === null ? null : epsgFromWkt(prj);
	if (options.crs === undefined && stated === null) {
		const message =
			prj === null
				? 'Die Datei gibt kein Koordinatensystem an (.prj fehlt). Bitte geben Sie den EPSG-Code an, z. B. 25832 für ETRS89 / UTM Zone 32N oder 25833 für UTM Zone 33N (Berlin, Brandenburg, Sachsen …).'
				: `Das Koordinatensystem in der .prj-Datei wird nicht erkannt („${prj.trim().slice(0, 80)}…“). Bitte geben Sie den EPSG-Code an, z. B. 25832 für ETRS89 / UTM Zone 32N.`;
		return { ok: false, problems: [...problems, problem('import.unknown_crs', where, message)] };
	}
	const resolved = resolveCrs(file, stated, options.crs, null);
	problems.push(...resolved.warnings);

	const features: FeatureInput[] = [];
	try {
		const source = await shapefile.open(shp.bytes, dbf.bytes, { encoding: encoding.encoding });
		for (let result = await source.read(); !result.done; result = await source.read()) {
			const record = result.value;
			const properties = flatProperties(record.properties);
			if (isWindows1252(encoding.encoding)) repairProperties(properties);
			features.push({ index: features.length + 1, properties, geometry: record.geometry ?? null });
		}
	} catch {
		const message = `Das Shapefile „${dataset}“ ist beschädigt und kann nicht gelesen werden. Bitte exportieren Sie es erneut aus Ihrem GIS.`;
		return { ok: false, problems: [...problems, problem('import.unreadable', where, message)] };
	}
	if (features.length !== dbfInfo.records) {
		const message = `Die .shp-Datei enthält ${features.length} Geometrien, die .dbf-Datei aber ${dbfInfo.records} Datensätze. Die Teile gehören nicht zusammen oder sind beschädigt. Bitte exportieren Sie das Shapefile erneut.`;
		problems.push(problem('import.unreadable', where, message));
	}
	if (features.length === 0) {
		const message = `Das Shapefile „${dataset}“ enthält keine Datensätze (Typ: ${shapeTypeNames[shpInfo!.shapeType] ?? shpInfo!.shapeType}). Bitte prüfen Sie, ob der Export vollständig war.`;
		problems.push(problem('import.empty_file', where, message));
	}
	const encodingAdvice = `Bitte wählen Sie beim Import die passende Zeichenkodierung (gelesen wurde ${encoding.encoding}) oder korrigieren Sie die Umlaute in Ihrem GIS.`;
	const garbled = garbledProperties(
		file,
		features,
		`Der Text enthält verfälschte Umlaute. ${encodingAdvice}`
	);
	if (garbled) problems.push(garbled);
	if (hasErrors(problems)) return { ok: false, problems };
	const value: FeatureCollectionInput = {
		file,
		features,
		crs: resolved.crs,
		...(resolved.crsSource ? { crsSource: resolved.crsSource } : {}),
		format: { kind: 'shapefile', encoding: encoding.encoding }
	};
	return { ok: true, value, warnings: problems };
}
