import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import { preventionChainCsv } from '../../core/supply/prevention-chain-table';
import type { DatabaseHandle } from '../db/client';
import { queryRows } from '../db/raw-query';
import { importBerlinLayers } from '../seed/berlin';
import { createFacility } from './facility.service';
import { preventionChainOf } from './prevention-chain.service';
import { tenantContext } from './tenant-context';

/**
 * The prevention chain on two Berlin Planungsräume with a constructed set of offers: a
 * Familienzentrum of the Jugendamt and one of the Schulverwaltungsamt in the same unit (an
 * overlap of departments), a Grundschule only in the second unit (a gap in the first, closed by
 * the neighbourhood when the two units touch, which the test asks PostGIS itself), and a
 * Senioreneinrichtung that serves no phase of the chain.
 */
let handle: DatabaseHandle;
let world: TenantWorld;
const viewer = () => tenantContext(contextFor(handle.db, world.users.viewer.actor), 'berlin');
const A = '01011101';
const B = '01011102';
let touching = false;

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'berlin');
	const root = contextFor(handle.db, system);
	await importBerlinLayers(await tenantContext(root, 'berlin'));
	const points = await queryRows<{ code: string; lon: number; lat: number }>(
		handle.db,
		sql`select u.code, ST_X(ST_PointOnSurface(u.geom)) as lon, ST_Y(ST_PointOnSurface(u.geom)) as lat
			from spatial_unit u join spatial_layer l on l.id = u.layer_id
			where l.code = 'planungsraum' and u.code in (${A}, ${B}) and u.tenant_id = ${world.tenantId}`
	);
	const at = new Map(points.map((p) => [p.code, { lon: +p.lon, lat: +p.lat }]));
	const [touch] = await queryRows<{ touching: boolean }>(
		handle.db,
		sql`select ST_Intersects(a.geom, b.geom) as touching
			from spatial_unit a, spatial_unit b
			where a.tenant_id = ${world.tenantId} and b.tenant_id = ${world.tenantId}
				and a.code = ${A} and b.code = ${B}`
	);
	touching = touch!.touching;
	const offers = [
		{ code: 'fz-jugend', kind: 'familienzentrum', unit: A, departmentId: world.jugendamtId },
		{ code: 'fz-schule', kind: 'familienzentrum', unit: A, departmentId: world.schulamtId },
		{ code: 'senioren', kind: 'senioreneinrichtung', unit: A, departmentId: null },
		{ code: 'schule-b', kind: 'grundschule', unit: B, departmentId: world.schulamtId }
	];
	for (const o of offers)
		await createFacility(await tenantContext(root, 'berlin'), {
			code: o.code,
			name: `Angebot ${o.code}`,
			kind: o.kind,
			departmentId: o.departmentId,
			...at.get(o.unit)!,
			capacities: o.kind === 'grundschule' ? { schueler: 300 } : {}
		});
}, 600_000);
afterAll(() => handle?.close());

describe('preventionChainOf', () => {
	it('marks the gap of a phase without offer and the overlap of two departments', async () => {
		const chain = await preventionChainOf(await viewer(), {
			layer: 'planungsraum',
			units: [A, B]
		});
		expect(chain.units.map((u) => u.code)).toEqual([A, B]);
		const cell = (phase: string, unit: string) =>
			chain.cells[chain.phases.findIndex((p) => p.code === phase)]![
				chain.units.findIndex((u) => u.code === unit)
			]!;
		// Familienzentrum: pregnancy, 0–3, 3–6, by two departments in A.
		for (const phase of ['schwangerschaft', 'alter_0_3', 'alter_3_6']) {
			expect(cell(phase, A).gap).toBe(false);
			expect(cell(phase, A).overlaps).toHaveLength(1);
			expect(cell(phase, A).overlaps[0]!.byDepartments).toBe(true);
			expect(
				cell(phase, A)
					.overlaps[0]!.departments.map((d) => d.name)
					.sort()
			).toEqual(['Jugendamt', 'Schulverwaltungsamt']);
			expect(cell(phase, B).gap).toBe(true);
		}
		expect(cell('alter_6_10', A).gap).toBe(true);
		expect(cell('alter_6_10', B).gap).toBe(false);
		expect(cell('alter_6_10', B).overlaps).toEqual([]);
		expect(cell('alter_6_10', B).capacities).toMatchObject([{ code: 'schueler', places: 300 }]);
		expect(chain.withoutPhase.map((o) => o.name)).toEqual(['Angebot senioren']);
		expect(chain.outside).toEqual([]);
		const summaryA = chain.unitSummary.find((s) => s.unitId === chain.units[0]!.id)!;
		expect(summaryA.overlapKinds).toEqual(['familienzentrum']);
		// Phases 10–16 and 16–25 have no offer anywhere: both units have a gap there.
		expect(chain.phaseSummary.find((p) => p.phase === 'alter_10_16')!.unitsWithGap).toBe(2);

		const csv = preventionChainCsv(chain);
		const gapLine = csv.split('\r\n').find((l) => l.startsWith('Grundschulalter') && l.includes(A))!;
		expect(gapLine.split(';')).toContain('ja');
	});

	it('closes a gap through a neighbouring unit only in neighbourhood mode', async () => {
		const chain = await preventionChainOf(await viewer(), {
			layer: 'planungsraum',
			reach: 'neighbourhood',
			units: [A, B]
		});
		const p = chain.phases.findIndex((x) => x.code === 'alter_6_10');
		const a = chain.units.findIndex((u) => u.code === A);
		expect(chain.cells[p]![a]!.gap).toBe(!touching);
		// An overlap is judged within the unit: B does not inherit A's two Familienzentren.
		const b = chain.units.findIndex((u) => u.code === B);
		const q = chain.phases.findIndex((x) => x.code === 'alter_0_3');
		expect(chain.cells[q]![b]!.overlaps).toEqual([]);
	});

	it('refuses a Träger, which has no data.read', async () => {
		await expect(
			tenantContext(contextFor(handle.db, world.users.provider.actor), 'berlin').then((tc) =>
				preventionChainOf(tc, {
					layer: 'planungsraum'
				})
			)
		).rejects.toMatchObject({ code: 'auth.forbidden' });
	});
});
