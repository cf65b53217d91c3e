/**
 * B9: assign 1,000,000 generated points to the 447 Berlin Planungsräume with PostGIS in embedded
 * PGlite and in PostgreSQL 15 (several SQL variants), against turf.js booleanPointInPolygon with a
 * flatbush prefilter in Node, in the same run; every point must get the same unit everywhere.
 * `npm run bench -- b9 [--runs 3] [--engine pglite|postgres]`.
 */
import { assignInSql, readAssignment, sqlVariants } from './b9/assign-sql';
import { bboxOf, generatePoints, loadInto, loadUnits, type Points, type Unit } from './b9/data';
import { b9Report, type B9Row } from './b9/report';
import { assignWithTurf } from './b9/turf-peer';
import { serverReachable, type Engine } from './lib/bench-database';
import { currentLoad, machineInfo } from './lib/machine';
import { writeSection } from './lib/results-file';
import { openSqlSession } from './lib/sql-session';
import { median, seconds, timed, type Series } from './lib/timing';

const pointCount = 1_000_000;

/** Runs without a warm-up: one run assigns a million points, long enough to dwarf caches. */
async function series(runs: number, work: () => Promise<unknown>, log: (ms: number) => void) {
	const all: number[] = [];
	for (let i = 0; i < runs; i++) {
		const { ms } = await timed(work);
		all.push(ms);
		log(ms);
	}
	return { runs: all, median: median(all) } satisfies Series;
}

/** A disagreeing point for the report: where it lies and what each side said. */
function describe(units: readonly Unit[], points: Points, i: number, ours: number, theirs: number): string {
	const name = (u: number) => (u < 0 ? 'außerhalb' : units[u]!.code);
	return `Punkt ${i} (${points.x[i]}, ${points.y[i]}): ${name(ours)} statt ${name(theirs)} bei turf`;
}

export async function runB9(engines: Engine[], runs: number, log: (line: string) => void): Promise<void> {
	const loadAtStart = currentLoad();
	log('B9: Planungsräume nach EPSG:4326 umrechnen, Punkte erzeugen (nicht gemessen) …');
	const units = await loadUnits();
	const bbox = bboxOf(units);
	const points = generatePoints(pointCount, bbox);
	const progress = (what: string) => (ms: number) => log(`  ${what}: ${seconds(ms)}`);

	const turf = await series(runs, async () => assignWithTurf(units, points), progress('turf.js + flatbush'));
	const reference = assignWithTurf(units, points);
	const turfOutside = reference.filter((u) => u < 0).length;

	const rows: B9Row[] = [];
	const loads: { engine: string; ms: number }[] = [];
	const skipped: string[] = [];
	const investigation: string[] = [];
	for (const engine of engines) {
		if (engine === 'postgres' && !(await serverReachable())) {
			skipped.push('PostgreSQL übersprungen: Server nicht erreichbar (BENCH_DATABASE_URL).');
			continue;
		}
		const session = await openSqlSession(engine, { prefix: 'querschnitt_b9', workMem: '256MB' });
		try {
			log(`B9 auf ${session.label}: Punkte laden …`);
			const loadMs = await loadInto(session, units, points);
			loads.push({ engine: engine === 'pglite' ? 'PGlite' : 'PostgreSQL 15', ms: loadMs });
			for (const variant of sqlVariants) {
				let outside = 0;
				const measured = await series(
					runs,
					async () => (outside = await assignInSql(session, variant)),
					progress(`${engine} ${variant.key}`)
				);
				const assigned = await readAssignment(session, pointCount);
				let disagreements = 0;
				for (let i = 0; i < pointCount; i++) {
					if (assigned[i] === reference[i]) continue;
					if (disagreements++ < 5)
						investigation.push(
							`${engine} ${variant.key}: ${describe(units, points, i, assigned[i]!, reference[i]!)}`
						);
				}
				rows.push({
					who: session.label,
					how: variant.label,
					series: measured,
					outside,
					disagreements
				});
			}
		} finally {
			await session.close();
		}
	}
	const markdown = b9Report({
		points: pointCount,
		units: units.length,
		bbox,
		loads,
		rows,
		turf,
		turfOutside,
		skipped,
		investigation,
		machine: machineInfo(loadAtStart)
	});
	writeSection('b9', markdown);
	log(markdown);
	const wrong = rows.filter((r) => r.disagreements > 0 || r.outside !== turfOutside);
	if (wrong.length)
		throw new Error(`B9: ${wrong.length} Varianten weichen von turf.js ab (siehe RESULTS.md)`);
}
