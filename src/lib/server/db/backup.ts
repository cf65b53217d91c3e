import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { AppError, isAppError } from '../../core/errors';
import type { Config } from '../config';
import { openDatabase, type DatabaseHandle } from './client';
import { lockDataDir, lockFileName } from './data-dir-lock';
import { migrateDatabase } from './migrate';

/**
 * Backup and restore of the embedded database (PGlite): a dump of the whole data directory as
 * .tar.gz. A PostgreSQL server has its own, better tools (pg_dump/pg_restore); we point to them.
 */

const pgDumpAdvice =
	'Sicherung und Wiederherstellung mit „querschnitt backup“/„querschnitt restore“ gibt es nur für die ' +
	'eingebettete Datenbank. Für einen PostgreSQL-Server (DATABASE_URL ist gesetzt) verwenden Sie dessen ' +
	'Werkzeuge: „pg_dump -Fc -f querschnitt.dump <datenbank>“ zum Sichern und ' +
	'„pg_restore -d <leere_datenbank> querschnitt.dump“ zum Wiederherstellen in eine leere Datenbank.';

function embeddedDataDir(database: Config['database']): string {
	if (database.engine === 'postgres') throw new AppError('backup.unsupported', { details: pgDumpAdvice });
	return database.dataDir;
}

export interface BackupResult {
	dataDir: string;
	file: string;
	bytes: number;
}

/**
 * Writes a gzip dump of the data directory to `file`. Opening the database takes the data-dir
 * lock, so a running server (which holds it) makes this fail with `db.locked` rather than
 * dumping files that are being written.
 */
export async function backupEmbedded(
	database: Config['database'],
	file: string,
	options: { overwrite?: boolean } = {}
): Promise<BackupResult> {
	const dataDir = embeddedDataDir(database);
	const target = path.resolve(file);
	// Without this check PGlite would run initdb and we would save an empty database.
	if (!existsSync(path.join(dataDir, 'PG_VERSION')))
		throw new AppError('backup.no_database', { dir: dataDir });
	if (!options.overwrite && existsSync(target)) throw new AppError('backup.file_exists', { file: target });
	const handle = await openDatabase({ engine: 'pglite', dataDir });
	try {
		const dump = await handle.pglite!.dumpDataDir('gzip');
		const bytes = Buffer.from(await dump.arrayBuffer());
		// Written under another name first: an interrupted backup never looks like a complete one.
		const partial = `${target}.unvollstaendig-${process.pid}`;
		try {
			await writeFile(partial, bytes);
			await rename(partial, target);
		} catch (error) {
			await rm(partial, { force: true });
			throw new AppError('backup.io_failed', { file: target, details: (error as Error).message });
		}
		return { dataDir, file: target, bytes: bytes.length };
	} finally {
		await handle.close();
	}
}

/** Looks at the restored database before it replaces the data directory (e.g. counts tenants). */
export type RestoreCheck = (handle: DatabaseHandle) => Promise<void>;

export interface RestoreResult {
	dataDir: string;
	/** Where the previous content of the data directory now lies (never deleted), if there was any. */
	movedAsideTo: string | null;
}

/**
 * Restores a dump into the data directory. The dump is loaded into a fresh sibling directory
 * first and swapped in only when it opened, migrated and passed `check`, so a broken file changes
 * nothing. A non-empty data directory is refused unless `force`; then it is moved (never deleted)
 * to `<dir>.vorher-<zeit>`.
 */
export async function restoreEmbedded(
	database: Config['database'],
	file: string,
	options: { force?: boolean; now?: Date; check?: RestoreCheck } = {}
): Promise<RestoreResult> {
	const dataDir = embeddedDataDir(database);
	const source = path.resolve(file);
	const dump = await readDump(source);
	const occupied = () => readdirSync(dataDir).some((name) => name !== lockFileName);
	// Checked before taking the lock too, so a refusal leaves the directory exactly as it was.
	if (existsSync(dataDir) && occupied() && !options.force) {
		throw new AppError('backup.target_not_empty', { dir: dataDir });
	}
	const existed = existsSync(dataDir);
	const unlock = lockDataDir(dataDir);
	let staging: string | null = null;
	try {
		const hadContent = occupied();
		if (hadContent && !options.force) throw new AppError('backup.target_not_empty', { dir: dataDir });
		staging = mkdtempSync(`${dataDir}.wiederherstellung-`);
		await loadInto(staging, dump, source, options.check);
		let movedAsideTo: string | null = null;
		if (hadContent) {
			movedAsideTo = asideName(dataDir, options.now ?? new Date());
			renameSync(dataDir, movedAsideTo);
			rmSync(path.join(movedAsideTo, lockFileName), { force: true });
		} else {
			rmSync(path.join(dataDir, lockFileName), { force: true });
			rmdirSync(dataDir);
		}
		// The dump carries the lock file of the process that made it (removed again on close);
		// ours goes in, so the restored directory stays locked until we are done.
		writeFileSync(path.join(staging, lockFileName), String(process.pid));
		renameSync(staging, dataDir);
		staging = null;
		return { dataDir, movedAsideTo };
	} finally {
		// Only our own half-loaded copy is removed, never anything that was there before.
		if (staging) rmSync(staging, { recursive: true, force: true });
		unlock();
		if (!existed && existsSync(dataDir) && readdirSync(dataDir).length === 0) rmdirSync(dataDir);
	}
}

async function readDump(file: string): Promise<Blob> {
	let bytes: Buffer;
	try {
		bytes = await readFile(file);
	} catch (error) {
		throw new AppError('backup.io_failed', { file, details: (error as Error).message });
	}
	let tar: Buffer = bytes;
	if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
		try {
			tar = gunzipSync(bytes);
		} catch {
			throw new AppError('backup.invalid_file', { file, details: 'die gzip-Daten sind beschädigt' });
		}
	}
	// PGlite would start on whatever the archive holds; a data directory always has PG_VERSION.
	if (!tarHasEntry(tar, 'PG_VERSION')) {
		throw new AppError('backup.invalid_file', {
			file,
			details: 'das Archiv enthält kein PostgreSQL-Datenverzeichnis'
		});
	}
	return new Blob([new Uint8Array(tar)]);
}

/** Opens the copy once: PGlite unpacks the dump, migrations of this version run, `check` looks. */
async function loadInto(dir: string, dump: Blob, file: string, check?: RestoreCheck): Promise<void> {
	let handle: DatabaseHandle;
	try {
		handle = await openDatabase({ engine: 'pglite', dataDir: dir, loadDataDir: dump });
	} catch (error) {
		if (isAppError(error)) throw error;
		throw new AppError('backup.invalid_file', { file, details: (error as Error).message });
	}
	try {
		await migrateDatabase(handle);
		await check?.(handle);
	} finally {
		await handle.close();
	}
}

/** Walks the 512-byte headers of a tar archive looking for a top-level entry. */
function tarHasEntry(tar: Uint8Array, wanted: string): boolean {
	const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8').replace(/\0.*$/s, '');
	for (let offset = 0; offset + 512 <= tar.length;) {
		const name = text(tar.subarray(offset, offset + 100));
		if (name === '') return false; // the archive ends with empty blocks
		if (name.replace(/^\.?\//, '') === wanted) return true;
		const size = parseInt(text(tar.subarray(offset + 124, offset + 136)).trim() || '0', 8);
		if (!Number.isFinite(size) || size < 0) return false;
		offset += 512 + Math.ceil(size / 512) * 512;
	}
	return false;
}

function asideName(dataDir: string, now: Date): string {
	const two = (n: number) => String(n).padStart(2, '0');
	const stamp =
		`${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}-` +
		`${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
	let candidate = `${dataDir}.vorher-${stamp}`;
	for (let n = 2; existsSync(candidate); n++) candidate = `${dataDir}.vorher-${stamp}-${n}`;
	return candidate;
}
