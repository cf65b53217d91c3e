import { sql } from 'drizzle-orm';
import { migrateDatabase } from '../../src/lib/server/db/migrate';
import type { ServiceContext } from '../../src/lib/server/services/context';
import { indicatorValueTable, type IndicatorValueSet } from '../../src/lib/server/values/indicator-values';
import { findVariablesByCodes } from '../../src/lib/server/repositories/variable.repository';
import { currentLoad, machineInfo } from '../lib/machine';
import { writeSection } from '../lib/results-file';
import { measure, seconds } from '../lib/timing';
import { buildCity, citySlug, dates, indicators, layers } from './city';
import { handComputeOnly, handRows, type HandRow } from './hand-sql';
import { b2Report } from './report';
import { openBenchDatabase, serverReachable, type Engine } from '../lib/bench-database';
import { tenantContext } from '../../src/lib/server/services/tenant-context';

const openFresh = (engine: Engine) => openBenchDatabase(engine, { prefix: 'querschnitt_bench' });

export { serverReachable, type Engine };

/** Every service value must be the hand query's Σ numerator / Σ denominator × 100. */
function compare(
	sets: IndicatorValueSet[],
	rows: HandRow[]
): { compared: number; worst: number; problems: string[] } {
	const service = new Map<string, number | null>();
	for (const set of sets)
		for (const v of set.values) service.set(`${set.indicator.code}|${v.unitId}|${set.date}`, v.value);
	let worst = 0;
	const problems: string[] = [];
	for (const row of rows) {
		const key = `${indicators[row.k]!.code}|${row.unitId}|${row.date}`;
		const got = service.get(key);
		const want = (row.num / row.den) * 100;
		if (got === undefined || got === null) {
			if (problems.length < 5) problems.push(`${key}: Service ohne Wert, Hand-SQL ${want}`);
			continue;
		}
		worst = Math.max(worst, Math.abs(got - want) / Math.max(1e-12, Math.abs(want)));
	}
	if (service.size !== rows.length)
		problems.push(`Service ${service.size} Werte, Hand-SQL ${rows.length} Zeilen`);
	if (worst > 1e-9) problems.push(`größte relative Abweichung ${worst}`);
	return { compared: rows.length, worst, problems };
}

export async function runB2(engine: Engine, runs: number, log: (line: string) => void): Promise<void> {
	const loadAtStart = currentLoad();
	const handle = await openFresh(engine);
	try {
		await migrateDatabase(handle);
		const [version] = (
			(await handle.db.execute(sql`select version() as v`)) as unknown as { rows: { v: string }[] }
		).rows;
		const ctx: ServiceContext = { db: handle.db, actor: { kind: 'system', label: 'bench' }, now: new Date() };
		log(`B2 auf ${handle.label}: Stadt wird erzeugt (nicht gemessen) …`);
		const started = Date.now();
		const city = await buildCity(ctx, log);
		log(`  erzeugt in ${seconds(Date.now() - started)}`);

		const request = { indicators: indicators.map((i) => i.code), layers: layers.map((l) => l.code), dates };
		const progress = (what: string) => (ms: number) => log(`  ${what}: ${seconds(ms)}`);
		log(
			`Service: ${indicators.length} Indikatoren × ${layers.length} Ebenen × ${dates.length} Stichtage, ${runs} Läufe`
		);
		const serviceSeries = await measure(
			runs,
			async () => indicatorValueTable(await tenantContext(ctx, citySlug), request),
			progress('Service')
		);

		const variables = await findVariablesByCodes(
			handle.db,
			city.tenantId,
			indicators.flatMap((i) => [i.numerator, i.denominator])
		);
		const pairs = indicators.map((i) => ({
			numerator: variables.get(i.numerator)!.id,
			denominator: variables.get(i.denominator)!.id
		}));
		log('Hand-SQL (Zeilen zum Client)');
		const handSeries = await measure(
			runs,
			() => handRows(handle.db, city.tenantId, pairs),
			progress('Hand-SQL')
		);
		log('Hand-SQL (nur Berechnung)');
		const computeSeries = await measure(
			runs,
			() => handComputeOnly(handle.db, city.tenantId, pairs),
			progress('nur Berechnung')
		);

		log('Vergleich der Zahlen …');
		const check = compare(
			await indicatorValueTable(await tenantContext(ctx, citySlug), request),
			await handRows(handle.db, city.tenantId, pairs)
		);
		const markdown = b2Report({
			engine,
			label: handle.label,
			version: version?.v ?? '',
			observations: city.observations,
			service: serviceSeries,
			hand: handSeries,
			computeOnly: computeSeries,
			check,
			machine: machineInfo(loadAtStart)
		});
		writeSection(`b2-${engine}`, markdown);
		log(markdown);
	} finally {
		await handle.close();
	}
}
