import type { ImportWrite } from './types';
import { ImportFailed } from '../../core/imports/import-failed';
import { ProblemList } from '../../core/imports/problem-list';
import { problem } from '../../core/imports/problems';
import type { ImportReport, ProgressCallback } from '../../core/imports/report';
import type { Database } from '../db/client';
import { insertDataImport } from '../repositories/data-import.repository';
import {
	applyStagedUnits,
	repairStagedGeometries,
	stagedBoxes,
	stageUnits,
	tenantUnitExtent,
	unitIdsByCode,
	unitsNotStaged
} from '../repositories/unit-import.repository';
import { farOutsideWarnings } from '../../core/spatial/far-outside';
import { rowLabel } from '../../core/imports/unit-records';
import { similarHint } from '../../core/imports/similar-codes';
import {
	findSpatialLayer,
	findSpatialLayerById,
	insertSpatialLayer,
	type SpatialLayerRow
} from '../repositories/spatial-layer.repository';
import { rebuildAncestry } from '../repositories/unit-ancestry.repository';
import { fileProvenance } from './staging/file-hash';
import { deriveCodes } from './unit-import-codes';
import type { UnitImportValues } from './unit-import-options';
import { assignParents } from './unit-import-parents';
import type { UnitSource } from './unit-import-source';

export type UnitWrite = ImportWrite;

function fail(
	problems: ProblemList,
	code: 'import.unknown_layer' | 'import.mapping',
	file: string,
	message: string
): never {
	problems.add(problem(code, { file }, message));
	throw new ImportFailed(problems.list());
}

/** The layer named by code, or the new layer created now (in the same transaction). */
async function resolveLayer(
	tx: Database,
	tenantId: string,
	wanted: UnitImportValues['layer'],
	file: string,
	problems: ProblemList
): Promise<{ layer: SpatialLayerRow; created: boolean }> {
	if (typeof wanted === 'string') {
		const layer = await findSpatialLayer(tx, tenantId, wanted);
		if (layer) return { layer, created: false };
		fail(
			problems,
			'import.unknown_layer',
			file,
			`Die Ebene „${wanted}“ gibt es nicht. Bitte wählen Sie eine vorhandene Ebene oder legen Sie beim Import eine neue an.`
		);
	}
	if (await findSpatialLayer(tx, tenantId, wanted.code)) {
		fail(
			problems,
			'import.mapping',
			file,
			`Eine Ebene mit dem Kürzel „${wanted.code}“ gibt es bereits. Bitte wählen Sie sie als vorhandene Ebene aus oder wählen Sie ein anderes Kürzel.`
		);
	}
	let parentLayerId: string | null = null;
	if (wanted.parentLayer) {
		const parent = await findSpatialLayer(tx, tenantId, wanted.parentLayer);
		if (!parent) {
			fail(
				problems,
				'import.unknown_layer',
				file,
				`Die übergeordnete Ebene „${wanted.parentLayer}“ gibt es nicht. Bitte legen Sie sie zuerst an (durch einen Import ihrer Gebietseinheiten).`
			);
		}
		parentLayerId = parent.id;
	}
	const layer = await insertSpatialLayer(tx, {
		tenantId,
		code: wanted.code,
		name: wanted.name,
		parentLayerId,
		...(wanted.metricSrid ? { metricSrid: wanted.metricSrid } : {})
	});
	return { layer, created: true };
}

/**
 * A names import changes names of units the layer has: a new layer, a parent rule or a code the
 * layer does not know would do more than that, so they are errors.
 */
async function checkNamesOnly(
	tx: Database,
	tenantId: string,
	values: UnitImportValues,
	layer: SpatialLayerRow,
	layerCreated: boolean,
	source: UnitSource,
	problems: ProblemList
): Promise<void> {
	const file = source.file;
	if (layerCreated || (values.options.parent && values.options.parent.from !== 'none')) {
		const message =
			'Ein Namensimport ändert nur die Namen vorhandener Gebietseinheiten. Bitte wählen Sie eine vorhandene Ebene und keine Zuordnung übergeordneter Einheiten.';
		problems.add(problem('import.mapping', { file }, message));
		return;
	}
	const known = await unitIdsByCode(tx, tenantId, layer.id);
	const codes = [...known.keys()];
	for (const unit of source.units) {
		if (unit.code === null || known.has(unit.code)) continue;
		const message = `${rowLabel(source.kind, unit.row)}: Die Gebietseinheit „${unit.code}“ gibt es in der Ebene „${layer.name}“ nicht.${similarHint(unit.code, codes)} Ein Namensimport legt keine Einheiten an; bitte prüfen Sie den Schlüssel.`;
		problems.add(
			problem('import.unknown_unit', { file, row: unit.row, column: source.columns.code }, message)
		);
	}
}

/**
 * Writes the units of a checked source in the caller's transaction: stage, reproject, repair,
 * derive codes, assign parents; on any error ImportFailed with every problem and nothing written;
 * else upsert, rebuild the ancestry and record the provenance.
 */
export async function writeUnits(
	tx: Database,
	values: UnitImportValues,
	source: UnitSource,
	write: UnitWrite,
	onProgress?: ProgressCallback
): Promise<ImportReport> {
	const { tenantId, importId } = write;
	const { options } = values;
	const problems = new ProblemList();
	problems.addAll(source.warnings);
	const step = (phase: 'validate' | 'write', done: number, total: number) => onProgress?.(phase, done, total);
	step('validate', 0, 4);
	const { layer, created: layerCreated } = await resolveLayer(
		tx,
		tenantId,
		values.layer,
		source.file,
		problems
	);
	const parentLayer = layer.parentLayerId
		? ((await findSpatialLayerById(tx, tenantId, layer.parentLayerId)) ?? null)
		: null;

	await stageUnits(
		tx,
		source.units.map((u) => ({
			row: u.row,
			code: u.code,
			name: u.name,
			parentCode: u.parentCode,
			geometry: u.geometry
		})),
		source.crs ?? 4326
	);
	step('validate', 1, 4);
	for (const { row, reason, empty } of await repairStagedGeometries(tx)) {
		const where = { file: source.file, row };
		if (empty) {
			const message = `Objekt ${row}: Die Geometrie ist ungültig (${reason}) und nach der Reparatur leer; sie hat keine Fläche. Bitte korrigieren Sie die Fläche in Ihrem GIS.`;
			problems.add(problem('import.invalid_geometry', where, message));
		} else {
			const message = `Objekt ${row}: Die Geometrie war ungültig (${reason}) und wurde automatisch repariert (ST_MakeValid). Bitte prüfen Sie die Fläche auf der Karte.`;
			problems.add(problem('import.repaired_geometry', where, message, 'warning'));
		}
	}
	if (source.crs !== null && source.units.some((u) => u.geometry !== null)) {
		// Compared with the units already there (before this import writes any), or with Germany.
		const extent = await tenantUnitExtent(tx, tenantId);
		const boxes = (await stagedBoxes(tx)).map(({ row, code, ...box }) => ({ row, code, box }));
		problems.addAll(farOutsideWarnings(boxes, extent, source.file));
	}
	step('validate', 2, 4);
	if (options.namesOnly) await checkNamesOnly(tx, tenantId, values, layer, layerCreated, source, problems);
	const units = options.codeFromChildren
		? await deriveCodes(tx, tenantId, options.codeFromChildren, source, problems)
		: source.units.map((u) => ({ ...u, code: u.code! }));
	step('validate', 3, 4);
	const rule = options.parent ?? { from: 'none' as const };
	await assignParents(tx, tenantId, layer, parentLayer, rule, source, units, problems);
	step('validate', 4, 4);
	if (problems.hasErrors) throw new ImportFailed(problems.list());

	step('write', 0, 3);
	const notInFile = await unitsNotStaged(tx, tenantId, layer.id);
	const { created, updated } = await applyStagedUnits(tx, tenantId, layer.id, importId, rule.from !== 'none');
	step('write', 1, 3);
	await rebuildAncestry(tx, tenantId);
	step('write', 2, 3);
	const warnings = problems.list();
	const provenance = fileProvenance(values.files);
	await insertDataImport(tx, {
		tenantId,
		id: importId,
		kind: 'units',
		fileName: provenance.fileName,
		sha256: provenance.sha256,
		userId: write.userId,
		actor: write.actor,
		at: write.now,
		rows: source.rows,
		layerId: layer.id,
		details: {
			files: provenance.files,
			read: source.format,
			options,
			layerCreated,
			columns: source.columns,
			created,
			updated,
			unchanged: units.length - created - updated,
			skipped: source.skipped,
			notInFile,
			warnings
		}
	});
	step('write', 3, 3);
	return {
		importId,
		kind: 'units',
		rows: source.rows,
		created,
		updated,
		replaced: 0,
		missingValues: 0,
		skipped: source.skipped,
		notInFile,
		variablesCreated: [],
		warnings
	};
}
