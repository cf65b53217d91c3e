import { sql } from 'drizzle-orm';
import type { Database } from '../../src/lib/server/db/client';
import type { IndexInput } from '../../src/lib/core/index/columns';
import { dateCount, indicatorCount, unitCodes, unitCount } from './data';

/**
 * "Ours", part 1: one SELECT that hands every (date, indicator) column over as one value ordered
 * by unit (NULL → NaN), so each becomes a Float64Array without an object per value: 70 rows
 * instead of 7 million. The transfer is the one each driver decodes fastest (measured on 100,000 ×
 * 7 values): node-postgres turns a bytea of big-endian float8 into a Buffer natively (330 ms
 * against 670 ms as text); PGlite decodes bytea in JavaScript and takes longer for that than for
 * the query itself (1,230 ms against 540 ms as comma-separated text).
 */
const binaryQuery = sql`
	select date, indicator,
		string_agg(float8send(coalesce(value, 'NaN'::float8)), ''::bytea order by unit) as v
	from index_bench_value
	group by date, indicator
	order by date, indicator`;

const textQuery = sql`
	select date, indicator,
		string_agg(coalesce(value::text, 'NaN'), ',' order by unit) as v
	from index_bench_value
	group by date, indicator
	order by date, indicator`;

/** PostgreSQL writes float8 as the shortest text that reads back to the same double. */
function textToFloat64(text: string): Float64Array {
	const parts = text.split(',');
	if (parts.length !== unitCount) throw new Error(`Spalte mit ${parts.length} statt ${unitCount} Werten`);
	const out = new Float64Array(unitCount);
	for (let i = 0; i < unitCount; i++) out[i] = Number(parts[i]);
	return out;
}

function toFloat64(bytes: Uint8Array): Float64Array {
	if (bytes.length !== unitCount * 8)
		throw new Error(`Spalte mit ${bytes.length / 8} statt ${unitCount} Werten`);
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const out = new Float64Array(unitCount);
	for (let i = 0; i < unitCount; i++) out[i] = view.getFloat64(i * 8, false);
	return out;
}

/** One IndexInput per date (1 … dateCount). */
export async function readInputs(db: Database, engine: 'pglite' | 'postgres'): Promise<IndexInput[]> {
	const result = (await db.execute(engine === 'pglite' ? textQuery : binaryQuery)) as unknown as {
		rows: { date: number; indicator: number; v: Uint8Array | string }[];
	};
	if (result.rows.length !== dateCount * indicatorCount)
		throw new Error(`${result.rows.length} Spalten gelesen, erwartet ${dateCount * indicatorCount}`);
	const inputs: IndexInput[] = [];
	for (let d = 0; d < dateCount; d++) {
		const columns = result.rows
			.slice(d * indicatorCount, (d + 1) * indicatorCount)
			.map((r) => (typeof r.v === 'string' ? textToFloat64(r.v) : toFloat64(r.v)));
		inputs.push({
			units: unitCodes,
			population: columns[0]!,
			status: columns.slice(1, 5),
			dynamics: columns.slice(5, 7)
		});
	}
	return inputs;
}
