import { sql } from 'drizzle-orm';
import type { Database } from '../../src/lib/server/db/client';
import { dataImport } from '../../src/lib/server/db/schema';
import { insertSpatialUnits } from '../../src/lib/server/repositories/spatial-unit.repository';
import { rebuildAncestry } from '../../src/lib/server/repositories/unit-ancestry.repository';
import type { ServiceContext } from '../../src/lib/server/services/context';
import { defineIndicator } from '../../src/lib/server/services/indicator.service';
import { createLayer } from '../../src/lib/server/services/spatial-layer.service';
import { tenantContext } from '../../src/lib/server/services/tenant-context';
import { createTenant } from '../../src/lib/server/services/tenant.service';
import { defineVariable } from '../../src/lib/server/services/variable.service';

/**
 * The generated city of benchmark B2: 10 Bezirke → 50 Stadtteile → 500 Sozialräume → 5,000
 * Blöcke, 50 count variables × 10 Stichtage observed per block (2.5 million observations) and
 * 30 rate indicators. The numbers come from a seeded PRNG, so every run builds the same city.
 */
export const citySlug = 'b2-stadt';
export const layers = [
	{ code: 'bezirk', name: 'Bezirke', count: 10 },
	{ code: 'stadtteil', name: 'Stadtteile', count: 50 },
	{ code: 'sozialraum', name: 'Sozialräume', count: 500 },
	{ code: 'block', name: 'Blöcke', count: 5_000 }
] as const;
export const variableCount = 50;
/** The first five variables are populations (denominators), the others counts of people among them. */
const populations = 5;
export const dates = Array.from({ length: 10 }, (_, i) => `${2011 + i}-12-31`);
export const indicators = Array.from({ length: 30 }, (_, k) => ({
	code: `q${String(k + 1).padStart(2, '0')}`,
	numerator: variableCode(populations + k),
	denominator: variableCode(k % populations)
}));

export function variableCode(v: number): string {
	return `v${String(v + 1).padStart(2, '0')}`;
}

/** mulberry32: small, fast and good enough for test data; the same sequence everywhere. */
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

export interface City {
	tenantId: string;
	observations: number;
}

export async function buildCity(ctx: ServiceContext, log: (line: string) => void): Promise<City> {
	const tenant = await createTenant(ctx, {
		slug: citySlug,
		name: 'Benchmark-Stadt',
		kind: 'kreisfreie_stadt'
	});
	const tc = await tenantContext(ctx, citySlug);
	let parentIds: string[] = [];
	let blockIds: string[] = [];
	for (const [depth, layer] of layers.entries()) {
		const created = await createLayer(tc, {
			code: layer.code,
			name: layer.name,
			parent: depth > 0 ? layers[depth - 1]!.code : null
		});
		const perParent = depth > 0 ? layer.count / layers[depth - 1]!.count : 1;
		const units = Array.from({ length: layer.count }, (_, i) => ({
			code: `${layer.code}-${String(i).padStart(4, '0')}`,
			name: `${layer.name.slice(0, -1)} ${i + 1}`,
			parentUnitId: depth > 0 ? parentIds[Math.floor(i / perParent)]! : null
		}));
		const inserted = await insertSpatialUnits(ctx.db, tenant.id, created.id, units);
		const idOf = new Map(inserted.map((u) => [u.code, u.id]));
		parentIds = units.map((u) => idOf.get(u.code)!);
		blockIds = parentIds;
	}
	await rebuildAncestry(ctx.db, tenant.id);
	log(`  ${layers.map((l) => `${l.count} ${l.name}`).join(' → ')}`);

	const variableIds: string[] = [];
	for (let v = 0; v < variableCount; v++) {
		const name = v < populations ? `Einwohner Gruppe ${v + 1}` : `Merkmal ${v + 1}`;
		variableIds.push((await defineVariable(tc, { code: variableCode(v), name })).id);
	}
	const observations = await insertObservations(ctx.db, tenant.id, variableIds, blockIds);
	log(`  ${observations.toLocaleString('de-DE')} Beobachtungen`);

	for (const indicator of indicators) {
		await defineIndicator(tc, {
			...indicator,
			name: `Quote ${indicator.code}`,
			kind: 'rate',
			factor: 100
		});
	}
	// Fresh statistics, as after any large import: the planner needs them for a sensible plan.
	await ctx.db.execute(sql`analyze`);
	return { tenantId: tenant.id, observations };
}

/** One statement per variable: 50,000 values travel as one array, the ids are joined in SQL. */
async function insertObservations(
	db: Database,
	tenantId: string,
	variableIds: readonly string[],
	blockIds: readonly string[]
): Promise<number> {
	const [imported] = await db
		.insert(dataImport)
		.values({
			tenantId,
			kind: 'observations',
			fileName: 'b2-generiert',
			sha256: '-',
			actor: 'bench',
			rows: variableIds.length * blockIds.length * dates.length
		})
		.returning();
	const random = prng(20_260_101);
	for (const [v, variableId] of variableIds.entries()) {
		const values: number[] = [];
		for (let u = 0; u < blockIds.length; u++) {
			for (let d = 0; d < dates.length; d++) {
				values.push(v < populations ? 500 + Math.floor(random() * 1_500) : Math.floor(random() * 200));
			}
		}
		await db.execute(sql`insert into observation (tenant_id, variable_id, unit_id, date, value, import_id)
			select ${tenantId}::uuid, ${variableId}::uuid, (${sql.param([...blockIds])}::uuid[])[(t.n - 1) / ${dates.length} + 1],
				(${sql.param(dates)}::date[])[(t.n - 1) % ${dates.length} + 1], t.value, ${imported!.id}::uuid
			from unnest(${sql.param(values)}::float8[]) with ordinality as t(value, n)`);
	}
	return variableIds.length * blockIds.length * dates.length;
}
