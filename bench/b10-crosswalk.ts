/**
 * B10: areal crosswalk between 5,000 generated blocks and 500 generated districts that do not nest:
 * the PostGIS intersections (b10/intersections-sql.ts) plus arealWeights
 * (src/lib/core/crosswalk/weights.ts), ≤ 5 s on PostgreSQL 15, also on PGlite; every weight must
 * agree to 1e-6 with exact clipping of the generated quadrilaterals in JavaScript (b10/clip.ts).
 * `npm run bench -- b10 [--runs 5] [--engine pglite|postgres]`.
 */
import { arealWeights } from '../src/lib/core/crosswalk/weights';
import type { Crosswalk } from '../src/lib/core/crosswalk/crosswalk';
import { weightsByClipping } from './b10/clip';
import { intersections } from './b10/intersections-sql';
import { blocks, districts, wkt, type Cell } from './b10/partitions';
import { b10Report, type B10Row } from './b10/report';
import { serverReachable, type Engine } from './lib/bench-database';
import { currentLoad, machineInfo } from './lib/machine';
import { writeSection } from './lib/results-file';
import { openSqlSession, type SqlSession } from './lib/sql-session';
import { measure, seconds, timed } from './lib/timing';

const metricSrid = 25833;
export const tolerance = 1e-6;

async function load(session: SqlSession, table: 'block' | 'district', cells: readonly Cell[]) {
	await session.exec(
		`create table ${table} (code text primary key, geom geometry(MultiPolygon, 4326) not null)`
	);
	await session.query(
		`insert into ${table} select code, ST_Multi(ST_Transform(ST_GeomFromText(w, ${metricSrid}), 4326))
		 from unnest($1::text[], $2::text[]) as t(code, w)`,
		[cells.map((c) => c.code), cells.map(wkt)]
	);
	await session.exec(`create index on ${table} using gist (geom); analyze ${table};`);
}

/** The timed step: intersections in PostGIS, weights in the core. Slivers are kept (tolerance 0) to compare every weight. */
async function crosswalk(session: SqlSession): Promise<{ result: Crosswalk; sqlMs: number; coreMs: number }> {
	const { ms: sqlMs, result: rows } = await timed(() => intersections(session, metricSrid));
	const { ms: coreMs, result } = await timed(async () =>
		arealWeights(
			{
				sources: rows.sources,
				targets: rows.targets,
				intersections: rows.pairs.map((p) => ({ source: p.source, target: p.target, area: p.area }))
			},
			{ sourceLayer: 'block', targetLayer: 'district', date: '2026-11-22', tolerance: 0 }
		)
	);
	return { result, sqlMs, coreMs };
}

function compare(result: Crosswalk, expected: Map<string, number>) {
	const ours = new Map(result.weights.map((w) => [`${w.source}|${w.target}`, w.weight]));
	let maxDifference = 0;
	let worst = '';
	for (const key of new Set([...ours.keys(), ...expected.keys()])) {
		const difference = Math.abs((ours.get(key) ?? 0) - (expected.get(key) ?? 0));
		if (difference > maxDifference) [maxDifference, worst] = [difference, key];
	}
	const sums = result.sources.map((s) => Math.abs(s.coverage - 1));
	return { maxDifference, worst, maxSumError: Math.max(...sums) };
}

export async function runB10(engines: Engine[], runs: number, log: (line: string) => void): Promise<void> {
	const loadAtStart = currentLoad();
	const sourceCells = blocks();
	const targetCells = districts();
	const { ms: clipMs, result: expected } = await timed(async () =>
		weightsByClipping(sourceCells, targetCells)
	);
	log(`B10: ${expected.size} Paare durch exaktes Clipping in ${seconds(clipMs)}`);
	const rows: B10Row[] = [];
	const skipped: string[] = [];
	for (const engine of engines) {
		if (engine === 'postgres' && !(await serverReachable())) {
			skipped.push('PostgreSQL übersprungen: Server nicht erreichbar (BENCH_DATABASE_URL).');
			continue;
		}
		const session = await openSqlSession(engine, { prefix: 'querschnitt_b10' });
		try {
			const { ms: loadMs } = await timed(async () => {
				await load(session, 'block', sourceCells);
				await load(session, 'district', targetCells);
			});
			log(`B10 auf ${session.label}: geladen in ${seconds(loadMs)}`);
			let last = await crosswalk(session);
			const series = await measure(
				runs,
				async () => (last = await crosswalk(session)),
				(ms) => log(`  ${engine}: ${seconds(ms)}`)
			);
			rows.push({
				engine,
				label: session.label,
				series,
				loadMs,
				sqlMs: last.sqlMs,
				coreMs: last.coreMs,
				weights: last.result.weights.length,
				...compare(last.result, expected)
			});
		} finally {
			await session.close();
		}
	}
	const markdown = b10Report({
		blocks: sourceCells.length,
		districts: targetCells.length,
		pairs: expected.size,
		clipMs,
		rows,
		skipped,
		machine: machineInfo(loadAtStart)
	});
	writeSection('b10', markdown);
	log(markdown);
	const wrong = rows.filter((r) => !(r.maxDifference <= tolerance));
	if (wrong.length)
		throw new Error(
			`B10: Gewichte weichen um mehr als ${tolerance} von der unabhängigen Rechnung ab (${wrong.map((r) => `${r.engine}: ${r.maxDifference} bei ${r.worst}`).join('; ')})`
		);
}
