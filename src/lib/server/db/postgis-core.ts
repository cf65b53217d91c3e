import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { postgis } from '@electric-sql/pglite-postgis';
import type { Extension } from '@electric-sql/pglite';
import { projectRoot } from './project-root';

/**
 * PGlite's PostGIS extension, loaded from a bundle with only what Querschnitt uses.
 *
 * The package's bundle also carries PostGIS raster and topology: three WebAssembly libraries of
 * 15–17 MB each, which PGlite unpacks and compiles every time a process opens the database
 * (measured: 5.3 s CPU per open with the full bundle, 3.0 s with this one, 1.3 s without PostGIS).
 * Every CLI call, test file and server start paid for two libraries no query ever loads.
 * We need the core library, its extension scripts (`create extension postgis`) and the PROJ data
 * (ST_Transform between ETRS89/UTM and WGS 84). The smaller bundle is cut from the installed
 * package on first use and cached beside it, so it always matches the installed version.
 */

const packageDir = () => path.join(projectRoot(), 'node_modules', '@electric-sql', 'pglite-postgis');

/** The archive entries kept: the core library, its control file and scripts, and the PROJ data. */
export function keepsEntry(name: string): boolean {
	if (name === 'lib/postgresql/postgis-3.so') return true;
	if (name === 'share/postgresql/extension/postgis.control') return true;
	if (name.startsWith('share/postgresql/extension/postgis--')) return !name.includes('unpackaged');
	return name.startsWith('share/proj/');
}

const block = 512;

function field(header: Uint8Array, offset: number, length: number): string {
	const bytes = header.subarray(offset, offset + length);
	const end = bytes.indexOf(0);
	return Buffer.from(end === -1 ? bytes : bytes.subarray(0, end)).toString('utf8');
}

/**
 * Keeps the entries of a tar archive whose names pass `keep`. Extended headers (pax `x`, GNU
 * long name `L`) belong to the entry after them and go with it.
 */
export function filterTar(tar: Uint8Array, keep: (name: string) => boolean): Buffer {
	const kept: Uint8Array[] = [];
	let pending: Uint8Array[] = [];
	let offset = 0;
	while (offset + block <= tar.length) {
		const header = tar.subarray(offset, offset + block);
		if (header.every((byte) => byte === 0)) break;
		const size = parseInt(field(header, 124, 12).trim() || '0', 8);
		const end = offset + block + Math.ceil(size / block) * block;
		const entry = tar.subarray(offset, end);
		const type = String.fromCharCode(header[156]!);
		if (type === 'x' || type === 'L' || type === 'g') {
			pending.push(entry);
		} else {
			const prefix = field(header, 257, 6) === 'ustar' ? field(header, 345, 155) : '';
			const name = (prefix ? `${prefix}/` : '') + field(header, 0, 100);
			if (keep(name.replace(/^\.\//, ''))) kept.push(...pending, entry);
			pending = [];
		}
		offset = end;
	}
	return Buffer.concat([...kept, new Uint8Array(2 * block)]);
}

/** Cuts the smaller bundle from `source` into `target` (written under another name, then renamed). */
export function writeCoreBundle(source: string, target: string): void {
	const tar = gunzipSync(readFileSync(source));
	mkdirSync(path.dirname(target), { recursive: true });
	const partial = `${target}.${process.pid}.tmp`;
	writeFileSync(partial, gzipSync(filterTar(tar, keepsEntry), { level: 1 }));
	renameSync(partial, target);
}

/** The cached core bundle, made if missing; null when it cannot be made (then the full one is used). */
function coreBundle(): string | null {
	const source = path.join(packageDir(), 'dist', 'postgis.tar.gz');
	if (!existsSync(source)) return null;
	const { version } = JSON.parse(readFileSync(path.join(packageDir(), 'package.json'), 'utf8'));
	const name = `postgis-core-${version}.tar.gz`;
	for (const folder of [path.join(projectRoot(), 'node_modules', '.cache', 'querschnitt'), os.tmpdir()]) {
		const target = path.join(folder, name);
		if (existsSync(target)) return target;
		try {
			writeCoreBundle(source, target);
			return target;
		} catch {
			// A read-only node_modules: try the next folder.
		}
	}
	return null;
}

let cached: string | null | undefined;

export const postgisCore: Extension = {
	name: 'postgis',
	async setup(pg, emscriptenOpts) {
		const full = await postgis.setup(pg, emscriptenOpts);
		cached ??= coreBundle();
		return cached ? { ...full, bundlePath: pathToFileURL(cached) } : full;
	}
};
