import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { readFile } from 'node:fs/promises';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/querschnitt.js');

/** Words of a command line split at spaces; values containing spaces are passed as extra arguments. */
export const words = (line: string, ...rest: string[]): string[] => [...line.split(' '), ...rest];

export interface CliResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

interface CliOptions {
	env?: Record<string, string>;
	input?: string;
}

/**
 * DATABASE_URL and QUERSCHNITT_PASSWORD are set empty unless given, so neither the caller's
 * environment nor a developer's .env (which never overrides a set variable) can point a test at
 * another database.
 */
const commandEnv = (options: CliOptions) => ({ DATABASE_URL: '', QUERSCHNITT_PASSWORD: '', ...options.env });

/**
 * Runs the `querschnitt` command's entry point (`main` of src/cli/main.ts, the function
 * bin/querschnitt.js calls) in this process, with the given environment and its stdout and stderr
 * captured. A child process per call cost 2–5 s of Node and TypeScript start on a loaded machine,
 * and the CLI suites make over a hundred calls; `runCliProcess` keeps what only a process shows
 * (stdin, the exit code Node reports, another process holding the database). A call with `input`
 * runs as a process: stdin belongs to the process.
 */
export async function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
	if (options.input !== undefined) return runCliProcess(args, options);
	const { main } = await import('../../src/cli/main');
	const savedEnv = { ...process.env };
	const writeOut = process.stdout.write;
	const writeErr = process.stderr.write;
	let stdout = '';
	let stderr = '';
	const capture =
		(append: (text: string) => void) =>
		(chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
			append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
			const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
			done?.();
			return true;
		};
	Object.assign(process.env, commandEnv(options));
	process.stdout.write = capture((text) => (stdout += text)) as typeof process.stdout.write;
	process.stderr.write = capture((text) => (stderr += text)) as typeof process.stderr.write;
	try {
		const code = await main(args);
		return { code, stdout, stderr };
	} finally {
		process.stdout.write = writeOut;
		process.stderr.write = writeErr;
		for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
		Object.assign(process.env, savedEnv);
	}
}

/** Runs the real `querschnitt` command in a child process, as a user's shell does. */
export function runCliProcess(args: string[], options: CliOptions = {}): Promise<CliResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [bin, ...args], {
			cwd: root,
			env: { ...process.env, ...commandEnv(options) },
			stdio: ['pipe', 'pipe', 'pipe']
		});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stdout, stderr }));
		child.stdin.end(options.input ?? '');
	});
}

/**
 * An embedded database in `dataDir`, migrated, from the template the global set-up built: a copy
 * takes 2–3 s where the CLI's first start (initdb, PostGIS, migrations) takes 15–20 s. Suites that
 * are not about the first start begin with it; cli.test.ts and data.test.ts keep the first start.
 */
export async function preparedDataDir(dataDir: string): Promise<void> {
	const { openDatabase } = await import('../../src/lib/server/db/client');
	const dump = await readFile(inject('pgliteTemplate'));
	const handle = await openDatabase({ engine: 'pglite', dataDir, loadDataDir: new Blob([dump]) });
	await handle.close();
}
