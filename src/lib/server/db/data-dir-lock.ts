import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../../core/errors';

/**
 * PGlite is a database inside one process: two processes on the same data directory would
 * corrupt it. A pid file keeps a second process (a CLI call while the server runs) out.
 */
export const lockFileName = 'querschnitt.pid';

/** A process that still exists and is not a zombie (killed, but not yet reaped by its parent). */
function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
	try {
		// "pid (name) S …": the state follows the last parenthesis (Linux only; elsewhere trust kill).
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return !/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
	} catch {
		return true;
	}
}

function recordedPid(file: string): number | null {
	try {
		const pid = Number(readFileSync(file, 'utf8').trim());
		return Number.isInteger(pid) && pid > 0 ? pid : null;
	} catch {
		return null;
	}
}

export function holderOf(dataDir: string): number | null {
	const pid = recordedPid(path.join(dataDir, lockFileName));
	return pid !== null && pid !== process.pid && alive(pid) ? pid : null;
}

/**
 * Takes the lock or throws `db.locked` naming the live holder. The file is created exclusively
 * (`wx`), so of two processes starting at once only one gets it; a file left by a dead process
 * (kill -9, power cut) is removed first.
 */
export function lockDataDir(dataDir: string): () => void {
	mkdirSync(dataDir, { recursive: true });
	const file = path.join(dataDir, lockFileName);
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			writeFileSync(file, String(process.pid), { flag: 'wx' });
			return () => {
				if (recordedPid(file) === process.pid) rmSync(file, { force: true });
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const holder = recordedPid(file);
		if (holder !== null && holder !== process.pid && alive(holder)) {
			throw new AppError('db.locked', { dir: dataDir, pid: holder });
		}
		// Stale: left by a dead process (or empty, or our own pid from before a restart). Only
		// remove it if it still holds what we read, so a lock just taken by another starter stays.
		if (recordedPid(file) === holder) rmSync(file, { force: true });
	}
	throw new AppError('db.locked', { dir: dataDir, pid: recordedPid(file) ?? 0 });
}

/**
 * The lock, waiting up to `waitMs` for a holder that is going away: a server restarted right
 * after the old one was killed must not fail because the old process has not quite ended yet.
 */
export async function lockDataDirWaiting(dataDir: string, waitMs: number): Promise<() => void> {
	const deadline = Date.now() + waitMs;
	for (;;) {
		try {
			return lockDataDir(dataDir);
		} catch (error) {
			if (!(error instanceof AppError) || error.code !== 'db.locked' || Date.now() >= deadline) throw error;
		}
		await sleep(250);
	}
}
