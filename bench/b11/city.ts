import { sql } from 'drizzle-orm';
import type { Database } from '../../src/lib/server/db/client';
import { dataImport, goal, goalUnit } from '../../src/lib/server/db/schema';
import { insertSpatialUnits } from '../../src/lib/server/repositories/spatial-unit.repository';
import { rebuildAncestry } from '../../src/lib/server/repositories/unit-ancestry.repository';
import type { ServiceContext } from '../../src/lib/server/services/context';
import { defineIndicator } from '../../src/lib/server/services/indicator.service';
import { createLayer } from '../../src/lib/server/services/spatial-layer.service';
import { tenantContext } from '../../src/lib/server/services/tenant-context';
import { createTenant } from '../../src/lib/server/services/tenant.service';
import { defineVariable } from '../../src/lib/server/services/variable.service';
import { dataChangesSettled } from '../../src/lib/server/services/data-change';

/**
 * The generated plan of benchmark B11: 10 Bezirke → 500 Sozialräume, 5 populations and 10 counts
 * observed per Sozialraum at 10 Stichtage (2015–2024), 10 rate indicators, and 1,000 goals, each on
 * one indicator over 1 … 500 of the Sozialräume, with a direction, a baseline (2015) and a target
 * (2022–2030, so some deadlines have passed). The counts drift per unit, so the goals fall into every
 * rating. A seeded PRNG makes every run build the same plan.
 */
export const citySlug = 'b11-stadt';
export const unitCount = 500;
export const goalCount = 1_000;
export const dates = Array.from({ length: 10 }, (_, i) => `${2015 + i}-12-31`);
const populations = 5;
export const indicators = Array.from({ length: 10 }, (_, k) => ({
	code: `q${String(k + 1).padStart(2, '0')}`,
	numerator: variableCode(populations + k),
	denominator: variableCode(k % populations)
}));

function variableCode(v: number): string {
	return `v${String(v + 1).padStart(2, '0')}`;
}

/** mulberry32, as in B2: small, fast, the same sequence everywhere. */
function prng(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface Plan {
	tenantId: string;
	/** Numerator and denominator variable of each indicator, by indicator id (for the SQL peer). */
	terms: { indicatorId: string; numerator: string; denominator: string }[];
	goalUnits: number;
}

export async function buildPlan(ctx: ServiceContext, log: (line: string) => void): Promise<Plan> {
	const tenant = await createTenant(ctx, { slug: citySlug, name: 'B11-Stadt', kind: 'kreisfreie_stadt' });
	const tc = await tenantContext(ctx, citySlug);
	const bezirk = await createLayer(tc, { code: 'bezirk', name: 'Bezirke' });
	const sozialraum = await createLayer(tc, { code: 'sozialraum', name: 'Sozialräume', parent: 'bezirk' });
	const bezirke = await insertSpatialUnits(
		ctx.db,
		tenant.id,
		bezirk.id,
		Array.from({ length: 10 }, (_, i) => ({ code: `B${i}`, name: `Bezirk ${i + 1}` }))
	);
	const units = await insertSpatialUnits(
		ctx.db,
		tenant.id,
		sozialraum.id,
		Array.from({ length: unitCount }, (_, i) => ({
			code: `SR${String(i).padStart(3, '0')}`,
			name: `Sozialraum ${i + 1}`,
			parentUnitId: bezirke[Math.floor(i / (unitCount / 10))]!.id
		}))
	);
	await rebuildAncestry(ctx.db, tenant.id);
	const unitIds = units.map((u) => u.id);

	const variableIds: string[] = [];
	for (let v = 0; v < populations + indicators.length; v++)
		variableIds.push(
			(
				await defineVariable(tc, {
					code: variableCode(v),
					name: v < populations ? `Einwohner ${v}` : `Merkmal ${v}`
				})
			).id
		);
	await insertObservations(ctx.db, tenant.id, variableIds, unitIds);

	const terms: Plan['terms'] = [];
	for (const [k, i] of indicators.entries()) {
		const defined = await defineIndicator(tc, { ...i, name: `Quote ${i.code}`, kind: 'rate', factor: 100 });
		terms.push({
			indicatorId: defined.id,
			numerator: variableIds[populations + k]!,
			denominator: variableIds[k % populations]!
		});
	}
	// The follow-up of each definition (ratings of no goals yet) must not run into the measurement.
	await dataChangesSettled();

	const random = prng(11_2026);
	let goalUnits = 0;
	for (let g = 0; g < goalCount; g += 100) {
		const batch = Array.from({ length: 100 }, (_, j) => {
			const n = g + j;
			const baseline = 4 + random() * 12;
			const higher = random() < 0.5;
			const step = random() * 4 - 0.5;
			return {
				tenantId: tenant.id,
				code: `Z ${n + 1}`,
				level: 'handlungsziel' as const,
				title: `Ziel ${n + 1}`,
				indicatorId: terms[n % indicators.length]!.indicatorId,
				direction: higher ? ('higher' as const) : ('lower' as const),
				scopeKind: 'units' as const,
				scopeLayerId: sozialraum.id,
				baselineValue: baseline,
				baselineDate: dates[0]!,
				targetValue: higher ? baseline + step : baseline - step,
				targetDate: `${2022 + Math.floor(random() * 9)}-12-31`,
				origin: 'fachplanung' as const,
				status: 'beschlossen' as const
			};
		});
		const inserted = await ctx.db.insert(goal).values(batch).returning({ id: goal.id });
		const links: { tenantId: string; goalId: string; unitId: string }[] = [];
		for (const { id } of inserted) {
			const size = 1 + Math.floor(random() * unitCount);
			const chosen = [...unitIds];
			for (let i = 0; i < size; i++) {
				const j = i + Math.floor(random() * (chosen.length - i));
				[chosen[i], chosen[j]] = [chosen[j]!, chosen[i]!];
				links.push({ tenantId: tenant.id, goalId: id, unitId: chosen[i]! });
			}
		}
		for (let i = 0; i < links.length; i += 5_000)
			await ctx.db.insert(goalUnit).values(links.slice(i, i + 5_000));
		goalUnits += links.length;
	}
	log(
		`  ${unitCount} Sozialräume, ${goalCount} Ziele mit zusammen ${goalUnits.toLocaleString('de-DE')} Gebieten`
	);
	await ctx.db.execute(sql`analyze`);
	return { tenantId: tenant.id, terms, goalUnits };
}

/**
 * Populations of 500–2,000; each count starts at 2–20 % of its population and drifts by up to
 * ±1.5 points a year, with noise, so units and goals move in both directions.
 */
async function insertObservations(
	db: Database,
	tenantId: string,
	variableIds: readonly string[],
	unitIds: readonly string[]
): Promise<void> {
	const [imported] = await db
		.insert(dataImport)
		.values({
			tenantId,
			kind: 'observations',
			fileName: 'b11-generiert',
			sha256: '-',
			actor: 'bench',
			rows: variableIds.length * unitIds.length * dates.length
		})
		.returning();
	const random = prng(20_261_207);
	// population[p][u][d]: each count is a share of its indicator's denominator.
	const population = Array.from({ length: populations }, () => unitIds.map(() => dates.map(() => 0)));
	for (const [v, variableId] of variableIds.entries()) {
		const values: number[] = [];
		for (let u = 0; u < unitIds.length; u++) {
			const start = 0.02 + random() * 0.18;
			const drift = (random() * 3 - 1.5) / 100;
			for (let d = 0; d < dates.length; d++) {
				if (v < populations) {
					population[v]![u]![d] = 500 + Math.floor(random() * 1_500);
					values.push(population[v]![u]![d]!);
				} else {
					const share = Math.max(0, start + drift * d + (random() - 0.5) * 0.01);
					values.push(Math.round(share * population[(v - populations) % populations]![u]![d]!));
				}
			}
		}
		await db.execute(sql`insert into observation (tenant_id, variable_id, unit_id, date, value, import_id)
			select ${tenantId}::uuid, ${variableId}::uuid, (${sql.param([...unitIds])}::uuid[])[(t.n - 1) / ${dates.length} + 1],
				(${sql.param(dates)}::date[])[(t.n - 1) % ${dates.length} + 1], t.value, ${imported!.id}::uuid
			from unnest(${sql.param(values)}::float8[]) with ordinality as t(value, n)`);
	}
}
