#!/usr/bin/env node
// `npm start`: builds the app when the build is missing or older than the sources, then serves it.
// Configuration comes from the environment and an optional .env file (see .env.example).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const stamp = path.join(root, 'build', '.built-at');
const inputs = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

function newest(file) {
	if (!existsSync(file)) return 0;
	const stat = statSync(file);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(0, ...readdirSync(file).map((name) => newest(path.join(file, name))));
}

if (existsSync('.env') && typeof process.loadEnvFile === 'function') process.loadEnvFile('.env');

const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (builtAt < Math.max(...inputs.map((input) => newest(path.join(root, input))))) {
	console.log('[querschnitt] Baue die Anwendung (einmalig, etwa eine Minute) …');
	const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	if (!existsSync(vite)) {
		console.error('[querschnitt] Abhängigkeiten fehlen. Bitte zuerst „npm install“ ausführen.');
		process.exit(1);
	}
	const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
	writeFileSync(stamp, new Date().toISOString());
}

process.env.PORT ??= '3000';
// Above the import wizard's 50 MiB so that a file slightly over it gets the German message of
// the upload store instead of the adapter's bare 413.
process.env.BODY_SIZE_LIMIT ??= '64M';
await import(pathToFileURL(path.join(root, 'build', 'index.js')).href);
console.log(`[querschnitt] Querschnitt läuft auf http://localhost:${process.env.PORT}`);
