import { is, sql } from 'drizzle-orm';
import { PgliteSession } from 'drizzle-orm/pglite';
import type { Database } from '../db/client';
import type { ObservationBatch } from '../importers/staging/observation-batch';
import { copyText } from '../importers/staging/copy-text';
import { execute, queryRows } from '../db/raw-query';

/**
 * SQL of the observation import. Values are staged as small integers (indices into the distinct
 * units, variables and dates of the file) and resolved to ids in one INSERT … SELECT: a million
 * rows travel as a few megabytes of text instead of a million UUID pairs.
 */
/** Chunk size of the unnest path: big enough to be fast, small enough for the parameter size. */
const chunk = 100_000;

/** The embedded database (or a transaction in it), which can COPY from a blob handed over in memory. */
function pgliteClient(
	db: Database
): { query(text: string, params: unknown[], options: { blob: Blob }): Promise<unknown> } | null {
	const session = db._.session;
	return is(session, PgliteSession)
		? (session as unknown as { client: ReturnType<typeof pgliteClient> }).client
		: null;
}

/**
 * Puts the values into a staging table of this transaction: by COPY on the embedded database, by
 * chunks of unnest() arrays on PostgreSQL (node-postgres has no COPY without another package).
 */
export async function stageObservations(
	db: Database,
	batch: ObservationBatch,
	onProgress: (done: number, total: number) => void
): Promise<void> {
	await db.execute(
		sql`create temp table observation_stage (u int not null, v int not null, d int not null, value float8 not null) on commit drop`
	);
	const client = pgliteClient(db);
	if (client) {
		await client.query(`copy observation_stage from '/dev/blob'`, [], { blob: new Blob(copyText(batch)) });
		onProgress(batch.count, batch.count);
		return;
	}
	for (let start = 0; start < batch.count; start += chunk) {
		const end = Math.min(start + chunk, batch.count);
		const part = <T extends { subarray(a: number, b: number): ArrayLike<number> }>(a: T) =>
			sql.param(Array.from(a.subarray(start, end)));
		await db.execute(sql`insert into observation_stage
			select * from unnest(${part(batch.unit)}::int[], ${part(batch.variable)}::int[], ${part(batch.date)}::int[], ${part(batch.value)}::float8[])`);
		onProgress(end, batch.count);
	}
}

/** The ids behind the staged indices (1-based in SQL). */
export interface StageIds {
	unitIds: readonly string[];
	variableIds: readonly string[];
	dates: readonly string[];
}

/**
 * The staged rows with their ids: array subscripts on the parameters, which costs a fraction of
 * joining the arrays as tables.
 */
const resolved = (ids: StageIds) => sql`(
	select (${sql.param(ids.variableIds)}::uuid[])[s.v + 1] as variable_id,
		(${sql.param(ids.unitIds)}::uuid[])[s.u + 1] as unit_id,
		(${sql.param(ids.dates)}::date[])[s.d + 1] as date,
		s.value
	from observation_stage s
) r`;

/**
 * Moves the stored values that the staged ones replace into observation_replaced (with the import
 * they came from) and deletes them; returns how many. A quick look first skips the join when the
 * variables have no values at these dates at all, the usual case for new data.
 */
export async function setAsideReplaced(
	db: Database,
	tenantId: string,
	importId: string,
	ids: StageIds
): Promise<number> {
	const [any] = await db
		.select({ one: sql<number>`1` })
		.from(sql`observation o`)
		.where(
			sql`o.tenant_id = ${tenantId} and o.variable_id = any(${sql.param(ids.variableIds)}::uuid[]) and o.date = any(${sql.param(ids.dates)}::date[])`
		)
		.limit(1);
	if (!any) return 0;
	return execute(
		db,
		sql`with gone as (
			delete from observation o using ${resolved(ids)}
			where o.tenant_id = ${tenantId} and o.variable_id = r.variable_id and o.unit_id = r.unit_id and o.date = r.date
			returning o.variable_id, o.unit_id, o.date, o.value, o.import_id
		)
		insert into observation_replaced (tenant_id, import_id, variable_id, unit_id, date, value, previous_import_id)
		select ${tenantId}, ${importId}, variable_id, unit_id, date, value, import_id from gone`
	);
}

/**
 * Whether loading `incoming` rows is faster by dropping the indexes of observation and building
 * them again: on the embedded database (one connection, so no one else waits for the table), when
 * the load is larger than the table, and nothing references the table.
 */
export async function preferIndexRebuild(db: Database, incoming: number): Promise<boolean> {
	if (!pgliteClient(db)) return false;
	const [row] = await queryRows<{ estimate: number; referenced: boolean }>(
		db,
		sql`select c.reltuples::float8 as estimate,
				exists (select 1 from pg_constraint f where f.confrelid = c.oid) as referenced
			from pg_class c where c.oid = 'observation'::regclass`
	);
	if (!row || row.referenced) return false;
	let rows = row.estimate;
	if (rows < 0 || rows < 2 * incoming) {
		// Never analysed, or close to the load (and maybe just emptied by setAsideReplaced): count.
		const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::float8 as n from observation`);
		rows = count?.n ?? 0;
	}
	return incoming > rows;
}

/**
 * Drops the primary key and indexes of observation, runs `load`, and builds them again from their
 * own definitions as read from the catalogue (so a changed schema is rebuilt as it is): a B-tree
 * built once from sorted keys costs far less than a million single insertions. All inside the
 * caller's transaction, so a failure leaves the table as it was.
 */
export async function withIndexesRebuilt<T>(db: Database, load: () => Promise<T>): Promise<T> {
	const constraints = await queryRows<{ name: string; definition: string }>(
		db,
		sql`select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
			where conrelid = 'observation'::regclass and contype in ('p', 'u')`
	);
	const indexes = await queryRows<{ name: string; definition: string }>(
		db,
		sql`select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
			from pg_index i where i.indrelid = 'observation'::regclass
				and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`
	);
	for (const c of constraints)
		await db.execute(sql`alter table observation drop constraint ${sql.identifier(c.name)}`);
	for (const i of indexes) await db.execute(sql.raw(`drop index ${i.name}`));
	const result = await load();
	await db.execute(sql`set local maintenance_work_mem = '256MB'`);
	for (const c of constraints) {
		await db.execute(
			sql`alter table observation add constraint ${sql.identifier(c.name)} ${sql.raw(c.definition)}`
		);
	}
	for (const i of indexes) await db.execute(sql.raw(i.definition));
	return result;
}

/** Inserts the staged values with their ids resolved; returns how many. */
export async function insertStaged(
	db: Database,
	tenantId: string,
	importId: string,
	ids: StageIds
): Promise<number> {
	return execute(
		db,
		sql`insert into observation (tenant_id, variable_id, unit_id, date, value, import_id)
			select ${tenantId}::uuid, r.variable_id, r.unit_id, r.date, r.value, ${importId}::uuid from ${resolved(ids)}`
	);
}

/** Missing values with their reason (observation_missing), by the indices of the parsed file. */
export interface MissingBatch {
	count: number;
	unit: readonly number[];
	variable: readonly number[];
	date: readonly number[];
	/** Reason per row, as stored (secret, locked …). */
	reason: readonly string[];
	code: readonly string[];
}

/** Stores the file's missing values with their reason, in chunks of unnest() arrays; returns how many. */
export async function insertMissing(
	db: Database,
	tenantId: string,
	importId: string,
	ids: StageIds,
	batch: MissingBatch
): Promise<number> {
	let stored = 0;
	for (let start = 0; start < batch.count; start += chunk) {
		const end = Math.min(start + chunk, batch.count);
		const part = <T>(a: readonly T[]) => sql.param(a.slice(start, end));
		stored += await execute(
			db,
			sql`insert into observation_missing (tenant_id, import_id, variable_id, unit_id, date, reason, code)
				select ${tenantId}::uuid, ${importId}::uuid, (${sql.param(ids.variableIds)}::uuid[])[m.v + 1],
					(${sql.param(ids.unitIds)}::uuid[])[m.u + 1], (${sql.param(ids.dates)}::date[])[m.d + 1],
					m.reason::missing_reason, m.code
				from unnest(${part(batch.unit)}::int[], ${part(batch.variable)}::int[], ${part(batch.date)}::int[],
					${part(batch.reason)}::text[], ${part(batch.code)}::text[]) as m(u, v, d, reason, code)`
		);
	}
	return stored;
}
