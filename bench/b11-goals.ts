/**
 * B11: the check of 1,000 goals × up to 500 units each, 10 Stichtage (issue 15): our full check
 * (`checkAllGoals` with an empty value cache, as after a data change, and warm) against one
 * hand-written SQL query of the same ratings on the same engine, with equal results. Also measured,
 * for information: recording the ratings (`recordGoalRatings`), the follow-up of every data change.
 * `npm run bench -- b11 [--runs 5] [--engine pglite|postgres]`.
 */
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/lib/server/config';
import { openDatabase } from '../src/lib/server/db/client';
import { migrateDatabase } from '../src/lib/server/db/migrate';
import { goalListQuery } from '../src/lib/core/planning/goal-view';
import { goalOverviewPage } from '../src/lib/server/presenters/goal-overview';
import { dataChangesSettled } from '../src/lib/server/services/data-change';
import { listIndicators } from '../src/lib/server/services/indicator.service';
import { listDepartments } from '../src/lib/server/services/tenant.service';
import { listTopics } from '../src/lib/server/services/variable.service';
import { demoTenantSlug, seedDemo } from '../src/lib/server/seed/demo';
import type { ServiceContext } from '../src/lib/server/services/context';
import { tenantContext } from '../src/lib/server/services/tenant-context';
import { checkAllGoals, recordGoalRatings, type GoalCheckResult } from '../src/lib/server/values/goal-check';
import { clearValueCache } from '../src/lib/server/values/value-cache';
import { clearTenantMemo } from '../src/lib/server/values/tenant-memo';
import { buildPlan, citySlug } from './b11/city';
import { peerRatings, type PeerRating } from './b11/peer-sql';
import { b11OverviewReport, b11Report, type Agreement } from './b11/report';
import { openBenchDatabase, serverReachable, type Engine } from './lib/bench-database';
import { currentLoad, machineInfo } from './lib/machine';
import { writeSection } from './lib/results-file';
import { measure, seconds, timed } from './lib/timing';

export { serverReachable, type Engine };

const close = (a: number | null, b: number | null) =>
	a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Every rating, current value and projection of ours must be the peer's. */
function compare(ours: GoalCheckResult[], peer: PeerRating[]): Agreement {
	const theirs = new Map(peer.map((p) => [`${p.goalId}|${p.unitId ?? ''}`, p]));
	const counts: Record<string, number> = {};
	const problems: string[] = [];
	let compared = 0;
	for (const result of ours) {
		const rows = [
			{ unitId: '', check: result.scope! },
			...result.units.map((u) => ({ unitId: u.unit.id, check: u.check }))
		];
		for (const { unitId, check } of rows) {
			compared++;
			counts[check.rating] = (counts[check.rating] ?? 0) + 1;
			const p = theirs.get(`${result.goal.id}|${unitId}`);
			const where = `${result.goal.code}${unitId ? ` / ${unitId.slice(0, 8)}` : ''}`;
			if (!p) problems.push(`${where}: beim Peer fehlt die Zeile`);
			else if (p.rating !== check.rating) problems.push(`${where}: ${check.rating} ≠ Peer ${p.rating}`);
			else if (!close(check.current?.value ?? null, p.current === null ? null : Number(p.current)))
				problems.push(`${where}: aktueller Wert ${check.current?.value} ≠ Peer ${p.current}`);
			else if (!close(check.projected, p.projected === null ? null : Number(p.projected)))
				problems.push(`${where}: Projektion ${check.projected} ≠ Peer ${p.projected}`);
		}
	}
	if (peer.length !== compared) problems.push(`Peer ${peer.length} Zeilen, wir ${compared}`);
	return { compared, counts, problems };
}

export async function runB11(engine: Engine, runs: number, log: (line: string) => void): Promise<void> {
	const loadAtStart = currentLoad();
	const handle = await openBenchDatabase(engine, { prefix: 'querschnitt_b11', workMem: '256MB' });
	try {
		await migrateDatabase(handle);
		const [version] = (
			(await handle.db.execute(sql`select version() as v`)) as unknown as { rows: { v: string }[] }
		).rows;
		const ctx: ServiceContext = { db: handle.db, actor: { kind: 'system', label: 'bench' }, now: new Date() };
		log(`B11 auf ${handle.label}: Plan wird erzeugt (nicht gemessen) …`);
		const started = Date.now();
		const plan = await buildPlan(ctx, log);
		log(`  erzeugt in ${seconds(Date.now() - started)}`);
		const progress = (what: string) => (ms: number) => log(`  ${what}: ${ms.toFixed(0)} ms`);

		const cold = await measure(
			runs,
			async () => {
				// As after a data change: nothing cached, the tenant read anew.
				clearValueCache();
				clearTenantMemo();
				return checkAllGoals(await tenantContext(ctx, citySlug));
			},
			progress('Prüfung kalt')
		);
		const tc = await tenantContext(ctx, citySlug);
		const warm = await measure(runs, () => checkAllGoals(tc), progress('Prüfung warm'));
		const peer = await measure(runs, () => peerRatings(handle.db, plan), progress('Peer-SQL'));

		clearValueCache();
		clearTenantMemo();
		const record = await timed(async () => recordGoalRatings(await tenantContext(ctx, citySlug)));
		log(`  Bewertungen gespeichert: ${record.ms.toFixed(0)} ms (${record.result} Ziele)`);

		log('Vergleich …');
		const agreement = compare(await checkAllGoals(tc), await peerRatings(handle.db, plan));
		const markdown = b11Report({
			engine,
			label: handle.label,
			version: version?.v ?? '',
			goalUnits: plan.goalUnits,
			cold,
			warm,
			peer,
			record: record.ms,
			agreement,
			machine: machineInfo(loadAtStart)
		});
		writeSection(`b11-${engine}`, markdown);
		log(markdown);
		if (agreement.problems.length > 0)
			throw new Error(
				`B11: ${agreement.problems.length} Abweichungen vom Peer, z. B. ${agreement.problems[0]}`
			);
	} finally {
		await handle.close();
	}
}

/**
 * The Steuerung overview on the Berlin demo (its example plan): what the page's load does — every
 * goal checked, the catalogue lists, the presenter — in this process, without HTTP and rendering.
 * Cold: empty caches, as after a start or a data change; warm: as the next planner meets it.
 */
export async function runOverview(runs: number, log: (line: string) => void): Promise<void> {
	const loadAtStart = currentLoad();
	const handle = await openDatabase({ engine: 'pglite-memory' });
	try {
		await migrateDatabase(handle);
		log('B11 Übersicht: Demo wird erzeugt (nicht gemessen) …');
		await seedDemo(handle.db, loadConfig());
		await dataChangesSettled();
		const ctx: ServiceContext = { db: handle.db, actor: { kind: 'system', label: 'bench' }, now: new Date() };
		const overview = async () => {
			const tc = await tenantContext(ctx, demoTenantSlug);
			const [checks, indicators, topics, departments] = await Promise.all([
				checkAllGoals(tc),
				listIndicators(tc),
				listTopics(tc),
				listDepartments(tc)
			]);
			const units = new Map(indicators.map((i) => [i.code, { label: i.unitLabel, decimals: i.decimals }]));
			return goalOverviewPage(
				{ checks, units, topics, departments },
				goalListQuery(new URLSearchParams()),
				'de'
			);
		};
		const progress = (what: string) => (ms: number) => log(`  ${what}: ${ms.toFixed(0)} ms`);
		const cold = await measure(
			runs,
			async () => {
				clearValueCache();
				clearTenantMemo();
				return overview();
			},
			progress('Übersicht kalt')
		);
		const warm = await measure(runs, overview, progress('Übersicht warm'));
		const goals = (await checkAllGoals(await tenantContext(ctx, demoTenantSlug))).length;
		const markdown = b11OverviewReport({ goals, cold, warm, machine: machineInfo(loadAtStart) });
		writeSection('b11-overview', markdown);
		log(markdown);
	} finally {
		await handle.close();
	}
}
