/**
 * The SQL peer of B8: the same 2SFCA as one query on embedded PGlite + PostGIS. ST_DWithin (with the
 * GiST indexes) finds the pairs within the catchment, inclusive of the radius as in the core;
 * the decay is the same formula; step 1 groups by Kita, step 2 by Planungsraum. Kitas with unknown
 * places count with 0 places, as the benchmark hands them to the core (see b8-two-step-fca.ts).
 */
import type { PGlite } from '@electric-sql/pglite';
import type { Band } from './data';

export type SqlDecay = 'none' | 'gaussian';

const weight: Record<SqlDecay, string> = {
	none: '1.0::float8',
	// Dai (2010), as in src/lib/core/supply/distance-decay.ts
	gaussian: 'greatest(0, (exp(-0.5 * (d / $1) ^ 2) - exp(-0.5)) / (1 - exp(-0.5)))'
};

function query(band: Band, decay: SqlDecay): string {
	const supply = band.placesColumn === 'under' ? 'k.under' : 'k.over';
	const population = band.code === 'u3' ? 'p.u3' : 'p.ue3';
	return `
with pair as (
	select k.id as j, p.id as i, ST_Distance(k.geom, p.geom) as d,
		coalesce(${supply}, 0) as s, ${population} as pop
	from kita k join pr p on ST_DWithin(k.geom, p.geom, $1::float8)
), weighted as (
	select j, i, s, pop, ${weight[decay]} as w from pair
), ratio as (
	select j, case when sum(w * pop) > 0 then max(s) / sum(w * pop) else 0 end as r
	from weighted where w > 0 group by j
)
select p.id, coalesce(sum(w.w * r.r), 0)::float8 as a
from pr p
left join weighted w on w.i = p.id and w.w > 0
left join ratio r on r.j = w.j
group by p.id
order by p.id`;
}

/** A_i per Planungsraum (ordered by id), computed in SQL. */
export async function twoStepFcaInSql(
	db: PGlite,
	band: Band,
	decay: SqlDecay,
	catchment: number
): Promise<Float64Array> {
	const result = await db.query<{ id: number; a: number }>(query(band, decay), [catchment]);
	return Float64Array.from(result.rows, (r) => r.a);
}
