import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../src/lib/server/db/client';

/**
 * The peer of B2: what a person would write by hand for exactly this city, knowing that every
 * observation lies at the block layer: pair numerator and denominator per block and date, join
 * the ancestor closure once for all layers, one GROUP BY. No choice of source layer, no coverage.
 */
export interface HandRow {
	k: number;
	unitId: string;
	date: string;
	num: number;
	den: number;
}

function handQuery(tenantId: string, pairs: readonly { numerator: string; denominator: string }[]): SQL {
	return sql`with ind (k, n, d) as (
			select * from unnest(${sql.param(pairs.map((_, k) => k))}::int[],
				${sql.param(pairs.map((p) => p.numerator))}::uuid[], ${sql.param(pairs.map((p) => p.denominator))}::uuid[])
		)
		select i.k, a.ancestor_id as "unitId", n.date::text as date, sum(n.value) as num, sum(d.value) as den
		from ind i
		join observation n on n.tenant_id = ${tenantId} and n.variable_id = i.n
		join observation d on d.tenant_id = ${tenantId} and d.variable_id = i.d and d.unit_id = n.unit_id and d.date = n.date
		join spatial_unit_ancestor a on a.tenant_id = ${tenantId} and a.unit_id = n.unit_id
		group by i.k, a.ancestor_id, n.date`;
}

/**
 * The settings that help this query: as much work_mem as the service's bulk path and no JIT. Not
 * `enable_sort = off`, which the service needs for its CTEs but which made this query slower.
 */
async function withPeerSettings<T>(db: Database, work: (tx: Database) => Promise<T>): Promise<T> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`set local work_mem = '256MB'`);
		await tx.execute(sql`set local jit = off`);
		return work(tx);
	});
}

/** The hand query with its rows sent to the client, as an application would use it. */
export async function handRows(
	db: Database,
	tenantId: string,
	pairs: readonly { numerator: string; denominator: string }[]
): Promise<HandRow[]> {
	return withPeerSettings(db, async (tx) => {
		const result = (await tx.execute(handQuery(tenantId, pairs))) as unknown as { rows: HandRow[] };
		return result.rows;
	});
}

/** The same query computed but not sent: a lower bound that leaves out the cost of the result. */
export async function handComputeOnly(
	db: Database,
	tenantId: string,
	pairs: readonly { numerator: string; denominator: string }[]
): Promise<number> {
	return withPeerSettings(db, async (tx) => {
		const result = (await tx.execute(
			sql`select count(*)::int as n from (${handQuery(tenantId, pairs)}) as computed`
		)) as unknown as { rows: { n: number }[] };
		return result.rows[0]!.n;
	});
}
