import { z } from 'zod';
import { AppError } from '../../core/errors';
import { isImportFailed } from '../../core/imports/import-failed';
import { resolveLayout } from '../../core/imports/observation-layout';
import { findColumn } from '../../core/imports/column-names';
import type { ImportReport, ProgressCallback } from '../../core/imports/report';
import { importJobs, type ImportJobs, type ImportJobView } from '../importers/import-jobs';
import { readGeodata } from '../importers/readers/geodata';
import { readTable } from '../importers/readers/table';
import type { InputFile } from '../importers/types';
import { isTable } from '../importers/unit-import-source';
import {
	chosenFiles,
	uploadStore,
	type UploadOwner,
	type UploadStore,
	type StoredFile
} from '../importers/upload-store';
import {
	guessMapping,
	hierarchyInput,
	isHierarchy,
	observationInput,
	unitInput,
	wizardTargetSchema,
	type UploadPreview,
	type WizardCheck,
	type WizardMapping,
	type WizardState,
	type WizardTarget
} from '../importers/wizard-mapping';
import { listSpatialLayers, type SpatialLayerListItem } from '../repositories/spatial-layer.repository';
import { listVariables as listVariableRows } from '../repositories/variable.repository';
import { actorLabel, actorUserId, authorize } from './context';
import { importObservations, importUnitHierarchy, importUnits } from './import.service';
import type { TenantContext } from './tenant-context';
import { parseInput } from './validation';

/**
 * The import wizard: upload → mapping → check (a dry run of the real import) → commit. The files
 * wait in the upload store between the steps; every step is authorized as an import
 * (`data.write`), and an upload is seen only by the person who made it.
 */

export interface WizardUpload {
	id: string;
	files: StoredFile[];
	createdAt: string;
	state: WizardState;
}

/**
 * Who owns an upload or a job: the user (or, for the CLI and tests, the system's label) in a
 * tenant. Every step asks for it once, and with it the policy whether they may import.
 */
function ownerIn(tc: TenantContext): UploadOwner {
	authorize(tc, 'data.write', { tenantId: tc.tenant.id });
	return { tenantId: tc.tenant.id, userId: actorUserId(tc.actor) ?? `system:${actorLabel(tc.actor)}` };
}

const stageSchema = z.object({ target: wizardTargetSchema });

/** Step 1: checks what is to be imported where and keeps the files for the next steps. */
export async function stageImportUpload(
	tc: TenantContext,
	input: { target: unknown; files: readonly InputFile[] },
	store: UploadStore = uploadStore(tc.db)
): Promise<WizardUpload> {
	const owner = ownerIn(tc);
	const { target } = parseInput(stageSchema, { target: input.target });
	const files = chosenFiles(input.files);
	if (files.length === 0) {
		const message = 'Bitte wählen Sie mindestens eine Datei aus.';
		throw new AppError('validation.invalid', { details: message }, { files: message });
	}
	const state: WizardState = { target, mapping: null, check: null };
	const saved = await store.save(owner, files, state, tc.now);
	return { id: saved.id, files: saved.files, createdAt: saved.createdAt, state };
}

/** The owner's upload with what the wizard has settled so far. */
export async function getImportUpload(
	tc: TenantContext,
	uploadId: string,
	store: UploadStore = uploadStore(tc.db)
): Promise<WizardUpload> {
	return uploadOf(store, ownerIn(tc), uploadId, tc.now);
}

async function uploadOf(
	store: UploadStore,
	owner: UploadOwner,
	uploadId: string,
	now: Date
): Promise<WizardUpload> {
	const manifest = await store.manifest<WizardState>(owner, uploadId, now);
	return { id: manifest.id, files: manifest.files, createdAt: manifest.createdAt, state: manifest.state };
}

async function previewOf(files: InputFile[], target: WizardTarget, mapping: WizardMapping | null) {
	const options = {
		encoding: (mapping?.encoding || undefined) as 'auto' | undefined,
		crs: /^\d+$/.test(mapping?.crs ?? '') ? Number(mapping!.crs) : undefined
	};
	const tableFile = target.kind === 'observations' || isTable(files);
	if (tableFile) {
		const delimiter = mapping?.delimiter === 'tab' ? '\t' : mapping?.delimiter || undefined;
		const read = await readTable(files[0]!, {
			encoding: options.encoding,
			delimiter: delimiter as 'auto' | undefined,
			sheet: mapping?.sheet || undefined
		});
		if (!read.ok) return { preview: emptyPreview('table', read.problems), rows: [] as string[][] };
		const rows = read.value.rows.map((r) => r.cells);
		const preview: UploadPreview = {
			source: 'table',
			header: read.value.header,
			rows: rows.slice(0, 5),
			rowCount: rows.length,
			crs: null,
			problems: read.warnings
		};
		return { preview, rows };
	}
	const read = await readGeodata(files, options);
	if (!read.ok) return { preview: emptyPreview('geodata', read.problems), rows: [] as string[][] };
	const header: string[] = [];
	for (const f of read.value.features)
		for (const key of Object.keys(f.properties)) if (!header.includes(key)) header.push(key);
	const rows = read.value.features.map((f) => header.map((key) => String(f.properties[key] ?? '')));
	const preview: UploadPreview = {
		source: 'geodata',
		header,
		rows: rows.slice(0, 5),
		rowCount: rows.length,
		crs: read.value.crs,
		problems: read.warnings
	};
	return { preview, rows };
}

function emptyPreview(source: UploadPreview['source'], problems: UploadPreview['problems']): UploadPreview {
	return { source, header: [], rows: [], rowCount: 0, crs: null, problems };
}

export interface MappingView {
	upload: WizardUpload;
	preview: UploadPreview;
	/** The mapping to show: the one entered last, else the guess. */
	mapping: WizardMapping;
	layers: Pick<SpatialLayerListItem, 'code' | 'name' | 'parentCode'>[];
	/** Observations: variable codes the mapping yields that the tenant does not know yet. */
	unknownVariables: string[];
}

/** Variable codes a mapping yields from a table (at most 200, for the definition form). */
function mappedVariables(
	target: WizardTarget,
	mapping: WizardMapping,
	files: InputFile[],
	header: string[],
	rows: string[][]
): string[] {
	const input = observationInput(target, mapping, files, header);
	if (input.format === 'long') {
		const index = findColumn(header, 'variable', input.options?.columns?.variable);
		if (index < 0) return input.options?.variable ? [input.options.variable] : [];
		return [...new Set(rows.map((r) => (r[index] ?? '').trim()).filter(Boolean))].slice(0, 200);
	}
	const { layout } = resolveLayout('', header, { ...input.options, format: 'wide' });
	return layout?.format === 'wide' ? [...new Set(layout.targets.map((t) => t.variable))].slice(0, 200) : [];
}

/** Step 2: the files' columns and first rows, and the mapping to show. */
export async function mapImportUpload(
	tc: TenantContext,
	uploadId: string,
	store: UploadStore = uploadStore(tc.db)
): Promise<MappingView> {
	const owner = ownerIn(tc);
	const upload = await uploadOf(store, owner, uploadId, tc.now);
	const files = await store.files(owner, uploadId, tc.now);
	const { target, mapping: entered } = upload.state;
	const { preview, rows } = await previewOf(files, target, entered);
	const layers = await listSpatialLayers(tc.db, owner.tenantId);
	const variables = await listVariableRows(tc.db, owner.tenantId);
	const parentCode = target.newLayer
		? target.newLayer.parentLayer
		: layers.find((l) => l.code === target.layer)?.parentCode;
	const parent = layers.find((l) => l.code === parentCode);
	const mapping =
		entered ??
		guessMapping(target, preview, {
			parentLayer: parent ? { code: parent.code, name: parent.name } : null,
			variableCodes: variables.map((v) => v.code)
		});
	const known = new Set(variables.map((v) => v.code));
	const unknownVariables =
		target.kind === 'observations' && preview.header.length > 0
			? mappedVariables(target, mapping, files, preview.header, rows).filter((code) => !known.has(code))
			: [];
	return {
		upload,
		preview,
		mapping,
		layers: layers.map((l) => ({ code: l.code, name: l.name, parentCode: l.parentCode })),
		unknownVariables
	};
}

async function runImport(
	tc: TenantContext,
	target: WizardTarget,
	mapping: WizardMapping,
	files: InputFile[],
	onProgress: ProgressCallback | undefined,
	dryRun: boolean
): Promise<ImportReport> {
	if (isHierarchy(target, mapping)) {
		return importUnitHierarchy(tc, hierarchyInput(target, mapping, files), onProgress, {
			dryRun
		});
	}
	if (target.kind === 'units') {
		return importUnits(tc, unitInput(target, mapping, files), onProgress, { dryRun });
	}
	// The header is needed to name the wide columns the form refers to by position.
	const read = await readTable(files[0]!, {
		encoding: (mapping.encoding || undefined) as 'auto' | undefined
	});
	const header = read.ok ? read.value.header : [];
	return importObservations(tc, observationInput(target, mapping, files, header), onProgress, {
		dryRun
	});
}

/**
 * Step 3: keeps the mapping and runs the import as a dry run: every problem the real import
 * would meet, or the report it would give; the database is left as it was.
 */
export async function checkImportUpload(
	tc: TenantContext,
	uploadId: string,
	mapping: WizardMapping,
	store: UploadStore = uploadStore(tc.db)
): Promise<WizardCheck> {
	const owner = ownerIn(tc);
	const manifest = await store.manifest<WizardState>(owner, uploadId, tc.now);
	const files = await store.files(owner, uploadId, tc.now);
	const at = tc.now.toISOString();
	let check: WizardCheck;
	try {
		const report = await runImport(tc, manifest.state.target, mapping, files, undefined, true);
		check = { ok: true, at, report };
	} catch (caught) {
		if (isImportFailed(caught)) {
			check = { ok: false, at, message: caught.message, problems: [...caught.problems] };
		} else if (caught instanceof AppError && caught.code === 'validation.invalid') {
			// A mapping the service refuses (e.g. no file, prefix length 0) is a problem of the mapping.
			check = {
				ok: false,
				at,
				message: caught.message,
				problems: [
					{
						code: 'import.mapping',
						severity: 'error',
						file: manifest.files.map((f) => f.name).join(', '),
						row: null,
						column: null,
						message: `${caught.message} Bitte korrigieren Sie die Zuordnung.`
					}
				]
			};
		} else {
			throw caught;
		}
	}
	await store.update<WizardState>(owner, uploadId, { ...manifest.state, mapping, check }, tc.now);
	return check;
}

/** Step 4 without JavaScript: the import for real, now; the upload is deleted after success. */
export async function commitImportUpload(
	tc: TenantContext,
	uploadId: string,
	store: UploadStore = uploadStore(tc.db),
	onProgress?: ProgressCallback
): Promise<ImportReport> {
	const owner = ownerIn(tc);
	const manifest = await store.manifest<WizardState>(owner, uploadId, tc.now);
	const { target, mapping } = manifest.state;
	if (!mapping || !manifest.state.check?.ok) {
		throw new AppError('validation.invalid', {
			details:
				'Bitte prüfen Sie die Datei zuerst (Schritt „Prüfen“); übernommen wird nur eine fehlerfreie Prüfung.'
		});
	}
	const files = await store.files(owner, uploadId, tc.now);
	try {
		const report = await runImport(tc, target, mapping, files, onProgress, false);
		await store.remove(owner, uploadId, tc.now);
		return report;
	} catch (caught) {
		// The data may have changed since the check: keep the new problems for the report page.
		if (isImportFailed(caught)) {
			const check: WizardCheck = {
				ok: false,
				at: tc.now.toISOString(),
				message: caught.message,
				problems: [...caught.problems]
			};
			await store.update<WizardState>(owner, uploadId, { ...manifest.state, check }, tc.now);
		}
		throw caught;
	}
}

/** Step 4 with JavaScript: the same import as a background job whose progress the page polls. */
export async function startImportJob(
	tc: TenantContext,
	uploadId: string,
	store: UploadStore = uploadStore(tc.db),
	jobs: ImportJobs = importJobs(tc.db)
): Promise<ImportJobView> {
	const owner = ownerIn(tc);
	// Fails now, not in the background, when the upload is gone or was not checked.
	const manifest = await store.manifest<WizardState>(owner, uploadId, tc.now);
	if (!manifest.state.check?.ok) {
		throw new AppError('validation.invalid', {
			details:
				'Bitte prüfen Sie die Datei zuerst (Schritt „Prüfen“); übernommen wird nur eine fehlerfreie Prüfung.'
		});
	}
	return jobs.start(owner, (onProgress) => commitImportUpload(tc, uploadId, store, onProgress));
}

/** The state of one of the user's own import jobs. */
export async function getImportJob(
	tc: TenantContext,
	jobId: string,
	jobs: ImportJobs = importJobs(tc.db)
): Promise<ImportJobView> {
	const owner = ownerIn(tc);
	const job = await jobs.get(owner, jobId);
	if (!job) throw new AppError('import.job_not_found');
	return job;
}
