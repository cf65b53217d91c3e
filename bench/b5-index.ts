/**
 * B5: the composite social index for 100,000 units × 6 indicators × 10 dates (issue 5), ours
 * (one SELECT into typed arrays + computeIndexColumns per date) against the same index as one SQL
 * query on the same engine. `npm run bench -- b5 [--runs 5] [--engine pglite|postgres]`, or
 * directly: `npx tsx bench/b5-index.ts --runs 5 --engine pglite`.
 */
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { computeIndex } from '../src/lib/core/index/compute';
import { computeIndexColumns, type IndexColumns } from '../src/lib/core/index/columns';
import { createBenchTables, benchDefinition } from './b5/data';
import { runPeer, type PeerClasses } from './b5/peer-sql';
import { readInputs } from './b5/read';
import { b5Report } from './b5/report';
import { currentLoad, machineInfo } from './lib/machine';
import { writeSection } from './lib/results-file';
import { measure, seconds } from './lib/timing';
import { openBenchDatabase, serverReachable, type Engine } from './lib/bench-database';

/** Both sides get the same memory for sorting and hashing; the defaults (4 MB) would spill to disk. */
const workMem = '256MB';

const openFresh = (engine: Engine) => openBenchDatabase(engine, { prefix: 'querschnitt_b5', workMem });

export { serverReachable, type Engine };

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
