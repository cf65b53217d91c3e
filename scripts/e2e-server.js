#!/usr/bin/env node
// The servers the browser tests run against: the app is built once, then for each port in
// E2E_PORTS a fresh embedded database in a temporary folder (prepared once by
// test/e2e/prepare-world.ts, then copied) and the normal start on that port. Each Playwright
// project talks to its own server, so the projects run side by side without seeing each other's
// changes. When all answer, one line ("E2E-Server bereit") tells Playwright to begin.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, root, say } from './build-app.js';

const ports = (process.env.E2E_PORTS ?? process.env.PORT ?? '4173').split(',').map(Number);
const children = new Set();

function run(args, env) {
	const child = spawn(process.execPath, args, {
		cwd: root,
		env: { ...process.env, ...env },
		stdio: 'inherit'
	});
	children.add(child);
	child.on('exit', () => children.delete(child));
	return child;
}

const ended = (child) => new Promise((resolve) => child.on('exit', (code) => resolve(code)));

function stop(code) {
	for (const child of children) child.kill('SIGTERM');
	process.exit(code);
}
process.once('SIGINT', () => stop(130));
process.once('SIGTERM', () => stop(143));

await ensureBuilt();

const servers = ports.map((port) => ({
	port,
	env: {
		PORT: String(port),
		ORIGIN: `http://localhost:${port}`,
		DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'querschnitt-e2e-')),
		DEMO: 'true',
		// Each browser test logs in many times from one address.
		LOGIN_MAX_FAILURES: process.env.LOGIN_MAX_FAILURES ?? '50'
	}
}));

// The world is prepared once and copied: a closed embedded database is a folder like any other.
const [first, ...others] = servers;
const prepared = await ended(
	run(['--import', 'tsx', path.join(root, 'test/e2e/prepare-world.ts')], first.env)
);
if (prepared !== 0) stop(prepared ?? 1);
for (const { env } of others) cpSync(first.env.DATA_DIR, env.DATA_DIR, { recursive: true });

async function healthy(port) {
	for (;;) {
		try {
			if ((await fetch(`http://localhost:${port}/api/v1/health`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

for (const { env } of servers) {
	// A server that ends ends the run: the tests would otherwise wait for it until their timeout.
	ended(run([path.join(root, 'scripts/start.js')], env)).then((code) => stop(code ?? 1));
}
await Promise.all(servers.map(({ port }) => healthy(port)));
say(`E2E-Server bereit: ${ports.map((port) => `http://localhost:${port}`).join(', ')}`);
