/**
 * B3 API: the values of one rate indicator for Berlin's 447 Planungsräume over HTTP, 50
 * concurrent connections on loopback for 10 s (autocannon), median of 3 runs after a warm-up; the
 * built app (`npm start`, Berlin demo data, API token) against a minimal node:http server
 * answering with one hand-written SQL statement on the same database. `--engine pglite` (the
 * embedded default) or `postgres` (a fresh database on BENCH_DATABASE_URL's server).
 * Run with `npm run bench -- b3` (the build folder is shared: wrap in `flock /tmp/qs-e2e.lock`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { stop, waitFor } from './lib/child-server';
import { currentLoad, machineInfo, machineTable } from './lib/machine';
import { writeSection } from './lib/results-file';
import { median } from './lib/timing';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const indicator = 'anteil_kinder_00_01';
const layer = 'planungsraum';
const connections = 50;
const seconds = Number(process.env.B3_SECONDS ?? 10);
const argument = (name: string) =>
	process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const runs = Number(argument('--runs')) || 3;
const engine = argument('--engine') === 'postgres' ? 'postgres' : 'pglite';
const serverUrl =
	process.env.BENCH_DATABASE_URL ?? 'postgres://querschnitt:querschnitt@127.0.0.1:5432/postgres';
const target = { p95: 30, rps: 1000 };

interface Run {
	rps: number;
	p50: number;
	p95: number;
	p99: number;
	requests: number;
	errors: number;
}
type Result = { all: Run[]; rps: number; p50: number; p95: number; p99: number };

interface AutocannonResult {
	requests: { total: number };
	non2xx: number;
	errors: number;
	timeouts: number;
}
type Autocannon = (opts: Record<string, unknown>) => {
	on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
	then: Promise<AutocannonResult>['then'];
};
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

interface Database {
	env: Record<string, string>;
	/** What the peer opens: the PGlite directory or the database URL. */
	peerTarget: string;
	label: string;
	drop(): Promise<void>;
}

/** Where the demo data go: a fresh PGlite directory, or a fresh database on the server (dropped after). */
async function freshDatabase(): Promise<Database> {
	if (engine === 'pglite') {
		const dataDir = mkdtempSync(path.join(os.tmpdir(), 'querschnitt-b3-'));
		return {
			env: { DATA_DIR: dataDir },
			peerTarget: dataDir,
			label: 'eingebettet (PGlite 0.5.8, Datenverzeichnis auf der Platte)',
			drop: async () => rmSync(dataDir, { recursive: true, force: true })
		};
	}
	const name = `querschnitt_b3_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: serverUrl });
	await admin.connect();
	await admin.query(`create database ${name}`);
	const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0]!
		.server_version;
	await admin.end();
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	return {
		env: { DATABASE_URL: url.toString() },
		peerTarget: url.toString(),
		label: `PostgreSQL ${version} auf ${url.hostname}:${url.port || 5432} (je 10 Verbindungen im Pool, App wie Peer)`,
		async drop() {
			const cleanup = new pg.Client({ connectionString: serverUrl });
			await cleanup.connect();
			await cleanup.query(`drop database if exists ${name} with (force)`);
			await cleanup.end();
		}
	};
}

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** One autocannon run; latencies taken from every response, so that p95 is exact. */
async function load(url: string, headers: Record<string, string>, duration: number): Promise<Run> {
	const latencies: number[] = [];
	const instance = autocannon({ url, connections, duration, headers, timeout: 10 });
	instance.on('response', (_c, _s, _b, ms) => latencies.push(ms));
	const result = await new Promise<AutocannonResult>((resolve, reject) => instance.then(resolve, reject));
	latencies.sort((a, b) => a - b);
	const round = (ms: number) => Math.round(ms * 10) / 10;
	return {
		rps: result.requests.total / duration,
		p50: round(percentile(latencies, 50)),
		p95: round(percentile(latencies, 95)),
		p99: round(percentile(latencies, 99)),
		requests: result.requests.total,
		errors: result.non2xx + result.errors + result.timeouts
	};
}

/** Warm-up, then `runs` measured runs, with their medians. */
async function series(name: string, url: string, headers: Record<string, string>): Promise<Result> {
	await load(url, headers, 3);
	const all: Run[] = [];
	for (let i = 0; i < runs; i++) {
		const run = await load(url, headers, seconds);
		console.log(
			`${name} Lauf ${i + 1}: ${run.rps.toFixed(0)} Anfr./s, p50 ${run.p50} ms, p95 ${run.p95} ms, p99 ${run.p99} ms, Fehler ${run.errors}`
		);
		all.push(run);
	}
	const pick = (k: keyof Run) => median(all.map((r) => r[k]));
	return { all, rps: pick('rps'), p50: pick('p50'), p95: pick('p95'), p99: pick('p99') };
}

const somePort = (base: number) => base + Math.floor(Math.random() * 1000);

interface ValuePage {
	total: number;
	date: string;
	items: { code: string; value: number | null }[];
}

/** Peer and app must give the same numbers, or the comparison means nothing. */
function differences(app: ValuePage, peer: ValuePage): number {
	if (app.date !== peer.date || app.items.length !== peer.items.length) return Number.POSITIVE_INFINITY;
	return app.items.filter((v, i) => {
		const other = peer.items[i]!;
		if (other.code !== v.code) return true;
		return v.value === null ? other.value !== null : Math.abs(v.value - (other.value ?? Number.NaN)) > 1e-9;
	}).length;
}

async function main(): Promise<void> {
	const loadAtStart = currentLoad();
	const database = await freshDatabase();
	const env: Record<string, string | undefined> = { ...process.env, DEMO: 'true', ...database.env };
	if (engine === 'pglite') delete env.DATABASE_URL;
	try {
		console.log(`B3 (${engine}): Datenbank mit den Berliner Beispieldaten anlegen …`);
		const prepared = spawnSync(
			process.execPath,
			['--import', 'tsx', path.join(root, 'bench/b3/prepare.ts')],
			{
				cwd: root,
				env,
				encoding: 'utf8'
			}
		);
		if (prepared.status !== 0) throw new Error(`Vorbereitung fehlgeschlagen:\n${prepared.stderr}`);
		const { token } = JSON.parse(prepared.stdout.trim().split('\n').at(-1)!) as { token: string };

		const appPort = somePort(41000);
		const app = spawn(process.execPath, [path.join(root, 'scripts/start.js')], {
			cwd: root,
			env: { ...env, PORT: String(appPort), ORIGIN: `http://localhost:${appPort}` },
			stdio: ['ignore', 'inherit', 'inherit']
		});
		const appUrl = `http://127.0.0.1:${appPort}/api/v1/tenants/berlin/indicators/${indicator}/values?layer=${layer}`;
		const auth = { authorization: `Bearer ${token}` };
		let appResult: Result;
		let appPage: ValuePage;
		try {
			await waitFor(`http://127.0.0.1:${appPort}/api/v1/health`, app);
			appPage = (await (await fetch(appUrl, { headers: auth })).json()) as ValuePage;
			if (appPage.total !== 447 || appPage.items.length !== 447)
				throw new Error('App: nicht 447 Werte auf einer Seite');
			appResult = await series('App', appUrl, auth);
		} finally {
			await stop(app);
		}

		const peerPort = somePort(42000);
		const peerArgs = [database.peerTarget, String(peerPort), 'berlin', indicator, layer];
		const peer = spawn(
			process.execPath,
			['--import', 'tsx', path.join(root, 'bench/b3/peer-server.ts'), ...peerArgs],
			{
				cwd: root,
				env,
				stdio: ['ignore', 'inherit', 'inherit']
			}
		);
		const peerUrl = `http://127.0.0.1:${peerPort}/`;
		let peerResult: Result;
		try {
			await waitFor(peerUrl, peer, 60_000);
			const differing = differences(appPage, (await (await fetch(peerUrl)).json()) as ValuePage);
			if (differing > 0) throw new Error(`Peer und App weichen ab (${differing} Werte)`);
			peerResult = await series('Peer', peerUrl, {});
		} finally {
			await stop(peer);
		}
		writeSection(
			`b3-${engine}`,
			report(database.label, appResult, peerResult, machineTable(machineInfo(loadAtStart)))
		);
		console.log('B3: Ergebnis in bench/RESULTS.md geschrieben.');
	} finally {
		await database.drop();
	}
}

function report(label: string, app: Result, peer: Result, machine: string): string {
	const row = (name: string, r: Result) =>
		`| ${name} | ${r.rps.toFixed(0)} | ${r.p50} ms | ${r.p95} ms | ${r.p99} ms | ${r.all
			.map((x) => `${x.rps.toFixed(0)}/s, p95 ${x.p95} ms${x.errors ? `, ${x.errors} Fehler` : ''}`)
			.join(' · ')} |`;
	const reached = (ok: boolean) => (ok ? '**erreicht**' : '**nicht erreicht**');
	const title = engine === 'pglite' ? 'eingebettet (PGlite)' : 'PostgreSQL';
	return `## B3 API — Werte eines Indikators für 447 Planungsräume — ${title}

\`GET /api/v1/tenants/berlin/indicators/${indicator}/values?layer=${layer}\` (alle 447 Werte auf einer Seite,
API-Schlüssel als Bearer-Token) an die gebaute App (\`npm start\`) mit den Berliner Beispieldaten.
Datenbank: ${label}. ${connections} gleichzeitige Verbindungen über Loopback, je ${seconds} s (autocannon 9),
Median aus ${app.all.length} Läufen nach 3 s Aufwärmen; Perzentile aus jeder einzelnen Antwort. Peer: ein
minimaler \`node:http\`-Server mit einer handgeschriebenen SQL-Abfrage je Anfrage auf derselben Datenbank
(gleiche Zahlen geprüft; ohne Anmeldung, ohne Abdeckung und Status, ohne Cache).

| Server | Anfragen/s | p50 | p95 | p99 | Läufe |
| --- | --- | --- | --- | --- | --- |
${row('App (SvelteKit, Service, Werte-Cache)', app)}
${row('Peer (node:http, Hand-SQL)', peer)}

| Ziel | Ergebnis |
| --- | --- |
| p95 ≤ ${target.p95} ms | ${app.p95} ms: ${reached(app.p95 <= target.p95)} |
| ≥ ${target.rps.toLocaleString('de-DE')} Anfragen/s | ${app.rps.toFixed(0)}/s: ${reached(app.rps >= target.rps)} |

${machine}`;
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
