import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/querschnitt.js');

/** Words of a command line split at spaces; values containing spaces are passed as extra arguments. */
export const words = (line: string, ...rest: string[]): string[] => [...line.split(' '), ...rest];

export interface CliResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

/**
 * Runs the real `querschnitt` command in a child process. DATABASE_URL and QUERSCHNITT_PASSWORD
 * are set empty unless given, so neither the caller's environment nor a developer's .env
 * (which never overrides a set variable) can point a test at another database.
 */
export function runCli(
	args: string[],
	options: { env?: Record<string, string>; input?: string; cwd?: string } = {}
): Promise<CliResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [bin, ...args], {
			cwd: options.cwd ?? root,
			env: { ...process.env, DATABASE_URL: '', QUERSCHNITT_PASSWORD: '', ...options.env },
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
