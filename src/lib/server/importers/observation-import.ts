import { ImportFailed } from '../../core/imports/import-failed';
import { checkObservations, type KnownVariable } from '../../core/imports/observation-checks';
import { resolveLayout } from '../../core/imports/observation-layout';
import type { ObservationLayout } from '../../core/imports/observation-mapping';
import { parseObservations, type ParsedObservations } from '../../core/imports/observation-parse';
import { missingReasons } from '../../core/imports/observation-missing-codes';
import { optionNames } from '../../core/imports/observation-layout';
import type { ProblemList } from '../../core/imports/problem-list';
import { problem, type ImportProblem } from '../../core/imports/problems';
import { progressReporter, type ImportReport, type ProgressCallback } from '../../core/imports/report';
import type { Database } from '../db/client';
import { insertDataImport } from '../repositories/data-import.repository';
import {
	insertMissing,
	insertStaged,
	preferIndexRebuild,
	setAsideReplaced,
	stageObservations,
	withIndexesRebuilt
} from '../repositories/observation-import.repository';
import { findSpatialLayer } from '../repositories/spatial-layer.repository';
import { unitIdsByCode } from '../repositories/unit-import.repository';
import { findVariablesByCodes, insertVariable } from '../repositories/variable.repository';
import type { ObservationImportValues, VariableDefinition } from './observation-import-options';
import { readTable } from './readers/table';
import { fileProvenance } from './staging/file-hash';
import type { Table, ImportWrite } from './types';

/** A file read and checked on its own, before the database is asked. */
export interface PreparedObservations {
	table: Table;
	layout: ObservationLayout;
	parsed: ParsedObservations;
	problems: ProblemList;
	/** Warnings of the reader and the mapping. */
	warnings: ImportProblem[];
}

/** Reads the table and all its values; a file that cannot be read or mapped fails here. */
export async function prepareObservations(
	values: ObservationImportValues,
	onProgress?: ProgressCallback
): Promise<PreparedObservations> {
	const file = values.files[0]!;
	const { options } = values;
	onProgress?.('read', 0, 1);
	const read = await readTable(file, {
		encoding: options.encoding,
		delimiter: options.delimiter,
		sheet: options.sheet
	});
	if (!read.ok) throw new ImportFailed(read.problems);
	onProgress?.('read', 1, 1);
	const table = read.value;
	const mapping = { ...options, format: values.format };
	const { layout, ignored, problems: layoutProblems } = resolveLayout(table.file, table.header, mapping);
	if (!layout) throw new ImportFailed([...read.warnings, ...layoutProblems]);
	const warnings = [...read.warnings];
	if (ignored.length > 0) {
		const message = `Nicht importiert werden die Spalten ${ignored.map((c) => `„${c}“`).join(', ')}, weil ihnen kein Merkmal zugeordnet ist. Bitte ordnen Sie sie zu, falls sie Werte enthalten, die gebraucht werden.`;
		warnings.push(problem('import.mapping', { file: table.file, row: 1 }, message, 'warning'));
	}
	const report = progressReporter(onProgress, 'validate', table.rows.length);
	const { parsed, problems } = parseObservations(
		{ file: table.file, header: table.header, rows: table.rows, kind: table.format.kind },
		layout,
		{
			numberStyle: options.numberStyle,
			onRow: report,
			missingCodes: { codes: options.missingCodes ?? [], defaults: options.destatisCodes !== false },
			...(options.flags ? { flags: options.flags } : {})
		}
	);
	warnings.push(...codeWarnings(table.file, parsed, values));
	return { table, layout, parsed, problems, warnings };
}

/** Warnings about the codes met: an ambiguous hyphen, flag variables the file does not have. */
function codeWarnings(
	file: string,
	parsed: ParsedObservations,
	values: ObservationImportValues
): ImportProblem[] {
	const warnings: ImportProblem[] = [];
	const declared = (values.options.missingCodes ?? []).some((c) => c.code === '-');
	const hyphen = parsed.codeCounts.find((c) => c.code === '-' && c.meaning === 'missing');
	if (hyphen && !declared && values.options.destatisCodes !== false) {
		const message = `${hyphen.count} Zelle(n) enthalten „-“ und wurden als fehlende Werte gelesen. In Tabellen der amtlichen Statistik (GENESIS) bedeutet „-“ aber „nichts vorhanden“, also 0. Bitte prüfen Sie die Zeichenerklärung Ihrer Quelle; ist 0 gemeint, geben Sie „-=null“ an (${optionNames.missingCodes}).`;
		warnings.push(problem('import.missing_codes', { file }, message, 'warning'));
	}
	const inFile = new Set(parsed.variableCodes);
	for (const code of values.options.flags?.variables ?? []) {
		if (inFile.has(code)) continue;
		const message = `Das Kennzeichen-Merkmal „${code}“ kommt in der Datei nicht vor. Bitte prüfen Sie den Merkmalscode (${optionNames.flags}).`;
		warnings.push(problem('import.mapping', { file }, message, 'warning'));
	}
	return warnings;
}

/** Variables of the file: known ones, and those the options define, created now (in the transaction). */
async function resolveVariables(
	tx: Database,
	tenantId: string,
	codes: readonly string[],
	definitions: readonly VariableDefinition[]
): Promise<{ variables: Map<string, KnownVariable>; created: string[] }> {
	const variables = new Map<string, KnownVariable>();
	for (const [code, v] of await findVariablesByCodes(tx, tenantId, codes)) {
		variables.set(code, { id: v.id, code, kind: v.kind, unitLabel: v.unitLabel });
	}
	const created: string[] = [];
	for (const code of codes) {
		const d = definitions.find((v) => v.code === code);
		if (variables.has(code) || !d) continue;
		const row = await insertVariable(tx, tenantId, {
			code: d.code,
			name: d.name,
			kind: d.kind,
			personCount: d.personCount ?? d.kind === 'count',
			unitLabel: d.unitLabel ?? (d.kind === 'count' ? 'Personen' : d.kind === 'rate' ? '%' : ''),
			source: d.source ?? null,
			topicId: null,
			description: d.description ?? null
		});
		variables.set(code, { id: row.id, code, kind: row.kind, unitLabel: row.unitLabel });
		created.push(code);
	}
	return { variables, created };
}

export type ObservationWrite = ImportWrite;

/**
 * Checks the prepared values against the database and writes them, with their provenance, in
 * the caller's transaction. Any error: ImportFailed with every problem, and nothing is written.
 */
export async function writeObservations(
	tx: Database,
	values: ObservationImportValues,
	prepared: PreparedObservations,
	write: ObservationWrite,
	onProgress?: ProgressCallback
): Promise<ImportReport> {
	const { table, layout, parsed, problems } = prepared;
	const { tenantId, importId } = write;
	const layer = await findSpatialLayer(tx, tenantId, values.layer);
	if (!layer) {
		const message = `Die Ebene „${values.layer}“ (${optionNames.layer}) gibt es nicht. Bitte wählen Sie eine vorhandene Ebene oder importieren Sie zuerst ihre Gebietseinheiten.`;
		throw new ImportFailed([
			...prepared.warnings,
			...problems.list(),
			problem('import.unknown_layer', { file: table.file }, message)
		]);
	}
	const unitIds = await unitIdsByCode(tx, tenantId, layer.id);
	const { variables, created: variablesCreated } = await resolveVariables(
		tx,
		tenantId,
		parsed.variableCodes,
		values.options.variables ?? []
	);
	const ids = checkObservations(
		parsed,
		table.header,
		layout.unit,
		{ layerName: layer.name, unitIds, variables },
		problems
	);
	const all = [...prepared.warnings, ...problems.list()];
	if (problems.hasErrors) throw new ImportFailed(all);

	const progress = progressReporter(onProgress, 'write', parsed.count + 2);
	await stageObservations(tx, parsed, (done) => progress(done));
	const stageIds = { unitIds: ids.unitIds, variableIds: ids.variableIds, dates: parsed.dates };
	const replaced = await setAsideReplaced(tx, tenantId, importId, stageIds);
	progress(parsed.count + 1);
	const insert = () => insertStaged(tx, tenantId, importId, stageIds);
	const stored = (await preferIndexRebuild(tx, parsed.count))
		? await withIndexesRebuilt(tx, insert)
		: await insert();
	progress(parsed.count + 2);
	const { coded } = parsed;
	const missingStored = await insertMissing(tx, tenantId, importId, stageIds, {
		count: coded.count,
		unit: coded.unit,
		variable: coded.variable,
		date: coded.date,
		reason: coded.reason.map((r) => missingReasons[r]!),
		code: coded.code.map((c) => coded.codes[c]!)
	});

	const provenance = fileProvenance(values.files);
	const report: ImportReport = {
		importId,
		kind: 'observations',
		rows: table.rows.length,
		created: stored - replaced,
		updated: 0,
		replaced,
		missingValues: parsed.missing,
		missingCodes: parsed.codeCounts,
		skipped: 0,
		notInFile: [],
		variablesCreated,
		warnings: all
	};
	await insertDataImport(tx, {
		tenantId,
		id: importId,
		kind: 'observations',
		fileName: provenance.fileName,
		sha256: provenance.sha256,
		userId: write.userId,
		actor: write.actor,
		at: write.now,
		rows: table.rows.length,
		layerId: layer.id,
		variableCodes: [...parsed.variableCodes].sort(),
		details: {
			files: provenance.files,
			format: values.format,
			read: table.format,
			options: values.options,
			values: stored,
			created: report.created,
			replaced,
			missingValues: parsed.missing,
			missingCodes: parsed.codeCounts,
			missingStored,
			dates: [...parsed.dates].sort(),
			variablesCreated,
			warnings: all
		}
	});
	return report;
}
