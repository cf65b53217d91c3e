import { readdirSync, readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableSnapshot } from '../../../../test/support/table-snapshot';
import { createTestDatabase } from '../../../../test/support/test-db';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { isImportFailed } from '../../core/imports/import-failed';
import type { ImportProblem } from '../../core/imports/problems';
import type { DatabaseHandle } from '../db/client';
import { httpStatus, toErrorBody } from '../errors';
import { defaultMaxBytes, extensionOf } from '../importers/readers/sniff';
import { fixturesDir, textFile } from '../importers/readers/test-files';
import type { InputFile } from '../importers/types';
import { insertVariable } from '../repositories/variable.repository';
import { importObservations, importUnits } from './import.service';
import { tenantContext } from './tenant-context';

/** The bad-file corpus (test/fixtures/bad/manifest.json) against the import service. */
interface Entry {
	file: string;
	generated?: 'oversize';
	stage: 'read' | 'validate';
	kind: 'units' | 'observations';
	options: Record<string, unknown> & { mapping?: Mapping };
	expect:
		'ok' | { code: string; row?: number | null; column?: string | null; severity?: 'error' | 'warning' }[];
}

interface Mapping {
	format?: 'long' | 'wide';
	layer?: string;
	date?: string;
	columns?: Record<string, string>;
	properties?: Record<string, string>;
	variables?: Record<string, string>;
	/** Further options of the observation import (missingCodes, flags, variables …), as given. */
	extra?: Record<string, unknown>;
}

interface Setup {
	layers: {
		code: string;
		name: string;
		parent?: string;
		units: { code: string; name: string; parent?: string }[];
	}[];
	variables: { code: string; name: string; kind: 'count' | 'amount' | 'rate' }[];
}

const dir = `${fixturesDir}bad/`;
const manifest = JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')) as { setup: Setup; files: Entry[] };

function inputs(entry: Entry): InputFile[] {
	if (entry.generated === 'oversize') {
		const line = '01011101;31.12.2016;einwohner;3114\n';
		return [{ name: entry.file, bytes: Buffer.alloc(defaultMaxBytes + 1024, line) }];
	}
	const path = dir + entry.file;
	if (statSync(path).isDirectory()) {
		return readdirSync(path).map((name) => ({
			name,
			bytes: new Uint8Array(readFileSync(`${path}/${name}`))
		}));
	}
	return [{ name: entry.file, bytes: new Uint8Array(readFileSync(path)) }];
}

/** The manifest's reader options and mapping, as the service's input. */
async function run(entry: Entry) {
	const ctx = contextFor(handle.db, world.users.planner.actor);
	const { mapping = {}, ...reader } = entry.options;
	const layer = mapping.layer ?? 'planungsraum';
	const files = inputs(entry);
	if (entry.kind === 'observations') {
		const format = mapping.format ?? 'long';
		return importObservations(await tenantContext(ctx, world.slug), {
			layer,
			files,
			format,
			options: {
				...reader,
				columns: mapping.columns,
				date: mapping.date,
				...(mapping.variables ? { wideColumns: mapping.variables } : {}),
				...mapping.extra
			}
		});
	}
	const fields = mapping.columns ?? mapping.properties ?? {};
	return importUnits(await tenantContext(ctx, world.slug), {
		layer,
		files,
		options: {
			...reader,
			code: fields.code,
			name: fields.name,
			...(fields.parent ? { parent: { from: 'column' as const, column: fields.parent } } : {})
		}
	});
}

async function failure(entry: Entry): Promise<readonly ImportProblem[]> {
	const error = await run(entry).then(
		() => null,
		(e: unknown) => e
	);
	expect(isImportFailed(error), `${entry.file} must fail with import.failed, got ${String(error)}`).toBe(
		true
	);
	return isImportFailed(error) ? error.problems : [];
}

const summary = (
	problems: readonly { code: string; row?: number | null; column?: string | null; severity?: string }[]
) =>
	problems
		.map((p) => ({
			code: p.code,
			row: p.row ?? null,
			column: p.column ?? null,
			severity: p.severity ?? 'error'
		}))
		.sort((a, b) => `${a.code}${a.row}`.localeCompare(`${b.code}${b.row}`));

/** Row counts and a checksum of every table an import writes to, for this tenant. */
function snapshot(): Promise<Record<string, string>> {
	return tableSnapshot(handle.db, world.tenantId);
}

let handle: DatabaseHandle;
let world: TenantWorld;
let before: Record<string, string>;

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'berlin');
	const ctx = contextFor(handle.db, system);
	for (const layer of manifest.setup.layers) {
		const table = [
			'Schlüssel;Name;Eltern',
			...layer.units.map((u) => `${u.code};${u.name};${u.parent ?? ''}`)
		].join('\n');
		await importUnits(await tenantContext(ctx, world.slug), {
			layer: { code: layer.code, name: layer.name, parentLayer: layer.parent },
			files: [textFile(`${layer.code}.csv`, table)],
			options: layer.parent ? { parent: { from: 'column', column: 'Eltern' } } : {}
		});
	}
	for (const v of manifest.setup.variables) {
		await insertVariable(handle.db, world.tenantId, {
			...v,
			personCount: v.kind === 'count',
			unitLabel: v.kind === 'count' ? 'Personen' : '%',
			source: null,
			topicId: null,
			description: null
		});
	}
	before = await snapshot();
}, 120_000);
afterAll(() => handle?.close());

describe('bad files through the import service', () => {
	const bad = manifest.files.filter(
		(e) => e.expect !== 'ok' && !e.expect.some((x) => x.severity === 'warning')
	);

	for (const entry of bad.filter((e) => e.stage === 'validate')) {
		it(`${entry.file} → exactly ${(entry.expect as { code: string }[]).map((e) => e.code).join(', ')}`, async () => {
			const problems = await failure(entry);
			expect(summary(problems)).toEqual(summary(entry.expect as []));
			for (const p of problems) {
				expect(p.message, p.code).toMatch(/Bitte/);
				expect(p.file).toBe(entry.file);
			}
		});
	}

	for (const entry of bad.filter((e) => e.stage === 'read')) {
		it(`${entry.file} fails with ${(entry.expect as { code: string }[]).map((e) => e.code).join(', ')}`, async () => {
			const codes = new Set((await failure(entry)).map((p) => p.code));
			for (const expected of entry.expect as { code: string }[]) expect(codes).toContain(expected.code);
		});
	}

	it('leaves the database exactly as it was after every one of them', async () => {
		expect(bad.length).toBeGreaterThanOrEqual(40);
		expect(await snapshot()).toEqual(before);
	});

	it('carries every problem to the API as HTTP 422 with file, row, column and code', async () => {
		const entry = manifest.files.find((e) => e.file === 'unbekannte-raumcodes.csv')!;
		const error = await run(entry).catch((e: unknown) => e);
		const body = toErrorBody(error);
		expect(httpStatus(body.code)).toBe(422);
		expect(body.message).toMatch(/2 Problem/);
		expect(body.problems?.map((p) => [p.row, p.column])).toEqual([
			[3, 'Schlüssel'],
			[4, 'Schlüssel']
		]);
		expect(body.problems?.[0]?.message).toContain('Ähnliche vorhandene Schlüssel: „01011101“');
	});
});

describe('good and repairable files of the corpus', () => {
	for (const entry of manifest.files.filter(
		(e) => e.expect === 'ok' || e.expect.some((x) => x.severity === 'warning')
	)) {
		it(`${entry.file} ${JSON.stringify(entry.options).slice(0, 60)} imports`, async () => {
			const report = await run(entry);
			const wanted = entry.expect === 'ok' ? [] : entry.expect;
			expect(summary(report.warnings)).toEqual(summary(wanted));
		});
	}
});

describe('who may import', () => {
	it('a viewer may not; nothing is written', async () => {
		const snap = await snapshot();
		const ctx = contextFor(handle.db, world.users.viewer.actor);
		const file = textFile('werte.csv', 'Schlüssel;Stichtag;Merkmal;Wert\n01011101;2016;einwohner;1\n');
		await expect(
			tenantContext(ctx, world.slug).then((tc) =>
				importObservations(tc, { layer: 'planungsraum', files: [file], format: 'long' })
			)
		).rejects.toMatchObject({ code: 'auth.forbidden' });
		expect(await snapshot()).toEqual(snap);
	});

	it('refuses malformed input with field messages', async () => {
		const ctx = contextFor(handle.db, world.users.planner.actor);
		await expect(
			tenantContext(ctx, world.slug).then((tc) =>
				importObservations(tc, { layer: '', files: [], format: 'long' })
			)
		).rejects.toMatchObject({ code: 'validation.invalid' });
		expect(extensionOf('a.csv')).toBe('csv');
	});
});
