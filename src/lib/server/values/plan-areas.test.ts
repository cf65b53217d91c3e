import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { textFile } from '../importers/readers/test-files';
import { insertSpatialUnits } from '../repositories/spatial-unit.repository';
import { rebuildAncestry } from '../repositories/unit-ancestry.repository';
import { defineCompositeIndex, storeCompositeIndex } from '../services/composite-index.service';
import { saveGoal } from '../services/goal.service';
import { importObservations } from '../services/import.service';
import { defineIndicator } from '../services/indicator.service';
import { saveMeasure } from '../services/measure.service';
import { createLayer } from '../services/spatial-layer.service';
import { setSupplySettings } from '../services/supply-settings.service';
import { tenantContext } from '../services/tenant-context';
import { createDepartment, listDepartments } from '../services/tenant.service';
import { areaPlanning, planAreas } from './plan-areas';

/**
 * Two Bezirke A (S1–S4) and B (S5–S8), and a block S7a below S7. The unemployment rate is 1 % in
 * S1–S6 and 20 % in S7 and S8, so the Sozialindex (its z-value) puts S7 and S8 in status class 4
 * "sehr niedrig", the class of greatest need (as in plan-check.test.ts). Every Sozialraum has 1,000
 * inhabitants; the supply band counts them with a need rate of 10 % and no facility stands
 * anywhere, so each Sozialraum lacks 100 places.
 *
 * Measures: M 1 (Jugendamt, 0–3) for Bezirk A; M 2 (Gesundheitsamt, 0–3) for the block S7a; M 4
 * (Jugendamt, 0–3 and Alleinerziehende) for S7; M 3 (Schulverwaltungsamt) for S8, finished.
 * Hence by hand: S1–S4 have M 1 through their Bezirk; S7 has M 2 (from below) and M 4 (itself),
 * two departments on the phase 0–3; S8 has only the finished M 3: need without a measure.
 */
let handle: DatabaseHandle;
let world: TenantWorld;
const rates: Record<string, number> = { S1: 1, S2: 1, S3: 1, S4: 1, S5: 1, S6: 1, S7: 20, S8: 20 };
const viewer = async () => tenantContext(contextFor(handle.db, world.users.viewer.actor), world.slug);

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'gebietsstadt');
	const root = await tenantContext(contextFor(handle.db, system), world.slug);
	const bezirk = await createLayer(root, { code: 'bezirk', name: 'Bezirke' });
	const sr = await createLayer(root, { code: 'sr', name: 'Sozialräume', parent: 'bezirk' });
	const block = await createLayer(root, { code: 'block', name: 'Blöcke', parent: 'sr' });
	const [a, b] = await insertSpatialUnits(handle.db, world.tenantId, bezirk.id, [
		{ code: 'A', name: 'Nord' },
		{ code: 'B', name: 'Süd' }
	]);
	const srs = await insertSpatialUnits(
		handle.db,
		world.tenantId,
		sr.id,
		Object.keys(rates).map((code, i) => ({ code, name: `Gebiet ${code}`, parentUnitId: (i < 4 ? a : b)!.id }))
	);
	await insertSpatialUnits(handle.db, world.tenantId, block.id, [
		{ code: 'S7a', name: 'Block S7a', parentUnitId: srs[6]!.id }
	]);
	await rebuildAncestry(handle.db, world.tenantId);
	await createDepartment(root, { name: 'Gesundheitsamt' });
	const ctx = contextFor(handle.db, world.users.planner.actor);
	const tc = await tenantContext(ctx, world.slug);
	const lines = ['Schlüssel;Stichtag;Merkmal;Wert'];
	for (const [code, rate] of Object.entries(rates))
		lines.push(`${code};31.12.2016;alo;${rate * 10}`, `${code};31.12.2016;ew;1000`);
	await importObservations(tc, {
		layer: 'sr',
		files: [textFile('werte.csv', lines.join('\n'))],
		format: 'long',
		options: { variables: ['alo', 'ew'].map((code) => ({ code, name: code, kind: 'count' as const })) }
	});
	await defineIndicator(await tenantContext(ctx, world.slug), {
		code: 'q',
		name: 'Arbeitslosenquote',
		kind: 'rate',
		numerator: ['alo'],
		denominator: ['ew'],
		factor: 100,
		polarity: 'higher_worse'
	});
	await defineCompositeIndex(await tenantContext(ctx, world.slug), {
		code: 'si',
		name: 'Sozialindex',
		layer: 'sr',
		status: [{ indicator: 'q', weight: 1 }]
	});
	await storeCompositeIndex(await tenantContext(ctx, world.slug), 'si');
	await setSupplySettings(await tenantContext(ctx, world.slug), {
		bands: [
			{
				code: 'alle',
				label: 'alle Einwohner',
				capacityCode: 'alle',
				kindCodes: ['kita'],
				populationVariables: ['ew'],
				needRate: 10
			}
		],
		catchment: 1000,
		decay: { kind: 'none' }
	});
	const p = await tenantContext(ctx, world.slug);
	const dept = new Map((await listDepartments(p)).map((d) => [d.name, d.id]));
	await saveGoal(p, { code: 'L 1', title: 'Teilhabe in allen Quartieren', level: 'leitziel' });
	await saveGoal(p, {
		code: 'Z 1',
		title: 'Arbeitslosigkeit im Süden senken',
		level: 'handlungsziel',
		parent: 'L 1',
		indicator: 'q',
		scope: { kind: 'units', layer: 'sr', units: ['S7', 'S8'] },
		baselineDate: '2016-12-31',
		targetValue: 15,
		targetDate: '2026-12-31'
	});
	const m = (input: Record<string, unknown>) => saveMeasure(p, { goals: ['L 1'], ...input });
	await m({
		code: 'M 1',
		title: 'Familienbüro Nord',
		status: 'laufend',
		leadDepartmentId: dept.get('Jugendamt'),
		units: [{ layer: 'bezirk', code: 'A' }],
		lifePhases: ['alter_0_3']
	});
	await m({
		code: 'M 2',
		title: 'Babylotsen im Block',
		status: 'geplant',
		leadDepartmentId: dept.get('Gesundheitsamt'),
		units: [{ layer: 'block', code: 'S7a' }],
		lifePhases: ['alter_0_3']
	});
	await m({
		code: 'M 3',
		title: 'Schulsozialarbeit (beendet)',
		status: 'abgeschlossen',
		leadDepartmentId: dept.get('Schulverwaltungsamt'),
		units: [{ layer: 'sr', code: 'S8' }],
		lifePhases: ['alter_6_10']
	});
	await m({
		code: 'M 4',
		title: 'Elterncafé',
		status: 'laufend',
		leadDepartmentId: dept.get('Jugendamt'),
		units: [{ layer: 'sr', code: 'S7' }],
		lifePhases: ['alter_0_3'],
		targetGroups: ['Alleinerziehende']
	});
});
afterAll(() => handle?.close());

describe('planAreas', () => {
	it('shows the social index layer by default, with need, supply gaps and the measures serving each unit', async () => {
		const areas = await planAreas(await viewer(), { supply: true });
		expect(areas.layer).toEqual({ code: 'sr', name: 'Sozialräume', unitCount: 8 });
		expect(areas.index).toEqual({ name: 'Sozialindex', date: '2016-12-31', greatestLabel: 'sehr niedrig' });
		expect(areas.supply).toEqual({
			requested: true,
			configured: 1,
			bands: [{ label: 'alle Einwohner', date: '2016-12-31' }],
			problem: null
		});
		expect(areas.measures.map((m) => m.code)).toEqual(['M 1', 'M 2', 'M 4']);
		const row = (code: string) => areas.rows.find((r) => r.unit.code === code)!;
		expect(areas.rows.map((r) => [r.unit.code, r.measures.map((x) => `${x.measure.code}:${x.via}`)])).toEqual(
			[
				['S1', ['M 1:above']],
				['S2', ['M 1:above']],
				['S3', ['M 1:above']],
				['S4', ['M 1:above']],
				['S5', []],
				['S6', []],
				['S7', ['M 2:below', 'M 4:unit']],
				['S8', []]
			]
		);
		expect(areas.rows.map((r) => r.unit.need?.label)).toEqual([
			...Array(6).fill(expect.not.stringMatching(/^sehr niedrig$/)),
			'sehr niedrig',
			'sehr niedrig'
		]);
		expect(areas.rows.filter((r) => r.needWithoutMeasure).map((r) => r.unit.code)).toEqual(['S8']);
		expect(row('S7').overlaps).toEqual([
			{
				kind: 'life_phase',
				topic: 'alter_0_3',
				departments: ['Gesundheitsamt', 'Jugendamt'],
				measures: ['M 2', 'M 4']
			}
		]);
		expect(row('S7').departments).toEqual(['Gesundheitsamt', 'Jugendamt']);
		expect(areas.rows.filter((r) => r.overlaps.length > 0).map((r) => r.unit.code)).toEqual(['S7']);
		// 1,000 inhabitants × 10 % = 100 places needed, none there.
		expect(row('S3').unit.supplyGaps).toEqual([{ label: 'alle Einwohner', shortfall: 100 }]);
	});

	it('reads another layer: a measure for a block serves its Bezirk from below', async () => {
		const areas = await planAreas(await viewer(), { layer: 'bezirk' });
		expect(areas.index).toBeNull();
		// Without asking for the supply, no gaps are read.
		expect(areas.supply).toEqual({ requested: false, configured: 1, bands: [], problem: null });
		expect(areas.rows.flatMap((r) => r.unit.supplyGaps)).toEqual([]);
		expect(areas.rows.map((r) => [r.unit.code, r.measures.map((x) => `${x.measure.code}:${x.via}`)])).toEqual(
			[
				['A', ['M 1:unit']],
				['B', ['M 2:below', 'M 4:below']]
			]
		);
		expect(areas.rows.map((r) => r.overlaps.length)).toEqual([0, 1]);
		await expect(planAreas(await viewer(), { layer: 'gibtsnicht' })).rejects.toMatchObject({
			code: 'layer.not_found'
		});
	});

	it('is refused to a Träger', async () => {
		const provider = await tenantContext(contextFor(handle.db, world.users.provider.actor), world.slug);
		await expect(planAreas(provider, {})).rejects.toMatchObject({ code: 'auth.forbidden' });
		await expect(areaPlanning(provider, 'sr', 'S7')).rejects.toMatchObject({ code: 'auth.forbidden' });
	});
});

describe('areaPlanning', () => {
	it('lists the goals whose scope holds the unit, with its own rating, and every measure serving it', async () => {
		const s7 = await areaPlanning(await viewer(), 'sr', 'S7');
		expect(s7.goals.map((g) => [g.code, g.relation, g.rating?.rating ?? null])).toEqual([
			['L 1', 'tenant', null],
			// One date of data: no trend, "keine Daten" for the unit as for the scope.
			['Z 1', 'unit', 'no_data']
		]);
		expect(s7.measures.map((m) => [m.code, m.via, m.status, m.leadDepartmentName])).toEqual([
			['M 2', 'below', 'geplant', 'Gesundheitsamt'],
			['M 4', 'unit', 'laufend', 'Jugendamt']
		]);
	});

	it('names a goal of units below a Bezirk and one of the unit above a block', async () => {
		const b = await areaPlanning(await viewer(), 'bezirk', 'B');
		expect(b.goals.map((g) => [g.code, g.relation, g.rating])).toEqual([
			['L 1', 'tenant', null],
			['Z 1', 'part', null]
		]);
		// The finished M 3 is listed with its status; the profile shows every measure of the area.
		expect(b.measures.map((m) => [m.code, m.via, m.status])).toEqual([
			['M 2', 'below', 'geplant'],
			['M 3', 'below', 'abgeschlossen'],
			['M 4', 'below', 'laufend']
		]);
		const block = await areaPlanning(await viewer(), 'block', 'S7a');
		expect(block.goals.map((g) => [g.code, g.relation])).toEqual([
			['L 1', 'tenant'],
			['Z 1', 'within']
		]);
		expect(block.measures.map((m) => [m.code, m.via])).toEqual([
			['M 2', 'unit'],
			['M 4', 'above']
		]);
		const a1 = await areaPlanning(await viewer(), 'sr', 'S1');
		expect(a1.goals.map((g) => g.code)).toEqual(['L 1']);
		expect(a1.measures.map((m) => [m.code, m.via])).toEqual([['M 1', 'above']]);
	});
});
