import { sql } from 'drizzle-orm';
import type { Database } from '../../src/lib/server/db/client';
import type { Plan } from './city';

/**
 * The peer of B11: the ratings of every goal and every unit of its scope as one SQL query, written
 * by hand for exactly this plan (rate indicators of observations at the scope's layer, scope
 * `units`): each unit's series and the scope's summed series, the latest value, the first value of
 * the five years before it, the trend extended to the target date, and the rating with the limits
 * of DOMAIN.md §7 (5 % and 20 % of the remaining distance; tolerance 1e-9). The whole scope has
 * the unit id null.
 */
export interface PeerRating {
	goalId: string;
	unitId: string | null;
	rating: string;
	current: number | null;
	projected: number | null;
}

const scopeKey = '00000000-0000-0000-0000-000000000000';

export async function peerRatings(db: Database, plan: Plan): Promise<PeerRating[]> {
	const ids = plan.terms.map((t) => t.indicatorId);
	const numerators = plan.terms.map((t) => t.numerator);
	const denominators = plan.terms.map((t) => t.denominator);
	return db.transaction(async (tx) => {
		await tx.execute(sql`set local work_mem = '256MB'`);
		await tx.execute(sql`set local jit = off`);
		const result = (await tx.execute(sql`
			with ind (indicator_id, n, d) as (
				select * from unnest(${sql.param(ids)}::uuid[], ${sql.param(numerators)}::uuid[], ${sql.param(denominators)}::uuid[])
			),
			vals as (
				select i.indicator_id, n.unit_id, n.date, n.value as num, d.value as den
				from ind i
				join observation n on n.tenant_id = ${plan.tenantId} and n.variable_id = i.n
				join observation d on d.tenant_id = ${plan.tenantId} and d.variable_id = i.d
					and d.unit_id = n.unit_id and d.date = n.date
			),
			g as (
				select id, indicator_id, direction, target_value as t, target_date as td
				from goal where tenant_id = ${plan.tenantId} and indicator_id is not null
			),
			goal_vals as (
				select g.id as goal_id, v.unit_id, v.date, v.num, v.den
				from g
				join goal_unit gu on gu.tenant_id = ${plan.tenantId} and gu.goal_id = g.id
				join vals v on v.indicator_id = g.indicator_id and v.unit_id = gu.unit_id
			),
			known as (
				select goal_id, unit_id as u, date, num / den * 100 as value from goal_vals where den <> 0
				union all
				select goal_id, ${scopeKey}::uuid, date, sum(num) / sum(den) * 100
				from goal_vals where den <> 0 group by goal_id, date
			),
			cur as (
				select distinct on (goal_id, u) goal_id, u, date, value
				from known order by goal_id, u, date desc
			),
			first as (
				select distinct on (k.goal_id, k.u) k.goal_id, k.u, k.date, k.value
				from known k join cur c on c.goal_id = k.goal_id and c.u = k.u
				where k.date >= (c.date - interval '5 years')::date and k.date < c.date
				order by k.goal_id, k.u, k.date
			),
			measured as (
				select c.goal_id, c.u, c.value as current, c.date as cur_date, g.t, g.td,
					case when g.direction = 'higher' then 1 else -1 end as sign,
					1e-9 * greatest(1, abs(g.t)) as tol,
					case when f.date is not null
						then c.value + (c.value - f.value) / ((c.date - f.date) / 365.2425::float8) * ((g.td - c.date) / 365.2425::float8)
					end as projection
				from cur c join g on g.id = c.goal_id left join first f on f.goal_id = c.goal_id and f.u = c.u
			)
			select goal_id as "goalId", nullif(u, ${scopeKey}::uuid) as "unitId", current,
				case when sign * (current - t) >= -tol or cur_date >= td then null else projection end as projected,
				case
					when sign * (current - t) >= -tol then 'reached'
					when cur_date >= td then 'off_track'
					when projection is null then 'no_data'
					when -sign * (projection - t) / (-sign * (current - t)) <= 0.05 + 1e-9 then 'on_track'
					when -sign * (projection - t) / (-sign * (current - t)) <= 0.2 + 1e-9 then 'at_risk'
					else 'off_track'
				end as rating
			from measured`)) as unknown as { rows: PeerRating[] };
		return result.rows;
	});
}
