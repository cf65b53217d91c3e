import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/errors';

/**
 * PGlite is a database inside one process: two processes on the same data directory would
 * corrupt it. A pid file keeps a second process (a CLI call while the server runs) out.
 */
export const lockFileName = 'querschnitt.pid';

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

export function holderOf(dataDir: string): number | null {
	try {
		const pid = Number(readFileSync(path.join(dataDir, lockFileName), 'utf8').trim());
		return Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid) ? pid : null;
	} catch {
		return null;
	}
}

export function lockDataDir(dataDir: string): () => void {
	const holder = holderOf(dataDir);
	if (holder !== null) throw new AppError('db.locked', { dir: dataDir, pid: holder });
	mkdirSync(dataDir, { recursive: true });
	const file = path.join(dataDir, lockFileName);
	writeFileSync(file, String(process.pid));
	return () => rmSync(file, { force: true });
}
