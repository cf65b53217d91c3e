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
import { actorLabel, actorUserId, authorize, type ServiceContext } from './context';
import { importObservations, importUnitHierarchy, importUnits } from './import.service';
import { resolveTenant } from './tenant.service';
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

/** Who owns an upload or a job: the user (or, for the CLI and tests, the system's label) in a tenant. */
async function ownerIn(ctx: ServiceContext, tenantSlug: string): Promise<UploadOwner> {
	const tenant = await resolveTenant(ctx, tenantSlug);
	authorize(ctx, 'data.write', { tenantId: tenant.id });
	return { tenantId: tenant.id, userId: actorUserId(ctx.actor) ?? `system:${actorLabel(ctx.actor)}` };
}

const stageSchema = z.object({ target: wizardTargetSchema });

/** Step 1: checks what is to be imported where and keeps the files for the next steps. */
export async function stageImportUpload(
	ctx: ServiceContext,
	tenantSlug: string,
	input: { target: unknown; files: readonly InputFile[] },
	store: UploadStore = uploadStore(ctx.db)
): Promise<WizardUpload> {
	const owner = await ownerIn(ctx, tenantSlug);
	const { target } = parseInput(stageSchema, { target: input.target });
	const files = chosenFiles(input.files);
	if (files.length === 0) {
		const message = 'Bitte wählen Sie mindestens eine Datei aus.';
		throw new AppError('validation.invalid', { details: message }, { files: message });
	}
	const state: WizardState = { target, mapping: null, check: null };
	const saved = await store.save(owner, files, state, ctx.now);
	return { id: saved.id, files: saved.files, createdAt: saved.createdAt, state };
}

/** The owner's upload with what the wizard has settled so far. */
export async function getImportUpload(
	ctx: ServiceContext,
	tenantSlug: string,
	uploadId: string,
	store: UploadStore = uploadStore(ctx.db)
): Promise<WizardUpload> {
	const owner = await ownerIn(ctx, tenantSlug);
	const manifest = await store.manifest<WizardState>(owner, uploadId, ctx.now);
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
	ctx: ServiceContext,
	tenantSlug: string,
	uploadId: string,
	store: UploadStore = uploadStore(ctx.db)
): Promise<MappingView> {
	const upload = await getImportUpload(ctx, tenantSlug, uploadId, store);
	const owner = await ownerIn(ctx, tenantSlug);
	const files = await store.files(owner, uploadId, ctx.now);
	const { target, mapping: entered } = upload.state;
	const { preview, rows } = await previewOf(files, target, entered);
	const layers = await listSpatialLayers(ctx.db, owner.tenantId);
	const variables = await listVariableRows(ctx.db, owner.tenantId);
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
	ctx: ServiceContext,
	tenantSlug: string,
	target: WizardTarget,
	mapping: WizardMapping,
	files: InputFile[],
	onProgress: ProgressCallback | undefined,
	dryRun: boolean
): Promise<ImportReport> {
	if (isHierarchy(target, mapping)) {
		return importUnitHierarchy(ctx, tenantSlug, hierarchyInput(target, mapping, files), onProgress, {
			dryRun
		});
	}
	if (target.kind === 'units') {
		return importUnits(ctx, tenantSlug, unitInput(target, mapping, files), onProgress, { dryRun });
	}
	// The header is needed to name the wide columns the form refers to by position.
	const read = await readTable(files[0]!, {
		encoding: (mapping.encoding || undefined) as 'auto' | undefined
	});
	const header = read.ok ? read.value.header : [];
	return importObservations(ctx, tenantSlug, observationInput(target, mapping, files, header), onProgress, {
		dryRun
	});
}

/**
 * Step 3: keeps the mapping and runs the import as a dry run: every problem the real import
 * would meet, or the report it would give; the database is left as it was.
 */
export async function checkImportUpload(
	ctx: ServiceContext,
	tenantSlug: string,
	uploadId: string,
	mapping: WizardMapping,
	store: UploadStore = uploadStore(ctx.db)
): Promise<WizardCheck> {
	const owner = await ownerIn(ctx, tenantSlug);
	const manifest = await store.manifest<WizardState>(owner, uploadId, ctx.now);
	const files = await store.files(owner, uploadId, ctx.now);
	const at = ctx.now.toISOString();
	let check: WizardCheck;
	try {
		const report = await runImport(ctx, tenantSlug, manifest.state.target, mapping, files, undefined, true);
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
	await store.update<WizardState>(owner, uploadId, { ...manifest.state, mapping, check }, ctx.now);
	return check;
}

/** Step 4 without JavaScript: the import for real, now; the upload is deleted after success. */
export async function commitImportUpload(
	ctx: ServiceContext,
	tenantSlug: string,
	uploadId: string,
	store: UploadStore = uploadStore(ctx.db),
	onProgress?: ProgressCallback
): Promise<ImportReport> {
	const owner = await ownerIn(ctx, tenantSlug);
	const manifest = await store.manifest<WizardState>(owner, uploadId, ctx.now);
	const { target, mapping } = manifest.state;
	if (!mapping || !manifest.state.check?.ok) {
		throw new AppError('validation.invalid', {
			details:
				'Bitte prüfen Sie die Datei zuerst (Schritt „Prüfen“); übernommen wird nur eine fehlerfreie Prüfung.'
		});
	}
	const files = await store.files(owner, uploadId, ctx.now);
	try {
		const report = await runImport(ctx, tenantSlug, target, mapping, files, onProgress, false);
		await store.remove(owner, uploadId, ctx.now);
		return report;
	} catch (caught) {
		// The data may have changed since the check: keep the new problems for the report page.
		if (isImportFailed(caught)) {
			const check: WizardCheck = {
				ok: false,
				at: ctx.now.toISOString(),
				message: caught.message,
				problems: [...caught.problems]
			};
			await store.update<WizardState>(owner, uploadId, { ...manifest.state, check }, ctx.now);
		}
		throw caught;
	}
}

/** Step 4 with JavaScript: the same import as a background job whose progress the page polls. */
export async function startImportJob(
	ctx: ServiceContext,
	tenantSlug: string,
	uploadId: string,
	store: UploadStore = uploadStore(ctx.db),
	jobs: ImportJobs = importJobs(ctx.db)
): Promise<ImportJobView> {
	const owner = await ownerIn(ctx, tenantSlug);
	// Fails now, not in the background, when the upload is gone or was not checked.
	const manifest = await store.manifest<WizardState>(owner, uploadId, ctx.now);
	if (!manifest.state.check?.ok) {
		throw new AppError('validation.invalid', {
			details:
				'Bitte prüfen Sie die Datei zuerst (Schritt „Prüfen“); übernommen wird nur eine fehlerfreie Prüfung.'
		});
	}
	return jobs.start(owner, (onProgress) => commitImportUpload(ctx, tenantSlug, uploadId, store, onProgress));
}

/** The state of one of the user's own import jobs. */
export async function getImportJob(
	ctx: ServiceContext,
	tenantSlug: string,
	jobId: string,
	jobs: ImportJobs = importJobs(ctx.db)
): Promise<ImportJobView> {
	const owner = await ownerIn(ctx, tenantSlug);
	const job = await jobs.get(owner, jobId);
	if (!job) throw new AppError('import.job_not_found');
	return job;
}
