import { readdirSync, readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, type TenantWorld } from '../../../../test/support/fixtures';
import { createPlanWorld, planSnapshot } from '../../../../test/support/plan-world';
import { createTestDatabase } from '../../../../test/support/test-db';
import { isImportFailed } from '../../core/imports/import-failed';
import type { ImportProblem } from '../../core/imports/problems';
import type { DatabaseHandle } from '../db/client';
import { dataChangesSettled } from '../services/data-change';
import { importPlan } from '../services/plan-import.service';
import { tenantContext } from '../services/tenant-context';
import { fixturesDir } from './readers/test-files';
import type { InputFile } from './types';

/**
 * The plan cases of the bad-file corpus (test/fixtures/bad/plan/, README there): each file gives
 * exactly its problems, each with a German message that names the row and column and says what to
 * do, and nothing at all is stored.
 */
interface Entry {
	file: string;
	expect: 'ok' | { file?: string; code: string; row: number | null; column: string | null }[];
}

const dir = `${fixturesDir}bad/plan/`;
const manifest = JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')) as { files: Entry[] };

function inputs(entry: Entry): InputFile[] {
	const path = dir + entry.file;
	const names = statSync(path).isDirectory()
		? readdirSync(path).map((n) => `${entry.file}/${n}`)
		: [entry.file];
	return names.map((name) => ({
		name: name.split('/').pop()!,
		bytes: new Uint8Array(readFileSync(dir + name))
	}));
}

let handle: DatabaseHandle;
let world: TenantWorld;

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createPlanWorld(handle.db, 'fehlerstadt');
});
afterAll(async () => {
	await dataChangesSettled();
	await handle?.close();
});

describe('plan import: bad-file corpus', () => {
	it('has a case for every rule the brief names', () => {
		expect(manifest.files.length).toBeGreaterThanOrEqual(16);
		for (const entry of manifest.files)
			expect(statSync(dir + entry.file).isFile() || entry.file).toBeTruthy();
	});

	for (const entry of manifest.files) {
		const wanted = entry.expect;
		it(`${entry.file} → ${wanted === 'ok' ? 'ok' : wanted.map((w) => w.code).join(', ')}`, async () => {
			const files = inputs(entry);
			const tc = await tenantContext(contextFor(handle.db, world.users.planner.actor), world.slug);
			const before = await planSnapshot(handle.db, world.tenantId);
			if (wanted === 'ok') {
				const report = await importPlan(tc, files, { dryRun: true });
				expect(report.goalsCreated + report.measuresCreated).toBeGreaterThan(0);
				expect(await planSnapshot(handle.db, world.tenantId)).toEqual(before);
				return;
			}
			const error = await importPlan(tc, files).then(
				() => null,
				(e: unknown) => e
			);
			expect(isImportFailed(error), String(error)).toBe(true);
			const problems = (error as { problems: ImportProblem[] }).problems;
			const single = files.length === 1 ? files[0]!.name : null;
			const summary = (list: { file?: string; code: string; row: number | null; column: string | null }[]) =>
				list.map((p) => `${p.file ?? single} ${p.code} ${p.row} ${p.column}`).sort();
			expect(summary(problems)).toEqual(summary(wanted));
			for (const p of problems) {
				expect(p.severity).toBe('error');
				// German, with the place and what to do.
				expect(p.message, p.code).toMatch(/Bitte/);
				if (p.column) expect(p.message, p.code).toContain(`„${p.column}“`);
				if (p.row !== null && p.row > 1) expect(p.message, p.code).toContain(`Zeile ${p.row}`);
			}
			// Nothing stored: every table of the plan as before, the audit log included.
			expect(await planSnapshot(handle.db, world.tenantId)).toEqual(before);
		});
	}
});
