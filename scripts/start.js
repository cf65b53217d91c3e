#!/usr/bin/env node
// `npm start`: builds the app when the build is missing or older than the sources, then serves it.
// Configuration comes from the environment and an optional .env file (see .env.example).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const stamp = path.join(root, 'build', '.built-at');
const inputs = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];
const say = (line) => console.log(`[querschnitt] ${line}`);

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

if (existsSync('.env') && typeof process.loadEnvFile === 'function') process.loadEnvFile('.env');

const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (builtAt < Math.max(...inputs.map((input) => newest(path.join(root, input))))) await build();

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
// Above the import wizard's 50 MiB so that a file slightly over it gets the German message of
// the upload store instead of the adapter's bare 413.
process.env.BODY_SIZE_LIMIT ??= '64M';

// Without ORIGIN the adapter takes the protocol from PROTOCOL_HEADER and otherwise assumes https,
// so on http://localhost every form post failed the origin check. This server speaks plain HTTP:
// it tells the adapter so through a header of its own that it sets on every request (a client's
// value is overwritten). Behind a TLS proxy ORIGIN is required and takes precedence.
const protocolHeader = 'x-querschnitt-protocol';
const ownProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (ownProtocol) process.env.PROTOCOL_HEADER = protocolHeader;

// Importing the handler runs the app's init: configuration, database, migrations, demo data.
const { handler } = await import(pathToFileURL(path.join(root, 'build', 'handler.js')).href);

const server = http.createServer((req, res) => {
	if (ownProtocol) req.headers[protocolHeader] = 'http';
	handler(req, res);
});
server.on('error', (error) => {
	const inUse = error.code === 'EADDRINUSE';
	console.error(
		inUse
			? `[querschnitt] Port ${port} ist belegt (läuft Querschnitt schon?). Anderen Port wählen: PORT=3001 npm start`
			: `[querschnitt] Der Server konnte nicht starten: ${error.message}`
	);
	process.exit(1);
});
server.listen({ host, port }, () => {
	const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
	say(`Bereit: http://${shown}:${port} im Browser öffnen. Beenden mit Strg+C.`);
});

function shutdown(reason) {
	server.closeIdleConnections();
	server.close(() => process.emit('sveltekit:shutdown', reason));
	setTimeout(() => server.closeAllConnections(), 10_000).unref();
}
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
