/**
 * The SQL peer of B6 on embedded PGlite: primary suppression as one UPDATE, then hierarchical
 * secondary suppression as a level-wise fixpoint — one UPDATE per pass that, for every
 * (parent, variable) sum with exactly one suppressed cell, suppresses the smallest published child
 * (ties by unit) or, without one, the parent; repeated from Node until a pass changes nothing.
 * Unlike the engine, a pass decides all sums at once (set-based), so it may suppress a few cells
 * more; it has no exact audit (a hierarchy does not need one, see src/lib/core/disclosure/audit.ts).
 */
import { PGlite } from '@electric-sql/pglite';
import type { City } from './city';

export async function openPeer(city: City): Promise<PGlite> {
	const db = new PGlite();
	await db.exec(`
		create table unit (id int primary key, parent int, level int not null);
		create index on unit (parent);
		create table cell (unit int not null, var int not null, value int not null, status smallint not null default 0,
			primary key (unit, var));
	`);
	const ids = city.units.map((_, u) => u);
	await db.query('insert into unit select * from unnest($1::int[], $2::int[], $3::int[])', [
		ids,
		city.units.map((u) => (u.parent < 0 ? null : u.parent)),
		city.units.map((u) => u.level)
	]);
	const unitCol: number[] = [];
	const varCol: number[] = [];
	const valueCol: number[] = [];
	city.values.forEach((column, v) =>
		column.forEach((value, u) => {
			unitCol.push(u);
			varCol.push(v);
			valueCol.push(value);
		})
	);
	await db.query(
		'insert into cell (unit, var, value) select * from unnest($1::int[], $2::int[], $3::int[])',
		[unitCol, varCol, valueCol]
	);
	await db.exec('analyze');
	return db;
}

const secondaryPass = `
with fam as (
	select ch.parent as p, c.var, count(*) filter (where c.status > 0) as suppressed,
		count(*) filter (where c.status = 0) as open
	from unit ch join cell c on c.unit = ch.id
	where ch.parent is not null
	group by ch.parent, c.var
), need as (
	select f.p, f.var, f.open from fam f join cell t on t.unit = f.p and t.var = f.var
	where f.suppressed + (t.status > 0)::int = 1
), pick as (
	select distinct on (n.p, n.var) c.unit, c.var
	from need n join unit ch on ch.parent = n.p join cell c on c.unit = ch.id and c.var = n.var
	where n.open > 0 and c.status = 0
	order by n.p, n.var, c.value, c.unit
), picked as (
	select unit, var from pick
	union
	select p, var from need where open = 0
)
update cell set status = 2 from picked
where cell.unit = picked.unit and cell.var = picked.var and cell.status = 0`;

/** Runs primary and secondary suppression; returns the passes and the counts. */
export async function suppressInSql(
	db: PGlite,
	k: number
): Promise<{ passes: number; primary: number; secondary: number }> {
	await db.query('update cell set status = case when value < $1 then 1 else 0 end', [k]);
	let passes = 0;
	for (;;) {
		const result = await db.query(secondaryPass);
		passes++;
		if (!result.affectedRows) break;
	}
	const counts = await db.query<{ primary: number; secondary: number }>(
		`select count(*) filter (where status = 1)::int as primary, count(*) filter (where status = 2)::int as secondary from cell`
	);
	return { passes, ...counts.rows[0]! };
}

/** Every cell's status, as status[v][u]. */
export async function statusesInSql(db: PGlite, city: City): Promise<Uint8Array[]> {
	const out = city.variables.map(() => new Uint8Array(city.units.length));
	const rows = await db.query<{ unit: number; var: number; status: number }>(
		'select unit, var, status from cell where status > 0'
	);
	for (const r of rows.rows) out[r.var]![r.unit] = r.status;
	return out;
}
