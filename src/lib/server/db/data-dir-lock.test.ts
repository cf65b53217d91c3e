import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataDir, lockDataDirWaiting, lockFileName } from './data-dir-lock';

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'querschnitt-lock-'));

/** A real other process that lives for `ms`; resolves its pid and a promise of its end. */
function otherProcess(ms: number) {
	const child = spawn(process.execPath, ['-e', `setTimeout(() => {}, ${ms})`], { stdio: 'ignore' });
	const ended = new Promise<void>((resolve) => child.on('exit', () => resolve()));
	return { pid: child.pid!, ended, kill: () => child.kill('SIGKILL') };
}

describe('data directory lock', () => {
	it('is refused while another live process holds it, naming that process', async () => {
		const dir = tempDir();
		const other = otherProcess(30_000);
		writeFileSync(path.join(dir, lockFileName), String(other.pid));
		try {
			expect(() => lockDataDir(dir)).toThrow(expect.objectContaining({ code: 'db.locked' }));
			expect(() => lockDataDir(dir)).toThrow(String(other.pid));
		} finally {
			other.kill();
			await other.ended;
		}
	});

	it('takes over the file of a process killed with SIGKILL', async () => {
		const dir = tempDir();
		const other = otherProcess(30_000);
		writeFileSync(path.join(dir, lockFileName), String(other.pid));
		other.kill();
		await other.ended;
		const unlock = lockDataDir(dir);
		expect(readFileSync(path.join(dir, lockFileName), 'utf8')).toBe(String(process.pid));
		unlock();
	});

	it('waits for a holder that is ending, and gives up after the bounded wait', async () => {
		const dir = tempDir();
		const ending = otherProcess(1_000);
		writeFileSync(path.join(dir, lockFileName), String(ending.pid));
		const unlock = await lockDataDirWaiting(dir, 20_000);
		expect(readFileSync(path.join(dir, lockFileName), 'utf8')).toBe(String(process.pid));
		unlock();

		const staying = otherProcess(30_000);
		writeFileSync(path.join(dir, lockFileName), String(staying.pid));
		try {
			const started = Date.now();
			await expect(lockDataDirWaiting(dir, 600)).rejects.toMatchObject({ code: 'db.locked' });
			expect(Date.now() - started).toBeGreaterThanOrEqual(600);
		} finally {
			staying.kill();
			await staying.ended;
		}
	});

	it('creates the file exclusively and removes only its own', () => {
		const dir = tempDir();
		const unlock = lockDataDir(dir);
		// Another process took the directory over in between (its pid in the file): unlocking
		// must not delete that process's lock.
		writeFileSync(path.join(dir, lockFileName), '999999999');
		unlock();
		expect(readFileSync(path.join(dir, lockFileName), 'utf8')).toBe('999999999');
	});
});
