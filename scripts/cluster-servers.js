#!/usr/bin/env node
// Two app servers on one PostgreSQL, for the cluster browser test (playwright.cluster.config.ts):
// a database of its own on the server of CLUSTER_DATABASE_URL, prepared by
// test/cluster/prepare-cluster.ts; server A on CLUSTER_PORT_A, then server B on CLUSTER_PORT_B
// (after A, so that only A builds when the build is stale and B serves the same build). On
// SIGTERM or SIGINT both servers are stopped and the database is dropped.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverUrl =
	process.env.CLUSTER_DATABASE_URL ??
	process.env.TEST_DATABASE_URL ??
	'postgres://querschnitt:querschnitt@127.0.0.1:5432/postgres';
const ports = [process.env.CLUSTER_PORT_A ?? '4202', process.env.CLUSTER_PORT_B ?? '4203'];
const name = `querschnitt_cluster_${Date.now()}_${process.pid}`;
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
const say = (line) => console.log(`[cluster] ${line}`);

async function admin(statement) {
	const client = new pg.Client({ connectionString: serverUrl });
	await client.connect();
	try {
		await client.query(statement);
	} finally {
		await client.end();
	}
}

const servers = [];
let stopping = false;
async function stop(code) {
	if (stopping) return;
	stopping = true;
	await Promise.all(
		servers.map(
			(child) =>
				new Promise((resolve) => {
					if (child.exitCode !== null) return resolve();
					child.once('exit', resolve);
					child.kill('SIGTERM');
					setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
				})
		)
	);
	await admin(`drop database if exists ${name} with (force)`).catch((e) => say(`drop failed: ${e.message}`));
	say(`database ${name} dropped`);
	process.exit(code);
}
process.once('SIGTERM', () => void stop(0));
process.once('SIGINT', () => void stop(0));

async function healthy(port) {
	for (let i = 0; i < 600; i++) {
		if (stopping) return;
		const ok = await fetch(`http://localhost:${port}/api/v1/health`)
			.then((r) => r.ok)
			.catch(() => false);
		if (ok) return;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`server on ${port} did not become healthy`);
}

const started = Date.now();
await admin(`create database ${name}`);
const env = { ...process.env, DATABASE_URL: databaseUrl, DEMO: 'false', LOGIN_MAX_FAILURES: '50' };
const prepared = spawnSync(process.execPath, ['--import', 'tsx', 'test/cluster/prepare-cluster.ts'], {
	cwd: root,
	env,
	stdio: 'inherit'
});
if (prepared.status !== 0) await stop(prepared.status ?? 1);
say(`database ${name} prepared (${Math.round((Date.now() - started) / 1000)} s)`);
try {
	for (const port of ports) {
		const child = spawn(process.execPath, ['scripts/start.js'], {
			cwd: root,
			env: { ...env, PORT: port, ORIGIN: `http://localhost:${port}` },
			stdio: 'inherit'
		});
		child.once('exit', (code) => {
			if (!stopping) {
				say(`server on ${port} ended (${code})`);
				void stop(1);
			}
		});
		servers.push(child);
		await healthy(port);
		say(`server on ${port} ready (${Math.round((Date.now() - started) / 1000)} s)`);
	}
} catch (error) {
	say(error.message);
	await stop(1);
}
