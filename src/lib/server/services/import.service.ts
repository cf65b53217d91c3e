import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import type { ImportReport, ProgressCallback } from '../../core/imports/report';
import { undoImport, type RollbackResult } from '../importers/import-history';
import {
	observationImportSchema,
	type ObservationImportInput
} from '../importers/observation-import-options';
import { prepareObservations, writeObservations } from '../importers/observation-import';
import type { ImportWrite } from '../importers/types';
import { writeUnits } from '../importers/unit-import';
import { unitImportSchema, type UnitImportInput } from '../importers/unit-import-options';
import { readUnitSource } from '../importers/unit-import-source';
import {
	hierarchyImportSchema,
	readHierarchy,
	writeHierarchy,
	type HierarchyImportInput,
	type HierarchyImportReport
} from '../importers/unit-hierarchy-import';
import {
	findDataImport,
	listDataImports,
	lockDataImport,
	markRolledBack,
	type DataImportRow,
	type DataImportSummary
} from '../repositories/data-import.repository';
import type { Database } from '../db/client';
import { recordChange } from './audit.service';
import { dataChanged } from './data-change';
import { actorLabel, actorUserId, authorize, type ServiceContext } from './context';
import type { TenantContext } from './tenant-context';
import { parseInput } from './validation';

export type {
	HierarchyImportInput,
	HierarchyImportReport,
	ImportReport,
	ProgressCallback,
	RollbackResult,
	UnitImportInput,
	ObservationImportInput
};

/** What the audit log keeps of an import: enough to find it, not the data. */
function auditSummary(report: ImportReport, fileName: string, layer: string) {
	const { importId: _id, warnings, notInFile, ...counts } = report;
	return { fileName, layer, ...counts, notInFile: notInFile.length, warnings: warnings.length };
}

/** How an import runs: `dryRun` does everything and then rolls it back, to check a file for real. */
export interface ImportMode {
	dryRun?: boolean;
}

/** Thrown inside a dry run's transaction to roll it back, carrying the report out. */
class DryRunFinished<R extends ImportReport = ImportReport> extends Error {
	constructor(readonly report: R) {
		super('dry run finished');
	}
}

/**
 * Runs an import's writes and its audit entry in one transaction, under a new import id. A dry
 * run ends the same transaction with a rollback, so it finds every problem the database would
 * find (unknown units, parents, repairs) and leaves nothing behind.
 */
async function writeInOneTransaction<R extends ImportReport>(
	ctx: ServiceContext,
	tenantId: string,
	write: (tx: Database, target: ImportWrite) => Promise<R>,
	summary: (report: R) => Record<string, unknown>,
	mode: ImportMode
): Promise<R> {
	if (mode.dryRun) {
		try {
			await writeInOneTransaction(
				ctx,
				tenantId,
				async (tx, target) => {
					throw new DryRunFinished(await write(tx, target));
				},
				summary,
				{}
			);
		} catch (caught) {
			if (caught instanceof DryRunFinished) return caught.report as R;
			throw caught;
		}
		throw new Error('A dry run must end with its rollback.');
	}
	return ctx.db.transaction(async (tx) => {
		const target: ImportWrite = {
			tenantId,
			importId: randomUUID(),
			userId: actorUserId(ctx.actor),
			actor: actorLabel(ctx.actor),
			now: ctx.now
		};
		const report = await write(tx, target);
		await recordChange(tx, ctx, {
			tenantId,
			entity: 'data_import',
			entityId: report.importId,
			action: 'create',
			after: summary(report)
		});
		return report;
	});
}

/**
 * Imports spatial units (with or without geometry) into an existing or a new layer. Reads and
 * checks the files first, then stages, validates and writes in one transaction; any error throws
 * ImportFailed with every problem, and the database stays as it was. With `dryRun` the report is
 * returned and nothing is kept.
 */
export async function importUnits(
	tc: TenantContext,
	input: UnitImportInput,
	onProgress?: ProgressCallback,
	mode: ImportMode = {}
): Promise<ImportReport> {
	const values = parseInput(unitImportSchema, input);
	authorize(tc, 'data.write', { tenantId: tc.tenant.id });
	onProgress?.('read', 0, 1);
	const source = await readUnitSource(values);
	onProgress?.('read', 1, 1);
	const layer = typeof values.layer === 'string' ? values.layer : values.layer.code;
	const report = await writeInOneTransaction(
		tc,
		tc.tenant.id,
		(tx, write) => writeUnits(tx, values, source, write, onProgress),
		(report) => auditSummary(report, source.file, layer),
		mode
	);
	if (!mode.dryRun) dataChanged(tc);
	return report;
}

/**
 * Imports a flat area table (one row per smallest unit, code and name columns per level) into a
 * hierarchy of layers, created where new: every level one import with its own provenance, all in
 * one transaction and one audit entry; any error throws ImportFailed and nothing is written.
 */
export async function importUnitHierarchy(
	tc: TenantContext,
	input: HierarchyImportInput,
	onProgress?: ProgressCallback,
	mode: ImportMode = {}
): Promise<HierarchyImportReport> {
	const values = parseInput(hierarchyImportSchema, input);
	authorize(tc, 'data.write', { tenantId: tc.tenant.id });
	onProgress?.('read', 0, 1);
	const { sources } = await readHierarchy(values);
	onProgress?.('read', 1, 1);
	const report = await writeInOneTransaction(
		tc,
		tc.tenant.id,
		(tx, write) => writeHierarchy(tx, values, sources, write, onProgress),
		(report) => ({
			...auditSummary(report, sources[0]!.file, report.levels.map((l) => l.layer).join(' > ')),
			levels: report.levels.map((l) => ({
				layer: l.layer,
				importId: l.report.importId,
				created: l.report.created,
				updated: l.report.updated
			}))
		}),
		mode
	);
	if (!mode.dryRun) dataChanged(tc);
	return report;
}

/**
 * Imports observations (long or wide table) for the units of a layer. Values for the same
 * variable, unit and date replace the stored ones (kept for a rollback); missing cells are
 * counted, never stored. One transaction; any error throws ImportFailed with every problem.
 */
export async function importObservations(
	tc: TenantContext,
	input: ObservationImportInput,
	onProgress?: ProgressCallback,
	mode: ImportMode = {}
): Promise<ImportReport> {
	const values = parseInput(observationImportSchema, input);
	authorize(tc, 'data.write', { tenantId: tc.tenant.id });
	const prepared = await prepareObservations(values, onProgress);
	const report = await writeInOneTransaction(
		tc,
		tc.tenant.id,
		(tx, write) => writeObservations(tx, values, prepared, write, onProgress),
		(report) => ({
			...auditSummary(report, prepared.table.file, values.layer),
			variables: prepared.parsed.variableCodes
		}),
		mode
	);
	if (!mode.dryRun) dataChanged(tc);
	return report;
}

const listQuery = z.object({
	page: z.coerce.number().int().min(1).default(1),
	pageSize: z.coerce.number().int().min(1).max(500).default(50),
	/** The API pages by limit and offset; they win over page and pageSize when given. */
	limit: z.coerce.number().int().min(1).max(1000).optional(),
	offset: z.coerce.number().int().min(0).optional()
});

export interface ImportPage {
	imports: DataImportSummary[];
	total: number;
	page: number;
	pageSize: number;
}

/** The tenant's imports, newest first, with their provenance. */
export async function listImports(tc: TenantContext, query: unknown = {}): Promise<ImportPage> {
	const { page, pageSize, limit, offset } = parseInput(listQuery, query);
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const { rows, total } = await listDataImports(tc.db, tc.tenant.id, {
		limit: limit ?? pageSize,
		offset: offset ?? (page - 1) * pageSize
	});
	return { imports: rows, total, page, pageSize };
}

function importIdFrom(importId: string): string {
	if (!z.uuid().safeParse(importId).success) throw new AppError('import.not_found', { import: importId });
	return importId;
}

/** One import with its provenance and report (options used, counts, warnings) in `details`. */
export async function getImport(
	tc: TenantContext,
	importId: string
): Promise<DataImportRow & { layerCode: string | null }> {
	const id = importIdFrom(importId);
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	const row = await findDataImport(tc.db, tc.tenant.id, id);
	if (!row) throw new AppError('import.not_found', { import: importId });
	return row;
}

/**
 * Rolls an import back: observations are deleted and the values they replaced restored; units
 * are deleted (and updated ones restored) unless later data depend on them. Marked and audited.
 */
export async function rollbackImport(tc: TenantContext, importId: string): Promise<RollbackResult> {
	const id = importIdFrom(importId);
	authorize(tc, 'data.write', { tenantId: tc.tenant.id });
	const rolledBack = await tc.db.transaction(async (tx) => {
		await lockDataImport(tx, tc.tenant.id, id);
		const row = await findDataImport(tx, tc.tenant.id, id);
		if (!row) throw new AppError('import.not_found', { import: importId });
		if (row.status === 'rolled_back') {
			const at = row.rolledBackAt?.toLocaleString('de-DE', { timeZone: 'Europe/Berlin' }) ?? '?';
			throw new AppError('import.already_rolled_back', { import: row.fileName, at });
		}
		const result = await undoImport(tx, row);
		await markRolledBack(tx, tc.tenant.id, id, tc.now);
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'data_import',
			entityId: id,
			action: 'update',
			before: { status: 'committed', kind: row.kind, fileName: row.fileName },
			after: { status: 'rolled_back', deleted: result.deleted, restored: result.restored }
		});
		return result;
	});
	dataChanged(tc);
	return rolledBack;
}
