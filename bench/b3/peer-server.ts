// B3's peer: the same answer as GET /api/v1/tenants/berlin/indicators/<rate>/values?layer=… from
// a minimal node:http server with one hand-written SQL statement per request, on the same
// embedded database. No authentication, no validation, no framework: the floor for the app.
import http from 'node:http';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import pg from 'pg';

/** `database` is a PGlite data directory or a postgres:// URL (then a pool as large as the app's). */
const [database, port, tenantSlug, indicatorCode, layerCode] = process.argv.slice(2) as [
	string,
	string,
	string,
	string,
	string
];
interface Queryable {
	query<T>(text: string, params: unknown[]): Promise<{ rows: T[] }>;
	close(): Promise<void>;
}
async function connect(): Promise<Queryable> {
	if (database.startsWith('postgres')) {
		const pool = new pg.Pool({ connectionString: database, max: 10 });
		return {
			query: async <T>(text: string, params: unknown[]) => ({
				rows: (await pool.query(text, params)).rows as T[]
			}),
			close: () => pool.end()
		};
	}
	const lite = await PGlite.create({ dataDir: database, extensions: { postgis } });
	return { query: (text, params) => lite.query(text, params), close: () => lite.close() };
}
const db = await connect();

// Resolved once, as a hand-written service would hard-wire them: ids of tenant, layer, the
// rate's numerator and denominator variables, and its latest date.
const ids = (
	await db.query<{ tenant: string; layer: string; num: string[]; den: string[]; factor: number }>(
		`select t.id as tenant, l.id as layer, i.factor,
			array(select variable_id from indicator_variable v where v.tenant_id = t.id and v.indicator_id = i.id and v.role = 'numerator') as num,
			array(select variable_id from indicator_variable v where v.tenant_id = t.id and v.indicator_id = i.id and v.role = 'denominator') as den
		from tenant t join spatial_layer l on l.tenant_id = t.id and l.code = $3
		join indicator i on i.tenant_id = t.id and i.code = $2
		where t.slug = $1`,
		[tenantSlug, indicatorCode, layerCode]
	)
).rows[0]!;
const date = (
	await db.query<{ date: string }>(
		`select max(date)::text as date from observation where tenant_id = $1 and variable_id = any($2::uuid[])`,
		[ids.tenant, [...ids.num, ...ids.den]]
	)
).rows[0]!.date;

/** Σ numerator and Σ denominator over everything at or below each unit of the layer. */
const query = `select u.code, u.name,
		sum(o.value) filter (where o.variable_id = any($4::uuid[])) as numerator,
		sum(o.value) filter (where o.variable_id = any($5::uuid[])) as denominator
	from spatial_unit u
	left join spatial_unit_ancestor a on a.tenant_id = u.tenant_id and a.ancestor_id = u.id
	left join observation o on o.tenant_id = a.tenant_id and o.unit_id = a.unit_id and o.date = $3::date
		and o.variable_id = any($6::uuid[])
	where u.tenant_id = $1 and u.layer_id = $2
	group by u.code, u.name order by u.code`;

const server = http.createServer(async (_request, response) => {
	const { rows } = await db.query<{
		code: string;
		name: string;
		numerator: number | null;
		denominator: number | null;
	}>(query, [ids.tenant, ids.layer, date, ids.num, ids.den, [...ids.num, ...ids.den]]);
	const items = rows.map((r) => ({
		code: r.code,
		name: r.name,
		value: r.numerator !== null && r.denominator ? (r.numerator / r.denominator) * ids.factor : null,
		numerator: r.numerator,
		denominator: r.denominator
	}));
	response.writeHead(200, { 'content-type': 'application/json' });
	response.end(JSON.stringify({ date, items, total: items.length }));
});
server.listen(Number(port), () => console.log('peer ready'));
process.once('SIGTERM', () => {
	server.close();
	void db.close().then(() => process.exit(0));
});
