/**
 * The timed SQL of B9: every point to at most one unit (boundary ties to the smallest code, which
 * is the smallest id), written to `assignment`, and the points outside every unit counted.
 * ST_Intersects counts the boundary as inside, as turf's booleanPointInPolygon does by default.
 */
import type { SqlSession } from '../lib/sql-session';

export interface SqlVariant {
	key: 'plain' | 'subdivided' | 'unit-driven';
	label: string;
	/** Statements run before the assignment inside the timed step (building helper tables). */
	prepare?: string;
	assign: string;
}

export const sqlVariants: SqlVariant[] = [
	{
		key: 'plain',
		label: 'LEFT JOIN LATERAL je Punkt, ST_Intersects mit GiST auf den 447 Polygonen',
		assign: `insert into assignment (point_id, unit_id)
			select p.id, u.id from point p
			left join lateral (
				select u.id from unit u where ST_Intersects(u.geom, p.geom) order by u.id limit 1
			) u on true`
	},
	{
		key: 'subdivided',
		label:
			'wie oben, Polygone vorher mit ST_Subdivide(geom, 64) in eine temporäre Tabelle mit GiST zerlegt (Zerlegen gemessen)',
		prepare: `drop table if exists unit_part;
			create temp table unit_part as select id, ST_Subdivide(geom, 64) as geom from unit;
			create index on unit_part using gist (geom);
			analyze unit_part;`,
		assign: `insert into assignment (point_id, unit_id)
			select p.id, u.id from point p
			left join lateral (
				select u.id from unit_part u where ST_Intersects(u.geom, p.geom) order by u.id limit 1
			) u on true`
	},
	{
		key: 'unit-driven',
		label:
			'vom Polygon aus: je Einheit die Punkte über einen GiST-Index auf den Punkten (Indexbau gemessen), so bleibt dasselbe Polygon viele Aufrufe lang vorbereitet (prepared geometry)',
		prepare: `drop index if exists point_geom_idx;
			create index point_geom_idx on point using gist (geom);`,
		assign: `insert into assignment (point_id, unit_id)
			select p.id, m.unit_id from point p
			left join (
				select distinct on (p.id) p.id, u.id as unit_id
				from unit u join point p on ST_Intersects(u.geom, p.geom)
				order by p.id, u.id
			) m on m.id = p.id`
	}
];

/** One timed step: (prepare,) truncate, assign, count outside. */
export async function assignInSql(session: SqlSession, variant: SqlVariant): Promise<number> {
	await session.exec('truncate assignment');
	if (variant.prepare) await session.exec(variant.prepare);
	await session.exec(variant.assign);
	const [row] = await session.query<{ outside: number }>(
		'select count(*)::int as outside from assignment where unit_id is null'
	);
	return row!.outside;
}

/** The assigned unit per point (−1 outside), read after the timed steps. */
export async function readAssignment(session: SqlSession, count: number): Promise<Int32Array> {
	const rows = await session.query<{ p: number; u: number | null }>(
		'select point_id as p, unit_id as u from assignment'
	);
	if (rows.length !== count) throw new Error(`B9: ${rows.length} statt ${count} Zuordnungen`);
	const result = new Int32Array(count).fill(-2);
	for (const r of rows) result[r.p] = r.u ?? -1;
	return result;
}
