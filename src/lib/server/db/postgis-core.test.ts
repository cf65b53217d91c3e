import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepsEntry, writeCoreBundle } from './postgis-core';
import { projectRoot } from './project-root';

/** The core bundle is checked with GNU tar, not with our own reader. */
const source = path.join(projectRoot(), 'node_modules/@electric-sql/pglite-postgis/dist/postgis.tar.gz');
const list = (file: string) =>
	execFileSync('tar', ['tzf', file], { encoding: 'utf8', maxBuffer: 1 << 24 })
		.split('\n')
		.filter(Boolean);
const digest = (file: string, entry: string) =>
	createHash('sha256')
		.update(execFileSync('tar', ['xzOf', file, entry], { maxBuffer: 1 << 26 }))
		.digest('hex');

let dir: string;
let target: string;

beforeAll(async () => {
	dir = await mkdtemp(path.join(os.tmpdir(), 'querschnitt-postgis-'));
	target = path.join(dir, 'core.tar.gz');
	writeCoreBundle(source, target);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the PostGIS core bundle', () => {
	it('holds exactly the entries of the package bundle that are kept, in their order', () => {
		const original = list(source);
		expect(list(target)).toEqual(original.filter(keepsEntry));
	});

	it('keeps the core library, its install script and the PROJ database, and leaves raster and topology out', () => {
		const names = list(target);
		expect(names).toContain('lib/postgresql/postgis-3.so');
		expect(names).toContain('share/postgresql/extension/postgis.control');
		expect(names.some((n) => /^share\/postgresql\/extension\/postgis--\d+\.\d+\.\d+\.sql$/.test(n))).toBe(
			true
		);
		expect(names).toContain('share/proj/proj.db');
		expect(names.filter((n) => /raster|topology|tiger/.test(n))).toEqual([]);
		expect(list(source).filter((n) => /raster|topology/.test(n)).length).toBeGreaterThan(0);
	});

	it('carries the library and the PROJ database byte for byte', () => {
		for (const entry of ['lib/postgresql/postgis-3.so', 'share/proj/proj.db']) {
			expect(digest(target, entry), entry).toBe(digest(source, entry));
		}
	});
});
