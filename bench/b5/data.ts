import { sql } from 'drizzle-orm';
import type { Database } from '../../src/lib/server/db/client';
import {
	berlinDynamicsClasses,
	berlinStatusClasses,
	type IndexDefinition
} from '../../src/lib/core/index/definition';

/**
 * The B5 world: 100,000 units with 4 status and 2 dynamics indicators and a population at 10
 * dates, in one long table `index_bench_value(unit, date, indicator, value)` (indicator 0 is the
 * population, 1–4 the status rates, 5–6 the changes). Values are random but reproducible
 * (setseed); about 2 % of the units fall below the minimum population, 0.2 % of the values are
 * missing, every 2,000th unit is excluded.
 */
export const unitCount = 100_000;
export const dateCount = 10;
export const indicatorCount = 7; // population + 4 status + 2 dynamics
export const excludedEvery = 2_000;

export const benchDefinition: IndexDefinition = {
	code: 'b5',
	name: 'B5-Sozialindex',
	description: null,
	layer: 'block',
	status: [
		{ indicator: 'i1', weight: 1, polarity: 'higher_worse' },
		{ indicator: 'i2', weight: 0.5, polarity: 'higher_better' },
		{ indicator: 'i3', weight: 1.5, polarity: 'higher_worse' },
		{ indicator: 'i4', weight: 1, polarity: 'higher_worse' }
	],
	dynamics: [
		{ indicator: 'i5', weight: 2, polarity: 'higher_worse', windowYears: null },
		{ indicator: 'i6', weight: 1, polarity: 'higher_better', windowYears: null }
	],
	combination: 'mean',
	restandardise: true,
	sdConvention: 'population',
	eligibility: {
		minimumPopulation: 300,
		populationVariable: 'ew',
		excluded: Array.from({ length: unitCount / excludedEvery }, (_, i) => ({
			unit: String((i + 1) * excludedEvery),
			reason: 'Ausreißer (Benchmark)'
		}))
	},
	statusClasses: berlinStatusClasses,
	dynamicsClasses: berlinDynamicsClasses,
	combinedSeparator: ''
};

/** Unit codes are the numbers 1 … unitCount, in the order the read returns them. */
export const unitCodes = Array.from({ length: unitCount }, (_, i) => String(i + 1));

export async function createBenchTables(db: Database, log: (line: string) => void): Promise<void> {
	await db.execute(sql`drop table if exists index_bench_value`);
	await db.execute(sql`drop table if exists index_bench_excluded`);
	await db.execute(sql`
		create table index_bench_value (
			unit integer not null,
			date smallint not null,
			indicator smallint not null,
			value double precision,
			primary key (date, indicator, unit)
		)`);
	await db.execute(sql`create table index_bench_excluded (unit integer primary key)`);
	await db.execute(
		sql`insert into index_bench_excluded select g * ${excludedEvery} from generate_series(1, ${unitCount / excludedEvery}) g`
	);
	await db.execute(sql`select setseed(0.42)`);
	for (let date = 1; date <= dateCount; date++) {
		await db.execute(sql`
			insert into index_bench_value (unit, date, indicator, value)
			select u, ${date}, k,
				case
					when k = 0 then floor(120 + 9000 * random())
					when random() < 0.002 then null
					when k <= 4 then round((2 + k * 4 * random() + 10 * random() ^ 2)::numeric, 2)::float8
					else round((6 * random() - 3)::numeric, 2)::float8
				end
			from generate_series(0, ${indicatorCount - 1}) k, generate_series(1, ${unitCount}) u
			order by k, u`);
		log(`  Stichtag ${date}/${dateCount} erzeugt`);
	}
	await db.execute(sql`analyze index_bench_value`);
}
