import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { tableSnapshot } from '../../../../test/support/table-snapshot';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { ImportJobs } from '../importers/import-jobs';
import { fixture, textFile } from '../importers/readers/test-files';
import { UploadStore } from '../importers/upload-store';
import { getImport, importObservations, importUnits } from './import.service';
import {
	checkImportUpload,
	commitImportUpload,
	getImportJob,
	getImportUpload,
	mapImportUpload,
	stageImportUpload,
	startImportJob
} from './import-wizard.service';
import { tenantContext } from './tenant-context';

let handle: DatabaseHandle;
let world: TenantWorld;
let store: UploadStore;

const planner = () => tenantContext(contextFor(handle.db, world.users.planner.actor), world.slug);
const snapshot = () => tableSnapshot(handle.db, world.tenantId);

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'assistent');
	store = new UploadStore(handle.db);
	const ctx = contextFor(handle.db, system);
	await importUnits(await tenantContext(ctx, world.slug), {
		layer: { code: 'bezirksregion', name: 'Bezirksregion' },
		files: [textFile('bzr.csv', 'Schlüssel;Name\n010111;Tiergarten Süd\n')]
	});
	await importUnits(await tenantContext(ctx, world.slug), {
		layer: { code: 'planungsraum', name: 'Planungsraum', parentLayer: 'bezirksregion' },
		files: [
			textFile(
				'plr.csv',
				'Schlüssel;Name;Eltern\n01011101;Stülerstraße;010111\n01011102;Großer Tiergarten;010111\n'
			)
		],
		options: { parent: { from: 'column', column: 'Eltern' } }
	});
}, 120_000);
afterAll(async () => {
	await handle?.close();
});

describe('dry run', () => {
	it('returns the report of a units import and leaves every table exactly as it was', async () => {
		const before = await snapshot();
		const report = await importUnits(
			await planner(),
			{
				layer: { code: 'plr_neu', name: 'Planungsräume neu', parentLayer: 'bezirksregion' },
				files: [fixture('good/einheiten-planungsraeume.csv')],
				options: { parent: { from: 'column', column: 'Bezirksregion' } }
			},
			undefined,
			{ dryRun: true }
		);
		expect(report).toMatchObject({ kind: 'units', rows: 3, created: 3, updated: 0 });
		expect(await snapshot()).toEqual(before);
	});

	it('returns the report of an observations import with a new variable, and keeps nothing', async () => {
		const before = await snapshot();
		const file = textFile(
			'werte.csv',
			'Schlüssel;Stichtag;Merkmal;Wert\n01011101;2016;kitas;4\n01011102;2016;kitas;NA\n'
		);
		const report = await importObservations(
			await planner(),
			{
				layer: 'planungsraum',
				files: [file],
				format: 'long',
				options: { variables: [{ code: 'kitas', name: 'Kitas', kind: 'count' }] }
			},
			undefined,
			{ dryRun: true }
		);
		expect(report).toMatchObject({ rows: 2, created: 1, missingValues: 1, variablesCreated: ['kitas'] });
		expect(await snapshot()).toEqual(before);
	});

	it('still fails with every problem, and is still refused to a viewer', async () => {
		const before = await snapshot();
		const bad = fixture('bad/unbekannte-raumcodes.csv');
		const input = {
			layer: 'planungsraum',
			files: [bad],
			format: 'long' as const,
			options: { variables: [{ code: 'einwohner', name: 'Einwohner' }] }
		};
		await expect(
			planner().then((tc) => importObservations(tc, input, undefined, { dryRun: true }))
		).rejects.toMatchObject({
			code: 'import.failed',
			problems: [{ row: 3 }, { row: 4 }]
		});
		const viewer = contextFor(handle.db, world.users.viewer.actor);
		await expect(
			tenantContext(viewer, world.slug).then((tc) =>
				importObservations(tc, input, undefined, { dryRun: true })
			)
		).rejects.toMatchObject({
			code: 'auth.forbidden'
		});
		expect(await snapshot()).toEqual(before);
	});
});

describe('the wizard', () => {
	it('upload → guessed mapping → check (nothing written) → commit → provenance; the upload is gone', async () => {
		const target = {
			kind: 'units',
			layer: '',
			newLayer: { code: 'plr2', name: 'PLR 2', parentLayer: 'bezirksregion' }
		};
		const upload = await stageImportUpload(
			await planner(),
			{
				target,
				files: [fixture('good/einheiten-planungsraeume.csv'), { name: '', bytes: new Uint8Array(0) }]
			},
			store
		);
		expect(upload.files.map((f) => f.name)).toEqual(['einheiten-planungsraeume.csv']);

		const view = await mapImportUpload(await planner(), upload.id, store);
		expect(view.preview.header).toEqual(['Schlüssel', 'Name', 'Bezirksregion']);
		expect(view.preview.rows[0]).toEqual(['01011101', 'Stülerstraße', '010111']);
		expect(view.preview.rowCount).toBe(3);
		// The third column is named after the parent layer: recognised as the parent's code.
		expect(view.mapping).toMatchObject({
			code: 'Schlüssel',
			name: 'Name',
			parent: 'column',
			parentColumn: 'Bezirksregion'
		});

		const before = await snapshot();
		const check = await checkImportUpload(await planner(), upload.id, view.mapping, store);
		expect(check).toMatchObject({ ok: true, report: { created: 3, rows: 3 } });
		expect(await snapshot()).toEqual(before);
		expect((await getImportUpload(await planner(), upload.id, store)).state.mapping).toEqual(view.mapping);

		const report = await commitImportUpload(await planner(), upload.id, store);
		const row = await getImport(await planner(), report.importId);
		expect(row).toMatchObject({
			kind: 'units',
			fileName: 'einheiten-planungsraeume.csv',
			rows: 3,
			layerCode: 'plr2'
		});
		await expect(planner().then((tc) => getImportUpload(tc, upload.id, store))).rejects.toMatchObject({
			code: 'import.upload_not_found'
		});
	});

	it('reports every problem of a bad file and refuses to commit it', async () => {
		const upload = await stageImportUpload(
			await planner(),
			{
				target: { kind: 'observations', layer: 'planungsraum' },
				files: [fixture('bad/unbekannte-raumcodes.csv')]
			},
			store
		);
		const view = await mapImportUpload(await planner(), upload.id, store);
		expect(view.mapping).toMatchObject({
			format: 'long',
			unit: 'Schlüssel',
			date: 'Stichtag',
			variable: 'Merkmal',
			value: 'Wert'
		});
		// "einwohner" is not a variable of this tenant: offered for definition.
		expect(view.unknownVariables).toEqual(['einwohner']);
		const mapping = {
			...view.mapping,
			'var.0.code': 'einwohner',
			'var.0.name': 'Einwohner',
			'var.0.kind': 'count'
		};
		const check = await checkImportUpload(await planner(), upload.id, mapping, store);
		expect(check.ok).toBe(false);
		const problems = check.ok ? [] : check.problems;
		expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
			['import.unknown_unit', 3, 'Schlüssel'],
			['import.unknown_unit', 4, 'Schlüssel']
		]);
		await expect(planner().then((tc) => commitImportUpload(tc, upload.id, store))).rejects.toMatchObject({
			code: 'validation.invalid'
		});
	});

	it('maps a wide file by column and commits it as a background job', async () => {
		const file = textFile('breit.csv', 'PLR,EW,Kinder\n01011101,3114,120\n01011102,192,9\n');
		const upload = await stageImportUpload(
			await planner(),
			{
				target: { kind: 'observations', layer: 'planungsraum' },
				files: [file]
			},
			store
		);
		const view = await mapImportUpload(await planner(), upload.id, store);
		expect(view.mapping).toMatchObject({ format: 'wide', unit: 'PLR' });
		const mapping = {
			...view.mapping,
			fixedDate: '31.12.2016',
			'col.1': 'ew',
			'col.2': 'kinder',
			'var.0.code': 'ew',
			'var.0.name': 'Einwohner',
			'var.1.code': 'kinder',
			'var.1.name': 'Kinder',
			'var.1.kind': 'count'
		};
		expect((await checkImportUpload(await planner(), upload.id, mapping, store)).ok).toBe(true);
		const jobs = new ImportJobs(handle.db);
		const started = await startImportJob(await planner(), upload.id, store, jobs);
		let job = started;
		for (let i = 0; i < 100 && job.state === 'running'; i++) {
			await new Promise((resolve) => setTimeout(resolve, 50));
			job = await getImportJob(await planner(), started.id, jobs);
		}
		expect(job.state).toBe('done');
		expect(job.progress.phase).toBe('write');
		expect(job.progress.done).toBe(job.progress.total);
		expect(job.report).toMatchObject({ created: 4, variablesCreated: ['ew', 'kinder'] });
		const row = await getImport(await planner(), job.report!.importId);
		expect(row.variableCodes).toEqual(['ew', 'kinder']);
		// Someone else in the tenant sees neither the job nor could take the upload.
		const admin = contextFor(handle.db, world.users.admin.actor);
		await expect(
			tenantContext(admin, world.slug).then((tc) => getImportJob(tc, started.id, jobs))
		).rejects.toMatchObject({
			code: 'import.job_not_found'
		});
	});

	it('reads a wide file’s date column per row, the file’s codes and a flag column (issue 12)', async () => {
		const file = textFile(
			'codes.csv',
			'Schlüssel;Jahr;SGB;Gültig\n01011101;2015;12;ja\n01011101;2016;-9999;ja\n01011102;2016;.;nein\n'
		);
		const upload = await stageImportUpload(
			await planner(),
			{ target: { kind: 'observations', layer: 'planungsraum' }, files: [file] },
			store
		);
		const view = await mapImportUpload(await planner(), upload.id, store);
		// The date column is offered as the date of each row.
		expect(view.mapping).toMatchObject({ format: 'wide', unit: 'Schlüssel', wideDate: 'Jahr' });
		const mapping = {
			...view.mapping,
			'col.2': 'sgb_w',
			'col.3': 'gueltig_w',
			'var.0.code': 'sgb_w',
			'var.0.name': 'SGB II',
			'var.1.code': 'gueltig_w',
			'var.1.name': 'Gültig',
			'var.1.kind': 'amount',
			missingCodes: '-9999=gesperrt',
			flags: 'gueltig_w'
		};
		const before = await snapshot();
		const check = await checkImportUpload(await planner(), upload.id, mapping, store);
		expect(await snapshot()).toEqual(before);
		expect(check.ok).toBe(true);
		if (!check.ok) return;
		// 12 (2015), ja, ja, nein stored; -9999 and "." missing with their reasons.
		expect(check.report).toMatchObject({ created: 4, missingValues: 2 });
		expect(check.report.missingCodes?.map((c) => [c.code, c.meaning, c.count])).toEqual([
			['-9999', 'locked', 1],
			['.', 'secret', 1]
		]);
		const bad = await checkImportUpload(
			await planner(),
			upload.id,
			{ ...mapping, missingCodes: '-9999=irgendwie' },
			store
		);
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(bad.problems[0]!.message).toContain('geheim, gesperrt');
	});

	it('lets only those who may import use it, and shows an upload only to its owner', async () => {
		const viewer = contextFor(handle.db, world.users.viewer.actor);
		const files = [textFile('a.csv', 'Schlüssel\n1\n')];
		const target = { kind: 'units', layer: 'planungsraum' };
		await expect(
			tenantContext(viewer, world.slug).then((tc) => stageImportUpload(tc, { target, files }, store))
		).rejects.toMatchObject({
			code: 'auth.forbidden'
		});
		const upload = await stageImportUpload(await planner(), { target, files }, store);
		const admin = contextFor(handle.db, world.users.admin.actor);
		await expect(
			tenantContext(admin, world.slug).then((tc) => getImportUpload(tc, upload.id, store))
		).rejects.toMatchObject({
			code: 'import.upload_not_found'
		});
		await expect(
			planner().then((tc) =>
				stageImportUpload(tc, { target: { kind: 'observations', layer: '' }, files }, store)
			)
		).rejects.toMatchObject({
			code: 'validation.invalid',
			fields: { 'target.layer': 'Bitte wählen Sie eine Ebene.' }
		});
		await expect(
			planner().then((tc) => stageImportUpload(tc, { target, files: [] }, store))
		).rejects.toMatchObject({
			fields: { files: 'Bitte wählen Sie mindestens eine Datei aus.' }
		});
	});
});
