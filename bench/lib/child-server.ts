import type { ChildProcess } from 'node:child_process';

/** Waits until `url` answers OK; fails early if the server process ends. */
export async function waitFor(url: string, child: ChildProcess, timeoutMs = 240_000): Promise<void> {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		if (child.exitCode !== null) throw new Error(`Server beendet mit Code ${child.exitCode}`);
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 300));
	}
	throw new Error(`${url} antwortet nicht`);
}

/** Ends a server process: SIGTERM, and SIGKILL if it is still there after 15 s. */
export async function stop(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null) return;
	const exited = new Promise((r) => child.once('exit', r));
	child.kill('SIGTERM');
	await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
	if (child.exitCode === null) child.kill('SIGKILL');
}
