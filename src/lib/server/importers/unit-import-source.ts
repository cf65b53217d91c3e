import { ImportFailed } from '../../core/imports/import-failed';
import { hasErrors, problem, type ImportProblem } from '../../core/imports/problems';
import { unclosedRings } from '../../core/imports/ring-closure';
import {
	checkUnitCodes,
	draftUnits,
	type UnitColumns,
	type UnitDraft,
	type UnitRowsInput
} from '../../core/imports/unit-records';
import { applyNameCertainty, cutNameWarnings, defaultCertainValues } from '../../core/imports/unit-names';
import { checkGeometries } from '../../core/spatial/geometry-checks';
import { swappedCoordinateProblems } from '../../core/spatial/germany';
import { readGeodata } from './readers/geodata';
import { extensionOf } from './readers/sniff';
import { readTable } from './readers/table';
import type { FeatureCollectionInput, InputFile } from './types';
import type { UnitImportValues } from './unit-import-options';

const tableExtensions = new Set(['csv', 'txt', 'tsv', 'tab', 'xlsx', 'xlsm', 'xls']);

/** The units of the uploaded files, checked as far as possible without the database. */
export interface UnitSource {
	file: string;
	kind: UnitRowsInput['kind'];
	/** Units to stage; with derived codes, code is still null. */
	units: (UnitDraft & { geometry: string | null })[];
	columns: UnitColumns;
	rows: number;
	skipped: number;
	/** EPSG code of the geometries; null for tables. */
	crs: number | null;
	format: Record<string, unknown>;
	warnings: ImportProblem[];
}

export function isTable(files: readonly InputFile[]): boolean {
	return files.length === 1 && tableExtensions.has(extensionOf(files[0]!.name));
}

/** Properties as the header and cells of a table; a feature `id` becomes column "id" when no property is so named. */
function featureRows(collection: FeatureCollectionInput): UnitRowsInput {
	const header: string[] = [];
	for (const f of collection.features)
		for (const key of Object.keys(f.properties)) if (!header.includes(key)) header.push(key);
	const withId =
		collection.features.some((f) => f.id !== undefined) && !header.some((h) => h.toLowerCase() === 'id');
	if (withId) header.push('id');
	const rows = collection.features.map((f) => ({
		line: f.index,
		cells: header.map((key) => {
			const value = withId && key === 'id' ? f.id : f.properties[key];
			return value === null || value === undefined ? null : String(value);
		})
	}));
	return { file: collection.file, kind: 'geodata', header, rows };
}

/**
 * Reads the files and checks codes and geometries: read errors, missing or duplicate codes and
 * geometries PostGIS cannot repair fail the import here, before a transaction is opened.
 */
export async function readUnitSource(values: UnitImportValues): Promise<UnitSource> {
	const { options, files } = values;
	const derived = options.codeFromChildren !== undefined;
	const parentColumn = options.parent?.from === 'column' ? options.parent.column : undefined;
	const fields = { code: options.code, name: options.name, parentColumn, derivedCodes: derived };
	let input: UnitRowsInput;
	let geometries: Map<number, FeatureCollectionInput['features'][number]['geometry']> | null = null;
	let crs: number | null = null;
	let format: Record<string, unknown>;
	const warnings: ImportProblem[] = [];
	if (isTable(files)) {
		const read = await readTable(files[0]!, options);
		if (!read.ok) throw new ImportFailed(read.problems);
		const { file, header, rows } = read.value;
		input = { file, kind: 'table', header, rows };
		format = read.value.format;
		warnings.push(...read.warnings);
	} else {
		const read = await readGeodata(files, options);
		if (!read.ok) throw new ImportFailed(read.problems);
		input = featureRows(read.value);
		geometries = new Map(read.value.features.map((f) => [f.index, f.geometry]));
		crs = read.value.crs;
		format = { ...read.value.format, crs, crsSource: read.value.crsSource };
		warnings.push(...read.warnings);
		if (crs === null) {
			const message =
				'Das Koordinatensystem der Geodaten ist unbekannt. Bitte geben Sie beim Import den EPSG-Code an (z. B. 25832 oder 25833 für ETRS89 / UTM).';
			throw new ImportFailed([...warnings, problem('import.unknown_crs', { file: input.file }, message)]);
		}
	}
	const drafted = draftUnits(input, fields);
	const { columns, problems } = drafted;
	let drafts = drafted.drafts;
	if (options.nameCertainty) {
		const { column, certainValues, fragment } = options.nameCertainty;
		const certainty = applyNameCertainty(input, drafts, {
			certainColumn: column,
			certainValues: certainValues ?? defaultCertainValues,
			fragmentColumn: fragment
		});
		drafts = certainty.drafts;
		problems.push(...certainty.problems);
	}
	if (derived && input.kind === 'table') {
		const message =
			'Schlüssel aus untergeordneten Einheiten abzuleiten geht nur mit Geodaten. Bitte wählen Sie eine Spalte mit dem Schlüssel.';
		problems.push(problem('import.mapping', { file: input.file }, message));
	}
	if (hasErrors(problems)) throw new ImportFailed([...warnings, ...problems]);
	const checked = derived
		? { units: drafts, skipped: 0, problems: [] }
		: checkUnitCodes(input, drafts, columns.code, options.skipRecordsWithoutCode ?? false);
	problems.push(...checked.problems);
	// Warned before commit: the import keeps what the file says, a person decides.
	problems.push(...cutNameWarnings(input, checked.units, columns.name));
	// A names import takes names only; the geometry of its file (if any) is not checked or written.
	const withGeometry = geometries !== null && crs !== null && !options.namesOnly;
	if (geometries && crs !== null && withGeometry) {
		const kept = checked.units.map((u) => ({ index: u.row, geometry: geometries.get(u.row) ?? null }));
		problems.push(...checkGeometries(kept, { file: input.file, crs, expect: 'area' }));
		problems.push(...unclosedRings(input.file, kept));
		problems.push(...swappedCoordinateProblems(kept, { file: input.file, crs }));
	}
	const all = [...warnings, ...problems];
	if (hasErrors(all)) throw new ImportFailed(all);
	return {
		file: input.file,
		kind: input.kind,
		units: checked.units.map((u) => {
			const geometry = withGeometry ? geometries?.get(u.row) : null;
			return { ...u, geometry: geometry ? JSON.stringify(geometry) : null };
		}),
		columns,
		rows: input.rows.length,
		skipped: checked.skipped,
		crs,
		format,
		warnings: all
	};
}
