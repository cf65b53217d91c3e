import { problem, type ImportProblem } from '../../../core/imports/problems';
import type { FeatureCollectionInput, InputFile, ReadResult } from '../types';
import { readGeoJson } from './geojson';
import { datasetOf, partOf, sidecarExtensions } from './shapefile-parts';
import { readShapefile } from './shapefile';
import { baseNameOf, defaultMaxBytes, extensionOf, sniff } from './sniff';
import type { TextEncodingOption } from './text-encoding';
import { readTopoJson } from './topojson';
import { unzipFile } from './zip';

export interface GeodataOptions {
	/** EPSG code of the coordinates; see the readers for when it is needed. */
	crs?: number;
	/** DBF text encoding of a Shapefile. */
	encoding?: TextEncodingOption;
	/** TopoJSON object to read when there are several. */
	object?: string;
	/** Per file, and for the unpacked content of a zip. Default 100 MiB. */
	maxBytes?: number;
}

type Dataset =
	| { kind: 'geojson'; file: InputFile }
	| { kind: 'topojson'; file: InputFile }
	| { kind: 'shapefile'; name: string; parts: InputFile[] };

const accepted =
	'Importiert werden können GeoJSON (.geojson oder .json), TopoJSON (.topojson) und Shapefiles (.shp mit .dbf, .shx und .prj), auch in einer ZIP-Datei. Bitte laden Sie genau einen solchen Datensatz je Import hoch.';

const officeExtensions = new Set(['xlsx', 'xlsm', 'docx', 'pptx', 'odt', 'ods']);

function isTopoJson(file: InputFile): boolean {
	const head = new TextDecoder('utf-8').decode(file.bytes.subarray(0, 4096));
	return /"type"\s*:\s*"Topology"/.test(head);
}

/** Sorts files into datasets; what fits none is returned as unrelated. */
function classify(files: readonly InputFile[]): { datasets: Dataset[]; unrelated: InputFile[] } {
	const datasets: Dataset[] = [];
	const unrelated: InputFile[] = [];
	const shapefiles = new Map<string, InputFile[]>();
	for (const file of files) {
		const extension = extensionOf(file.name);
		const base = baseNameOf(file.name).toLowerCase();
		if (extension === 'topojson' || (extension === 'json' && isTopoJson(file))) {
			datasets.push({ kind: 'topojson', file });
		} else if (extension === 'geojson' || extension === 'json') {
			datasets.push({ kind: 'geojson', file });
		} else if (partOf(file.name)) {
			// Parts belong together by name ("Bezirke.SHP" and "bezirke.dbf" are one dataset).
			const key = `${file.name.slice(0, -baseNameOf(file.name).length)}${datasetOf(file.name)}`.toLowerCase();
			shapefiles.set(key, [...(shapefiles.get(key) ?? []), file]);
		} else if (!sidecarExtensions.has(extension) || (extension === 'xml' && !base.endsWith('.shp.xml'))) {
			unrelated.push(file);
		}
	}
	for (const parts of shapefiles.values()) {
		const shp = parts.find((p) => partOf(p.name) === 'shp') ?? parts[0]!;
		datasets.push({ kind: 'shapefile', name: `${datasetOf(shp.name)}.shp`, parts });
	}
	return { datasets, unrelated };
}

function list(names: readonly string[]): string {
	return names.map((n) => `„${n}“`).join(', ');
}

function datasetName(dataset: Dataset): string {
	return dataset.kind === 'shapefile' ? dataset.name : baseNameOf(dataset.file.name);
}

/**
 * Reads geodata from what a user uploads: one GeoJSON or TopoJSON file, the parts of one
 * Shapefile, or a zip holding exactly one of these (plus harmless extras, which are named).
 */
export async function readGeodata(
	files: readonly InputFile[],
	options: GeodataOptions = {}
): Promise<ReadResult<FeatureCollectionInput>> {
	if (files.length === 0) {
		return {
			ok: false,
			problems: [
				problem(
					'import.empty_file',
					{ file: '' },
					'Es wurde keine Datei übergeben. Bitte wählen Sie die Geodaten aus.'
				)
			]
		};
	}
	const maxBytes = options.maxBytes ?? defaultMaxBytes;
	const container = files.length === 1 ? files[0]!.name : files.map((f) => f.name).join(', ');
	const expanded: InputFile[] = [];
	let zipped = false;
	for (const file of files) {
		const extension = extensionOf(file.name);
		if (sniff(file.bytes) === 'zip' && !officeExtensions.has(extension)) {
			const unzipped = unzipFile(file, maxBytes);
			if (!unzipped.ok) return unzipped;
			expanded.push(...unzipped.value);
			zipped = true;
		} else {
			expanded.push(file);
		}
	}

	const { datasets, unrelated } = classify(expanded);
	const where = { file: container };
	const found = (names: string) => (zipped ? `Die ZIP-Datei enthält ${names}` : `Übergeben wurden ${names}`);
	if (datasets.length === 0) {
		const names = unrelated.length === 0 ? 'keine Dateien' : list(unrelated.map((f) => baseNameOf(f.name)));
		const message = `${found(names)}, aber keine Geodaten. ${accepted}`;
		return { ok: false, problems: [problem('import.zip_contents', where, message)] };
	}
	if (datasets.length > 1) {
		const names = list(datasets.map(datasetName));
		const message = `${found(`${datasets.length} Datensätze: ${names}`)}. Bitte importieren Sie die Datensätze einzeln, jeden für sich. ${accepted}`;
		return { ok: false, problems: [problem('import.zip_contents', where, message)] };
	}
	const warnings: ImportProblem[] = [];
	if (unrelated.length > 0) {
		const message = `Nicht verwendet wurden ${list(unrelated.map((f) => baseNameOf(f.name)))}; gelesen wird nur „${datasetName(datasets[0]!)}“. Bitte prüfen Sie, ob das der gewünschte Datensatz ist.`;
		warnings.push(problem('import.zip_contents', where, message, 'warning'));
	}
	const result = await readDataset(datasets[0]!, { ...options, maxBytes });
	return result.ok ? { ...result, warnings: [...warnings, ...result.warnings] } : result;
}

function readDataset(dataset: Dataset, options: GeodataOptions): Promise<ReadResult<FeatureCollectionInput>> {
	const { crs, maxBytes } = options;
	switch (dataset.kind) {
		case 'geojson':
			return Promise.resolve(readGeoJson(dataset.file, { crs, maxBytes }));
		case 'topojson':
			return Promise.resolve(readTopoJson(dataset.file, { crs, maxBytes, object: options.object }));
		case 'shapefile':
			return readShapefile(dataset.parts, { crs, maxBytes, encoding: options.encoding });
	}
}
