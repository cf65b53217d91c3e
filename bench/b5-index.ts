/**
 * B5: the composite social index for 100,000 units × 6 indicators × 10 dates (issue 5), ours
 * (one SELECT into typed arrays + computeIndexColumns per date) against the same index as one SQL
 * query on the same engine. `npm run bench -- b5 [--runs 5] [--engine pglite|postgres]`, or
 * directly: `npx tsx bench/b5-index.ts --runs 5 --engine pglite`.
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { computeIndex } from '../src/lib/core/index/compute';
import { computeIndexColumns, type IndexColumns } from '../src/lib/core/index/columns';
import { openDatabase, type DatabaseHandle } from '../src/lib/server/db/client';
import { createBenchTables, benchDefinition } from './b5/data';
import { runPeer, type PeerClasses } from './b5/peer-sql';
import { readInputs } from './b5/read';
import { b5Report } from './b5/report';
import { currentLoad, machineInfo } from './lib/machine';
import { writeSection } from './lib/results-file';
import { measure, seconds } from './lib/timing';

export type Engine = 'pglite' | 'postgres';

const serverUrl =
	process.env.BENCH_DATABASE_URL ?? 'postgres://querschnitt:querschnitt@127.0.0.1:5432/postgres';

/** Both sides get the same memory for sorting and hashing; the defaults (4 MB) would spill to disk. */
const workMem = '256MB';

async function openFresh(engine: Engine): Promise<DatabaseHandle & { label: string }> {
	if (engine === 'pglite') {
		const handle = await openDatabase({ engine: 'pglite-memory' });
		await handle.db.execute(sql.raw(`set work_mem = '${workMem}'`));
		return { ...handle, label: 'PGlite 0.5.8 (im Speicher)' };
	}
	const name = `querschnitt_b5_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: serverUrl });
	await admin.connect();
	await admin.query(`create database ${name}`);
	await admin.query(`alter database ${name} set work_mem = '${workMem}'`);
	await admin.end();
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	const handle = await openDatabase({ engine: 'postgres', url: url.toString() });
	return {
		...handle,
		label: `PostgreSQL-Server ${url.hostname}:${url.port || 5432}`,
		async close() {
			await handle.close();
			const cleanup = new pg.Client({ connectionString: serverUrl });
			await cleanup.connect();
			await cleanup.query(`drop database if exists ${name} with (force)`);
			await cleanup.end();
		}
	};
}

export async function serverReachable(): Promise<boolean> {
	const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3_000 });
	try {
		await client.connect();
		await client.end();
		return true;
	} catch {
		return false;
	}
}

const thresholds = [
	...benchDefinition.statusClasses.thresholds,
	...benchDefinition.dynamicsClasses!.thresholds
];

/** Every class position must agree, apart from index values within 1e-9 of a threshold. */
function compare(ours: IndexColumns[], peer: PeerClasses[]) {
	let compared = 0;
	let disagreements = 0;
	let onThreshold = 0;
	let classified = 0;
	ours.forEach((columns, d) => {
		const parts = [
			[columns.status, peer[d]!.status],
			[columns.dynamics!, peer[d]!.dynamics]
		] as const;
		for (const [part, theirs] of parts)
			for (let i = 0; i < theirs.length; i++) {
				compared++;
				if (part === columns.status && part.position[i]! >= 0) classified++;
				if (part.position[i] === theirs[i]) continue;
				const v = part.index[i]!;
				if (Number.isFinite(v) && thresholds.some((t) => Math.abs(v - t) < 1e-9)) onThreshold++;
				else disagreements++;
			}
	});
	return { compared, disagreements, onThreshold, classified };
}

export async function runB5(engine: Engine, runs: number, log: (line: string) => void): Promise<void> {
	const loadAtStart = currentLoad();
	const handle = await openFresh(engine);
	try {
		const [version] = (
			(await handle.db.execute(sql`select version() as v`)) as unknown as { rows: { v: string }[] }
		).rows;
		log(`B5 auf ${handle.label}: Tabelle wird erzeugt (nicht gemessen) …`);
		const started = Date.now();
		await createBenchTables(handle.db, log);
		log(`  erzeugt in ${seconds(Date.now() - started)}`);
		const progress = (what: string) => (ms: number) => log(`  ${what}: ${ms.toFixed(0)} ms`);

		const read = await measure(runs, () => readInputs(handle.db, engine), progress('Lesen'));
		const inputs = await readInputs(handle.db, engine);
		const compute = await measure(
			runs,
			async () => inputs.map((input) => computeIndexColumns(benchDefinition, input)),
			progress('Rechnen')
		);
		const objects = await measure(
			runs,
			async () => {
				// Only the count is kept, so each date's objects can go before the next is made.
				let classified = 0;
				for (const input of inputs)
					classified += computeIndex(benchDefinition, input).units.filter((u) => u.statusClass).length;
				return classified;
			},
			progress('mit Objekten')
		);
		const peer = await measure(runs, () => runPeer(handle.db, benchDefinition), progress('Peer-SQL'));

		log('Vergleich der Klassen …');
		const check = compare(
			inputs.map((input) => computeIndexColumns(benchDefinition, input)),
			await runPeer(handle.db, benchDefinition)
		);
		const markdown = b5Report({
			engine,
			label: handle.label,
			version: version?.v ?? '',
			read,
			compute,
			objects,
			peer,
			check,
			machine: machineInfo(loadAtStart)
		});
		writeSection(`b5-${engine}`, markdown);
		log(markdown);
		if (check.disagreements > 0) throw new Error(`B5: ${check.disagreements} Klassen weichen vom Peer ab`);
	} finally {
		await handle.close();
	}
}

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const runsAt = args.indexOf('--runs');
	const runs = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1]) || 5) : 5;
	const engineAt = args.indexOf('--engine');
	const engines: Engine[] =
		engineAt >= 0 ? [args[engineAt + 1] === 'postgres' ? 'postgres' : 'pglite'] : ['pglite', 'postgres'];
	for (const engine of engines) {
		if (engine === 'postgres' && !(await serverReachable())) {
			console.log('B5 auf PostgreSQL übersprungen: Server nicht erreichbar (BENCH_DATABASE_URL).');
			continue;
		}
		await runB5(engine, runs, (line) => console.log(line));
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url))
	main().catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
