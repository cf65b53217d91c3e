import { sql } from 'drizzle-orm';
import type { Database } from '../../src/lib/server/db/client';
import type { ClassScheme, IndexDefinition } from '../../src/lib/core/index/definition';
import { dateCount, unitCount } from './data';

/**
 * The peer: the same index as ONE SQL query on the same engine — pivot the long table, keep the
 * eligible units (population ≥ minimum, not excluded), z by window functions per date over the
 * units with every value, weighted mean, re-standardisation, class positions by the thresholds,
 * for status and dynamics. It returns every unit's two class positions, one row per date with
 * one character per position in unit order ("-" = no class), the same compact transfer as ours.
 */
const statusColumns = ['s1', 's2', 's3', 's4'];
const dynamicsColumns = ['d1', 'd2'];

function positionSql(scheme: ClassScheme, value: string): string {
	// A value on a threshold t counts as above it when the rule sends it there ('centre': t ≤ 0).
	const terms = scheme.thresholds.map((t) => {
		const above = scheme.onThreshold === 'above' || (scheme.onThreshold === 'centre' && t <= 0);
		return `(${value} ${above ? '>=' : '>'} ${t})::int`;
	});
	return terms.join(' + ');
}

function partSql(
	name: string,
	columns: string[],
	entries: IndexDefinition['status'],
	definition: IndexDefinition,
	scheme: ClassScheme
): string {
	const sd = definition.sdConvention === 'population' ? 'stddev_pop' : 'stddev_samp';
	const total = entries.reduce((s, e) => s + e.weight, 0);
	const z = columns.map((c, k) => {
		const sign = entries[k]!.polarity === 'higher_better' ? '-' : '';
		return `${entries[k]!.weight}::float8 * ${sign}coalesce((${c} - avg(${c}) over p) / nullif(${sd}(${c}) over p, 0), 0)`;
	});
	const combined =
		definition.combination === 'mean' ? `(${z.join(' + ')}) / ${total}::float8` : z.join(' + ');
	const index = definition.restandardise
		? `coalesce((c - avg(c) over p) / nullif(${sd}(c) over p, 0), 0)`
		: 'c';
	return `
	${name}_c as (
		select date, unit, ${combined} as c
		from eligible where ${columns.map((c) => `${c} is not null`).join(' and ')}
		window p as (partition by date)),
	${name}_i as (
		select date, unit, ${index} as i from ${name}_c window p as (partition by date)),
	${name} as (
		select date, unit, i, ${positionSql(scheme, 'i')} as position from ${name}_i)`;
}

export function peerQuery(definition: IndexDefinition): string {
	const pivot = [...statusColumns, ...dynamicsColumns]
		.map((c, k) => `max(value) filter (where indicator = ${k + 1}) as ${c}`)
		.join(',\n\t\t\t');
	return `
	with wide as (
		select date, unit, max(value) filter (where indicator = 0) as population,
			${pivot}
		from index_bench_value group by date, unit),
	eligible as (
		select * from wide
		where population >= ${definition.eligibility.minimumPopulation}
			and not exists (select 1 from index_bench_excluded x where x.unit = wide.unit)),
	${partSql('status', statusColumns, definition.status, definition, definition.statusClasses)},
	${partSql('dynamics', dynamicsColumns, definition.dynamics, definition, definition.dynamicsClasses!)}
	select wide.date,
		string_agg(coalesce(status.position::text, '-') || coalesce(dynamics.position::text, '-'), '' order by wide.unit) as classes
	from wide
		left join status on status.date = wide.date and status.unit = wide.unit
		left join dynamics on dynamics.date = wide.date and dynamics.unit = wide.unit
	group by wide.date
	order by wide.date`;
}

/** Class positions per date: [status, dynamics] per unit as Int8Arrays, −1 = no class. */
export interface PeerClasses {
	status: Int8Array;
	dynamics: Int8Array;
}

export async function runPeer(db: Database, definition: IndexDefinition): Promise<PeerClasses[]> {
	const result = (await db.execute(sql.raw(peerQuery(definition)))) as unknown as {
		rows: { date: number; classes: string }[];
	};
	if (result.rows.length !== dateCount) throw new Error(`Peer: ${result.rows.length} Stichtage`);
	return result.rows.map((row) => {
		if (row.classes.length !== 2 * unitCount) throw new Error('Peer: falsche Länge der Klassenliste');
		const status = new Int8Array(unitCount);
		const dynamics = new Int8Array(unitCount);
		for (let i = 0; i < unitCount; i++) {
			const s = row.classes.charCodeAt(2 * i);
			const d = row.classes.charCodeAt(2 * i + 1);
			status[i] = s === 45 ? -1 : s - 48; // '-' or a digit
			dynamics[i] = d === 45 ? -1 : d - 48;
		}
		return { status, dynamics };
	});
}
