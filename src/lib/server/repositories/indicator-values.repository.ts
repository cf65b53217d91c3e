import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client';
import { queryRows } from '../db/raw-query';

/**
 * The sums behind indicator values (ARCHITECTURE "Computation"). One statement sums every term
 * of a request over the ancestor closure for all requested layers and dates; the arithmetic and
 * the choice of source layer happen in core/indicator. A term is a pair of sums of variables:
 * numerator and denominator of a rate, or value and weight of a directly imported indicator
 * (`weighted`: Σ value × weight is summed instead of Σ value). A unit has a side of the pair only
 * where every variable of that side has a value there.
 */
export interface SumTerm {
	a: readonly string[];
	b: readonly string[] | null;
	weighted: boolean;
}

/** The terms as two relations: term (k, weighted, na, nb) and its variables (k, v, role 1 = a, 2 = b). */
function termRelations(terms: readonly SumTerm[]) {
	const members = terms.flatMap((t, k) => [
		...t.a.map((v) => ({ k, v, role: 1 })),
		...(t.b ?? []).map((v) => ({ k, v, role: 2 }))
	]);
	const param = <T>(values: T[]) => sql.param(values);
	return {
		term: sql`select * from unnest(${param(terms.map((_, k) => k))}::int[],
			${param(terms.map((t) => t.weighted))}::bool[], ${param(terms.map((t) => t.a.length))}::int[],
			${param(terms.map((t) => t.b?.length ?? 0))}::int[])`,
		member: sql`select * from unnest(${param(members.map((m) => m.k))}::int[],
			${param(members.map((m) => m.v))}::uuid[], ${param(members.map((m) => m.role))}::int[])`
	};
}

/**
 * Observations at the target units themselves (official totals, or the layer where data lie).
 * Targets are positions in the layer's units ordered by code, as `listSpatialUnits` returns
 * them: small numbers travel and parse much faster than 1.7 million UUIDs. Read both in one
 * snapshot (a repeatable-read transaction) so that the positions mean the same units.
 */
export interface OwnColumns {
	targets: number[];
	a: (number | null)[];
	b: (number | null)[];
}

/** Per target unit, what lies below it, summed over units where both variables are present. */
export interface BelowColumns {
	targets: number[];
	sumX: number[];
	sumY: number[];
	paired: number[];
	finestA: (number | null)[];
	finestB: (number | null)[];
	singleDistance: boolean[];
}

/** The sums of one term at the units of one layer (index into the request's layers) at one date. */
export interface TermSumsBlock {
	term: number;
	layerIndex: number;
	date: string;
	own: OwnColumns | null;
	below: BelowColumns | null;
}

export interface TermSumsRequest {
	terms: readonly SumTerm[];
	layerIds: readonly string[];
	/** null: every date with observations (a time series). */
	dates: readonly string[] | null;
	/** Only this unit (of the one layer requested) and what lies below it. */
	unitId?: string | null;
}

interface BlockRow {
	own: boolean;
	term: number;
	layer: number;
	date: string;
	targets: string;
	x: string;
	y: string;
	paired: string | null;
	finestA: string | null;
	finestB: string | null;
	single: string | null;
}

function numbers(text: string): number[] {
	return text.split(',').map(Number);
}

function nullableNumbers(text: string | null, length: number): (number | null)[] {
	if (text === null) return new Array<number | null>(length).fill(null);
	return text.split(',').map((t) => (t === '' ? null : Number(t)));
}

/**
 * The statement. Results travel as one row per term × layer × date with comma-joined columns:
 * a city of 5,000 blocks × 30 indicators × 10 dates is 1.7 million values, and parsing that many
 * protocol rows costs several times the query itself (most on the embedded database).
 * The aggregates of one group see its rows in the same order, so the lists stay aligned.
 */
function termSumsQuery(tenantId: string, request: TermSumsRequest): SQL {
	const { terms, layerIds, dates, unitId } = request;
	const relations = termRelations(terms);
	const dateFilter = dates ? sql`and o.date = any(${sql.param([...dates])}::date[])` : sql``;
	const underUnit = unitId
		? sql`and o.unit_id in (select unit_id from spatial_unit_ancestor
				where tenant_id = ${tenantId} and ancestor_id = ${unitId})`
		: sql``;
	const bothPresent = sql`p.a is not null and p.b is not null`;
	// A side is present at a unit when all its variables are: count(role) = its number of variables
	// (observations are unique per variable × unit × date).
	return sql`with term (k, weighted, na, nb) as (${relations.term}),
		member (k, v, role) as (${relations.member}),
		layer (id, n) as (select * from unnest(${sql.param([...layerIds])}::uuid[]) with ordinality),
		pair as (
			select n.k, n.weighted, o.unit_id, o.date,
				case when count(*) filter (where n.role = 1) = min(n.na) then sum(o.value) filter (where n.role = 1) end as a,
				case when count(*) filter (where n.role = 2) = min(n.nb) then sum(o.value) filter (where n.role = 2) end as b
			from (select m.k, t.weighted, m.v, m.role, t.na, t.nb from member m join term t on t.k = m.k) n
			join observation o on o.tenant_id = ${tenantId} and o.variable_id = n.v
			where true ${dateFilter} ${underUnit}
			group by n.k, n.weighted, o.unit_id, o.date
		),
		target as (
			select id, layer_id, (row_number() over (partition by layer_id order by code) - 1)::int as position
			from spatial_unit
			where tenant_id = ${tenantId} and layer_id = any(${sql.param([...layerIds])}::uuid[])
				${unitId ? sql`and id = ${unitId}` : sql``}
		),
		below as (
			select p.k, min(l.n) as layer, min(t.position) as position, p.date,
				coalesce(sum(case when p.weighted then p.a * p.b else p.a end) filter (where ${bothPresent}), 0) as x,
				coalesce(sum(p.b) filter (where ${bothPresent}), 0) as y,
				(count(*) filter (where ${bothPresent}))::int as paired,
				max(c.distance) filter (where p.a is not null) as finest_a,
				max(c.distance) filter (where p.b is not null) as finest_b,
				min(c.distance) = max(c.distance) as single
			from pair p
			join spatial_unit_ancestor c on c.tenant_id = ${tenantId} and c.unit_id = p.unit_id and c.distance > 0
			join target t on t.id = c.ancestor_id
			join layer l on l.id = t.layer_id
			group by p.k, c.ancestor_id, p.date
		)
		select true as own, p.k as term, (l.n - 1)::int as layer, p.date::text as date,
			string_agg(t.position::text, ',') as targets,
			string_agg(coalesce(p.a::text, ''), ',') as x,
			string_agg(coalesce(p.b::text, ''), ',') as y,
			null as paired, null as "finestA", null as "finestB", null as single
		from pair p
		join target t on t.id = p.unit_id
		join layer l on l.id = t.layer_id
		group by p.k, l.n, p.date
		union all
		select false, k, (layer - 1)::int, date::text,
			string_agg(position::text, ','),
			string_agg(x::text, ','),
			string_agg(y::text, ','),
			string_agg(paired::text, ','),
			string_agg(coalesce(finest_a::text, ''), ','),
			string_agg(coalesce(finest_b::text, ''), ','),
			string_agg(case when single then 't' else 'f' end, ',')
		from below
		group by k, layer, date`;
}

/** Requests of at least this many term × date × layer blocks are bulk requests (exports, caches). */
const bulkBlocks = 20;

/**
 * Settings for one bulk computation, local to its transaction:
 * - hash tables over all pairs of a whole city need a few hundred MB; with the default work_mem
 *   they spill to disk (on the embedded database: its in-memory file system), several times slower;
 * - the planner cannot estimate how many groups sums over CTEs have and then sorts millions of
 *   rows on disk instead of hashing them (PGlite: 28 s instead of 12 s);
 * - compiling this statement's many expressions (JIT) cost PostgreSQL 0.7 s and saved nothing.
 */
export async function useBulkSettings(tx: Database): Promise<void> {
	await tx.execute(sql`set local work_mem = '256MB'`);
	await tx.execute(sql`set local enable_sort = off`);
	await tx.execute(sql`set local jit = off`);
}

export async function sumTermsByLayer(
	db: Database,
	tenantId: string,
	request: TermSumsRequest
): Promise<TermSumsBlock[]> {
	if (request.terms.length === 0 || request.layerIds.length === 0) return [];
	const query = termSumsQuery(tenantId, request);
	const bulk = request.terms.length * (request.dates?.length ?? 1) * request.layerIds.length >= bulkBlocks;
	const rows = bulk
		? await db.transaction(async (tx) => {
				await useBulkSettings(tx);
				return queryRows<BlockRow>(tx, query);
			})
		: await queryRows<BlockRow>(db, query);
	const blocks = new Map<string, TermSumsBlock>();
	for (const row of rows) {
		const key = `${row.term}|${row.layer}|${row.date}`;
		let block = blocks.get(key);
		if (!block) {
			block = { term: row.term, layerIndex: row.layer, date: row.date, own: null, below: null };
			blocks.set(key, block);
		}
		const targets = numbers(row.targets);
		if (row.own) {
			block.own = {
				targets,
				a: nullableNumbers(row.x, targets.length),
				b: nullableNumbers(row.y, targets.length)
			};
		} else {
			block.below = {
				targets,
				sumX: numbers(row.x),
				sumY: numbers(row.y),
				paired: numbers(row.paired ?? ''),
				finestA: nullableNumbers(row.finestA, targets.length),
				finestB: nullableNumbers(row.finestB, targets.length),
				singleDistance: (row.single ?? '').split(',').map((s) => s === 't')
			};
		}
	}
	return [...blocks.values()];
}

/** A target where the variables lie at different layers: pair at `pairing` distance below it. */
export interface AcrossLayerJob {
	term: SumTerm;
	target: string;
	date: string;
	distanceA: number;
	distanceB: number;
	pairing: number;
}

export interface AcrossLayerSums {
	sumX: number;
	sumY: number;
	/** Source units with data: finer-layer units for a rate, value units for a weighted mean. */
	covered: number;
}

/**
 * Sums for targets whose variables lie at different layers (an official total above, counts
 * below; rates of Sozialräume weighted by block populations). Each observation is taken only
 * from its variable's source layer and counted towards its ancestor at the pairing layer; a
 * pairing unit counts when it has both. Rare, so it may take one indexed lookup per target.
 */
export async function sumAcrossLayers(
	db: Database,
	tenantId: string,
	jobs: readonly AcrossLayerJob[]
): Promise<AcrossLayerSums[]> {
	if (jobs.length === 0) return [];
	const column = <T>(pick: (job: AcrossLayerJob, index: number) => T) => sql.param(jobs.map(pick));
	const relations = termRelations(jobs.map((j) => j.term));
	// First each side of a job at each source unit, where all of the side's variables have a value
	// there (as the statement above pairs them); then the sides per pairing unit.
	const rows = await queryRows<{ job: number; sumX: number | null; sumY: number | null; covered: number }>(
		db,
		sql`with term (k, weighted, na, nb) as (${relations.term}),
			member (k, v, role) as (${relations.member}),
			job (j, target, date, da, db, pd) as (
				select * from unnest(${column((_, i) => i)}::int[],
					${column((j) => j.target)}::uuid[], ${column((j) => j.date)}::date[], ${column((j) => j.distanceA)}::int[],
					${column((j) => j.distanceB)}::int[], ${column((j) => j.pairing)}::int[])
			),
			side as (
				select j.j, m.role, c.unit_id, c.distance, sum(o.value) as value
				from job j
				join term t on t.k = j.j
				join member m on m.k = j.j
				join spatial_unit_ancestor c on c.tenant_id = ${tenantId} and c.ancestor_id = j.target
					and c.distance = case when m.role = 1 then j.da else j.db end
				join observation o on o.tenant_id = ${tenantId} and o.unit_id = c.unit_id and o.date = j.date
					and o.variable_id = m.v
				group by j.j, m.role, c.unit_id, c.distance
				having count(*) = min(case when m.role = 1 then t.na else t.nb end)
			),
			part as (
				select s.j, t.weighted,
					sum(s.value) filter (where s.role = 1) as a,
					count(*) filter (where s.role = 1) as ua,
					sum(s.value) filter (where s.role = 2) as b,
					count(*) filter (where s.role = 2) as ub
				from side s
				join job j on j.j = s.j
				join term t on t.k = s.j
				join spatial_unit_ancestor p on p.tenant_id = ${tenantId} and p.unit_id = s.unit_id
					and p.distance = s.distance - j.pd
				group by s.j, t.weighted, p.ancestor_id
			)
			select j as job,
				sum(case when weighted then a * b else a end) filter (where ua > 0 and ub > 0) as "sumX",
				sum(b) filter (where ua > 0 and ub > 0) as "sumY",
				coalesce(sum(case when weighted then 1 else greatest(ua, ub) end) filter (where ua > 0 and ub > 0), 0)::int
					as covered
			from part group by j`
	);
	const sums: AcrossLayerSums[] = jobs.map(() => ({ sumX: 0, sumY: 0, covered: 0 }));
	for (const row of rows) sums[row.job] = { sumX: row.sumX ?? 0, sumY: row.sumY ?? 0, covered: row.covered };
	return sums;
}

/**
 * The names of the layers whose units hold observations of these variables at the date, finest
 * last: what an empty layer names when it explains where the data are.
 */
export async function layersWithObservations(
	db: Database,
	tenantId: string,
	variableIds: readonly string[],
	date: string
): Promise<string[]> {
	if (variableIds.length === 0) return [];
	const rows = await queryRows<{ name: string }>(
		db,
		sql`select l.name from spatial_layer l
			where l.tenant_id = ${tenantId} and exists (
				select 1 from observation o
				join spatial_unit u on u.tenant_id = o.tenant_id and u.id = o.unit_id
				where o.tenant_id = ${tenantId} and u.layer_id = l.id and o.date = ${date}::date
					and o.variable_id = any(${sql.param([...variableIds])}::uuid[]))
			order by l.name`
	);
	return rows.map((r) => r.name);
}
