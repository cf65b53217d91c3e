import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ImportFailed } from '../../core/imports/import-failed';
import { hasErrors, problem, type ImportProblem } from '../../core/imports/problems';
import type { ImportReport, ProgressCallback } from '../../core/imports/report';
import { splitHierarchy } from '../../core/imports/unit-hierarchy';
import { cutNameWarnings } from '../../core/imports/unit-names';
import type { Database } from '../db/client';
import { findSpatialLayer, findSpatialLayerById } from '../repositories/spatial-layer.repository';
import { dropStagedUnits } from '../repositories/unit-import.repository';
import { codeSchema, delimiterSchema, encodingSchema, inputFileSchema } from './import-history-input';
import { readTable } from './readers/table';
import type { ImportWrite } from './types';
import { writeUnits } from './unit-import';
import type { UnitImportValues } from './unit-import-options';
import { isTable, type UnitSource } from './unit-import-source';

/**
 * A flat area table creates (or updates) a whole hierarchy of layers in one import: one row per
 * smallest unit, a code (and name) column per level, or upper codes as prefixes of the smallest
 * code. Every level is written like a unit import of its own (its own provenance, so it can be
 * rolled back from the bottom up), all in one transaction: any error, and nothing is written.
 */

const levelSchema = z
	.object({
		/** Code of an existing layer, or a new layer (its parent is the level above). */
		layer: z.union([
			z.string().trim().min(1, 'Bitte wählen Sie eine Ebene.'),
			z.object({
				code: codeSchema,
				name: z.string().trim().min(1).max(200),
				metricSrid: z.number().int().min(1024).max(999_999).optional()
			})
		]),
		/** Column with the level's code. */
		code: z.string().trim().min(1).optional(),
		/** Or: the first n characters of the smallest unit's code (not for the lowest level). */
		prefix: z.number().int().min(1).max(63).optional(),
		/** Column with the level's name. */
		name: z.string().trim().min(1).optional()
	})
	.refine((l) => (l.code === undefined) !== (l.prefix === undefined), {
		message: 'Bitte geben Sie für jede Ebene entweder die Spalte mit dem Schlüssel oder die Stellenzahl an.'
	});

export const hierarchyImportSchema = z.object({
	files: z.array(inputFileSchema).length(1, 'Bitte wählen Sie genau eine Tabelle (CSV oder Excel).'),
	/** The levels from the top (Bezirk) down to the smallest unit (Planungsraum). */
	levels: z.array(levelSchema).min(2, 'Eine Hierarchie hat mindestens zwei Ebenen.').max(8),
	options: z
		.object({
			encoding: encodingSchema.optional(),
			delimiter: delimiterSchema.optional(),
			sheet: z.string().trim().min(1).optional()
		})
		.default({})
});

export type HierarchyImportInput = z.input<typeof hierarchyImportSchema>;
export type HierarchyImportValues = z.output<typeof hierarchyImportSchema>;

/** The report of every level (top first) and their sum; `importId` is the top level's import. */
export interface HierarchyImportReport extends ImportReport {
	levels: { layer: string; report: ImportReport }[];
}

const layerCode = (layer: HierarchyImportValues['levels'][number]['layer']) =>
	typeof layer === 'string' ? layer : layer.code;

/** Reads the table and splits it into levels; read errors and conflicts fail here, before any transaction. */
export async function readHierarchy(values: HierarchyImportValues) {
	const file = values.files[0]!;
	if (!isTable(values.files)) {
		const message =
			'Eine Gebietshierarchie wird aus einer Tabelle (CSV oder Excel) mit einer Zeile je kleinster Einheit importiert. Bitte wählen Sie eine solche Datei; Geodaten importieren Sie Ebene für Ebene.';
		throw new ImportFailed([problem('import.mapping', { file: file.name }, message)]);
	}
	const read = await readTable(file, values.options);
	if (!read.ok) throw new ImportFailed(read.problems);
	const { header, rows, format } = read.value;
	const input = { file: read.value.file, kind: 'table' as const, header, rows };
	const labels = values.levels.map((l) => (typeof l.layer === 'string' ? l.layer : l.layer.name));
	const split = splitHierarchy(
		input,
		values.levels.map((l, i) => ({ label: labels[i]!, code: l.code, prefix: l.prefix, name: l.name }))
	);
	const all: ImportProblem[] = [...read.warnings, ...split.problems];
	if (hasErrors(all)) throw new ImportFailed(all);
	const sources: UnitSource[] = split.levels.map((level, i) => ({
		file: input.file,
		kind: 'table',
		units: level.units.map((u) => ({ ...u, geometry: null })),
		columns: level.columns,
		rows: rows.length,
		skipped: 0,
		crs: null,
		format: { ...format, hierarchyLevel: i + 1 },
		warnings: [...(i === 0 ? all : []), ...cutNameWarnings(input, level.units, level.columns.name)]
	}));
	return { sources, labels };
}

/** Writes the levels top down in the caller's transaction; the first level gets `write.importId`. */
export async function writeHierarchy(
	tx: Database,
	values: HierarchyImportValues,
	sources: UnitSource[],
	write: ImportWrite,
	onProgress?: ProgressCallback
): Promise<HierarchyImportReport> {
	const levels: HierarchyImportReport['levels'] = [];
	for (const [i, level] of values.levels.entries()) {
		const above = i > 0 ? layerCode(values.levels[i - 1]!.layer) : undefined;
		await refuseForeignParent(tx, write.tenantId, level.layer, above, sources[i]!.file);
		const unitValues: UnitImportValues = {
			layer: typeof level.layer === 'string' ? level.layer : { ...level.layer, parentLayer: above },
			files: values.files,
			options: {
				...values.options,
				code: sources[i]!.columns.code ?? undefined,
				name: sources[i]!.columns.name ?? undefined,
				...(i > 0 ? { parent: { from: 'column' as const, column: sources[i]!.columns.parent! } } : {})
			}
		};
		const importId = i === 0 ? write.importId : randomUUID();
		const report = await writeUnits(tx, unitValues, sources[i]!, { ...write, importId }, onProgress);
		await dropStagedUnits(tx);
		levels.push({ layer: layerCode(level.layer), report });
	}
	const sum = (key: 'created' | 'updated') => levels.reduce((s, l) => s + l.report[key], 0);
	return {
		importId: write.importId,
		kind: 'units',
		rows: sources[0]!.rows,
		created: sum('created'),
		updated: sum('updated'),
		replaced: 0,
		missingValues: 0,
		skipped: 0,
		notInFile: levels.flatMap((l) => l.report.notInFile),
		variablesCreated: [],
		warnings: levels.flatMap((l) => l.report.warnings),
		levels
	};
}

/** An existing layer below the top must have the level above as its parent layer. */
async function refuseForeignParent(
	tx: Database,
	tenantId: string,
	layer: HierarchyImportValues['levels'][number]['layer'],
	above: string | undefined,
	file: string
): Promise<void> {
	if (typeof layer !== 'string' || above === undefined) return;
	const existing = await findSpatialLayer(tx, tenantId, layer);
	if (!existing) return; // writeUnits names the unknown layer
	const parent = existing.parentLayerId
		? await findSpatialLayerById(tx, tenantId, existing.parentLayerId)
		: undefined;
	if (parent?.code === above) return;
	const message = `Die Ebene „${existing.name}“ hat ${parent ? `die übergeordnete Ebene „${parent.name}“` : 'keine übergeordnete Ebene'}, in der Tabelle steht darüber aber „${above}“. Bitte ordnen Sie die Ebenen so an, wie sie ineinander liegen, oder legen Sie eine neue Ebene an.`;
	throw new ImportFailed([problem('import.mapping', { file }, message)]);
}
