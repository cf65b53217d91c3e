// Builds the app when build/ is missing or older than the sources: used by `npm start` and by the
// server of the browser tests (which builds once before it starts several servers on that build).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'build', '.built-at');
const inputs = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

export const say = (line) => console.log(`[querschnitt] ${line}`);

function newest(file) {
	if (!existsSync(file)) return 0;
	const stat = statSync(file);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(0, ...readdirSync(file).map((name) => newest(path.join(file, name))));
}

/** Builds quietly: a user needs to know that it builds and how long, not Vite's chunk report. */
async function build() {
	const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	if (!existsSync(vite)) {
		console.error('[querschnitt] Abhängigkeiten fehlen. Bitte zuerst „npm install“ ausführen.');
		process.exit(1);
	}
	say('Baue die Anwendung (nur nach einer Installation oder Änderung, etwa eine bis zwei Minuten) …');
	const started = Date.now();
	const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'error'], {
		cwd: root,
		env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const status = await new Promise((resolve) => child.on('close', resolve));
	if (status !== 0) {
		console.error(output);
		console.error('[querschnitt] Der Build ist fehlgeschlagen (Ausgabe oben).');
		process.exit(status ?? 1);
	}
	writeFileSync(stamp, new Date().toISOString());
	say(`Anwendung gebaut (${Math.round((Date.now() - started) / 1000)} s).`);
}

export async function ensureBuilt() {
	const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
	if (builtAt < Math.max(...inputs.map((input) => newest(path.join(root, input))))) await build();
}
