import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportProblem } from '../../../core/imports/problems';
import { checkGeometries } from '../../../core/spatial/geometry-checks';
import type { InputFile } from '../types';
import { readGeodata, type GeodataOptions } from './geodata';
import { defaultMaxBytes, extensionOf } from './sniff';
import { readTable, type TableOptions } from './table';
import { fixturesDir } from './test-files';

/**
 * The bad-file corpus (test/fixtures/bad/manifest.json): every "read" entry must give exactly
 * its expected problems, with German messages that say what to do; every "validate" entry must
 * read cleanly, because its problems are for the import service to find.
 */
interface Expected {
	code: string;
	row?: number | null;
	column?: string | null;
	severity?: 'error' | 'warning';
}

interface Entry {
	file: string;
	generated?: 'oversize';
	stage: 'read' | 'validate';
	kind: 'units' | 'observations';
	/** Reader options; `mapping` is for the import service. */
	options: TableOptions & GeodataOptions & { mapping?: unknown };
	expect: 'ok' | Expected[];
}

const dir = `${fixturesDir}bad/`;
const manifest = JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')) as { files: Entry[] };
const geodataExtensions = new Set(['zip', 'geojson', 'json', 'topojson', 'shp']);

function inputs(entry: Entry): InputFile[] {
	if (entry.generated === 'oversize') {
		// 100 MiB and a bit of a plausible long CSV, made here instead of committed.
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

async function read(entry: Entry): Promise<ImportProblem[]> {
	const files = inputs(entry);
	const { mapping: _mapping, ...options } = entry.options;
	const isGeodata = files.length > 1 || geodataExtensions.has(extensionOf(entry.file));
	if (!isGeodata) {
		const result = await readTable(files[0]!, options);
		return result.ok ? result.warnings : result.problems;
	}
	const result = await readGeodata(files, options);
	if (!result.ok) return result.problems;
	const { features, crs } = result.value;
	const checks = checkGeometries(features, { file: result.value.file, crs: crs ?? 4326, expect: 'area' });
	return [...result.warnings, ...checks];
}

function summary(problems: readonly ImportProblem[]) {
	return problems
		.map((p) => ({ code: p.code, row: p.row, column: p.column, severity: p.severity }))
		.sort((a, b) => `${a.code}${a.row}`.localeCompare(`${b.code}${b.row}`));
}

describe('bad-file corpus', () => {
	it('has at least 28 files, each with an expectation', () => {
		const files = new Set(manifest.files.map((e) => e.file));
		expect(files.size).toBeGreaterThanOrEqual(28);
		for (const entry of manifest.files) {
			if (!entry.generated) expect(statSync(dir + entry.file).size, entry.file).toBeGreaterThanOrEqual(0);
			expect(entry.expect === 'ok' || entry.expect.length > 0, entry.file).toBe(true);
		}
	});

	for (const entry of manifest.files.filter((e) => e.stage === 'read')) {
		it(`${entry.file} ${JSON.stringify(entry.options)} → ${entry.expect === 'ok' ? 'ok' : entry.expect.map((e) => e.code).join(', ')}`, async () => {
			const problems = await read(entry);
			const wanted = entry.expect === 'ok' ? [] : entry.expect;
			expect(summary(problems)).toEqual(
				summary(
					wanted.map(
						(w) =>
							({
								code: w.code,
								row: w.row ?? null,
								column: w.column ?? null,
								severity: w.severity ?? 'error'
							}) as ImportProblem
					)
				)
			);
			for (const p of problems) {
				expect(p.file, p.message).not.toBe('');
				// German, and with advice: every message tells the user what to do.
				expect(p.message, p.code).toMatch(/Bitte/);
				expect(p.message.length, p.code).toBeGreaterThan(40);
			}
		});
	}

	for (const entry of manifest.files.filter((e) => e.stage === 'validate')) {
		it(`${entry.file} reads cleanly (its problems are for the import service)`, async () => {
			const problems = await read(entry);
			expect(summary(problems.filter((p) => p.severity === 'error'))).toEqual([]);
		});
	}
});
