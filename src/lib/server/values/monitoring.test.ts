import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { textFile } from '../importers/readers/test-files';
import { insertSpatialUnits } from '../repositories/spatial-unit.repository';
import { rebuildAncestry } from '../repositories/unit-ancestry.repository';
import { importObservations } from '../services/import.service';
import { defineIndicator } from '../services/indicator.service';
import { clearValueCache } from './value-cache';
import { areaProfile, unitSurroundings } from './area-profile';
import { areaSeries, areaValues, areaValueTable } from './monitoring';
import { createLayer } from '../services/spatial-layer.service';
import { tenantContext } from '../services/tenant-context';

/**
 * A city of two districts with two Planungsräume each, laid out as four unit squares in a row
 * (A1 A2 | B1 B2), children and inhabitants at two dates. Every expected number below is worked
 * out by hand from the table in `counts`.
 */
let handle: DatabaseHandle;
let world: TenantWorld;
let foreign: TenantWorld;
const viewer = () => tenantContext(contextFor(handle.db, world.users.viewer.actor), world.slug);

// code: [children 2014, inhabitants 2014, children 2016, inhabitants 2016]
const counts: Record<string, [number, number, number, number]> = {
	A1: [10, 100, 20, 100],
	A2: [30, 300, 30, 200],
	B1: [5, 50, 15, 100],
	B2: [40, 200, 40, 400]
};

function square(column: number): string {
	// 0.01° squares near Berlin; neighbours share an edge.
	const x0 = 13.4 + column * 0.01;
	const ring = [
		[x0, 52.5],
		[x0 + 0.01, 52.5],
		[x0 + 0.01, 52.51],
		[x0, 52.51],
		[x0, 52.5]
	];
	return JSON.stringify({ type: 'Polygon', coordinates: [ring] });
}

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'stadt');
	foreign = await createTenantWorld(handle.db, 'fremd');
	const ctx = contextFor(handle.db, system);
	const bezirk = await createLayer(await tenantContext(ctx, world.slug), { code: 'bezirk', name: 'Bezirke' });
	const pr = await createLayer(await tenantContext(ctx, world.slug), {
		code: 'pr',
		name: 'Planungsräume',
		parent: 'bezirk'
	});
	const districts = await insertSpatialUnits(handle.db, world.tenantId, bezirk.id, [
		{ code: 'A', name: 'Altstadt' },
		{ code: 'B', name: 'Bergviertel' }
	]);
	const idOf = new Map(districts.map((d) => [d.code, d.id]));
	await insertSpatialUnits(
		handle.db,
		world.tenantId,
		pr.id,
		Object.keys(counts).map((code, i) => ({
			code,
			name: `Raum ${code}`,
			parentUnitId: idOf.get(code[0]!)!,
			geometry: { geojson: square(i) }
		}))
	);
	await rebuildAncestry(handle.db, world.tenantId);
	const planner = contextFor(handle.db, world.users.planner.actor);
	const lines = ['Schlüssel;Stichtag;Merkmal;Wert'];
	for (const [code, [k14, e14, k16, e16]] of Object.entries(counts))
		lines.push(
			`${code};31.12.2014;kinder;${k14}`,
			`${code};31.12.2014;ew;${e14}`,
			`${code};31.12.2016;kinder;${k16}`,
			`${code};31.12.2016;ew;${e16}`
		);
	await importObservations(await tenantContext(planner, world.slug), {
		layer: 'pr',
		files: [textFile('werte.csv', lines.join('\n'))],
		format: 'long',
		options: {
			variables: [
				{ code: 'kinder', name: 'Kinder', kind: 'count' },
				{ code: 'ew', name: 'Einwohner', kind: 'count' }
			]
		}
	});
	await defineIndicator(await tenantContext(planner, world.slug), {
		code: 'anteil_kinder',
		name: 'Anteil Kinder',
		kind: 'rate',
		numerator: ['kinder'],
		denominator: ['ew'],
		factor: 100,
		polarity: 'neutral'
	});
	await defineIndicator(await tenantContext(planner, world.slug), {
		code: 'veraenderung_kinder',
		name: 'Veränderung Anteil Kinder',
		kind: 'change',
		base: 'anteil_kinder',
		changeYears: 2,
		changeMode: 'points'
	});
	await defineIndicator(await tenantContext(planner, world.slug), {
		code: 'einwohner',
		name: 'Einwohner (Anteil an 1)',
		kind: 'rate',
		numerator: ['ew'],
		denominator: ['ew'],
		factor: 1
	});
	clearValueCache();
});
afterAll(() => handle?.close());

describe('an indicator on a layer with parents and city', () => {
	it('gives each unit its value, each parent its own and the city the quotient of all sums', async () => {
		const set = await areaValues(await viewer(), {
			indicator: 'anteil_kinder',
			layer: 'pr'
		});
		expect(set.date).toBe('2016-12-31');
		expect(set.dates).toEqual(['2014-12-31', '2016-12-31']);
		expect(set.values.map((v) => [v.code, v.parentCode, v.value])).toEqual([
			['A1', 'A', 20],
			['A2', 'A', 15],
			['B1', 'B', 15],
			['B2', 'B', 10]
		]);
		// A: 50 of 300; B: 55 of 500; city: 105 of 800.
		expect(set.parentValues.map((p) => [p.code, p.value])).toEqual([
			['A', (50 / 300) * 100],
			['B', (55 / 500) * 100]
		]);
		expect(set.city.value).toBeCloseTo((105 / 800) * 100, 12);
		expect(set.city).toMatchObject({ covered: 2, total: 2 });
	});

	it('takes the city change as the change of the city rate, not a sum of changes', async () => {
		const set = await areaValues(await viewer(), {
			indicator: 'veraenderung_kinder',
			layer: 'pr',
			date: '2016-12-31'
		});
		// 2014: 85 of 650; 2016: 105 of 800.
		expect(set.city.value).toBeCloseTo((105 / 800) * 100 - (85 / 650) * 100, 12);
		expect(set.values.find((v) => v.code === 'B1')!.value).toBeCloseTo(15 - 10, 12);
		expect(set.dates).toEqual(['2016-12-31']);
	});

	it('falls back to the latest date when the one asked for has no data', async () => {
		const set = await areaValues(await viewer(), {
			indicator: 'anteil_kinder',
			layer: 'bezirk',
			date: '2015-12-31'
		});
		expect(set.date).toBe('2016-12-31');
		expect(set.parentLayer).toBeNull();
		expect(set.values.map((v) => v.parentCode)).toEqual([null, null]);
	});

	it('gives the series of chosen units, their parent and the city', async () => {
		const series = await areaSeries(await viewer(), {
			indicator: 'anteil_kinder',
			layer: 'pr',
			units: ['B2', 'B1', 'gibtsnicht']
		});
		expect(series.map((s) => [s.key, s.kind, s.label])).toEqual([
			['B2', 'unit', 'Raum B2'],
			['B1', 'unit', 'Raum B1'],
			['parent:B', 'parent', 'Bergviertel'],
			// createTenantWorld names the tenant “Stadt <slug>”.
			['city', 'city', 'Stadt stadt']
		]);
		expect(series[0]!.points).toEqual([
			{ date: '2014-12-31', value: 20 },
			{ date: '2016-12-31', value: 10 }
		]);
		expect(series[2]!.points.map((p) => p.value)).toEqual([(45 / 250) * 100, (55 / 500) * 100]);
		expect(series[3]!.points[0]!.value).toBeCloseTo((85 / 650) * 100, 12);
	});

	it('gives several indicators side by side for scatter plot and matrix', async () => {
		const table = await areaValueTable(await viewer(), {
			indicators: ['anteil_kinder', 'veraenderung_kinder'],
			layer: 'pr',
			date: '2016-12-31'
		});
		expect(table.map((t) => t.values.map((v) => v.value))).toEqual([
			[20, 15, 15, 10],
			[10, 5, 5, -10]
		]);
	});
});

describe('the profile of an area', () => {
	it('ranks, standardises and compares each indicator, with a series per unit', async () => {
		const profile = await areaProfile(await viewer(), {
			layer: 'pr',
			units: ['A2']
		});
		expect(profile.date).toBe('2016-12-31');
		expect(profile.units).toEqual([
			{
				code: 'A2',
				name: 'Raum A2',
				parent: { code: 'A', name: 'Altstadt', layerCode: 'bezirk', layerName: 'Bezirke' }
			}
		]);
		const share = profile.rows.find((r) => r.indicator.code === 'anteil_kinder')!;
		// Values 20, 15, 15, 10: mean 15, population SD √12.5; A2 shares rank 2 with B1.
		expect(share.units[0]).toMatchObject({ value: 15, rank: 2, parentValue: (50 / 300) * 100 });
		expect(share.units[0]!.z).toBeCloseTo(0, 12);
		expect(share.ranked).toBe(4);
		expect(share.cityValue).toBeCloseTo((105 / 800) * 100, 12);
		expect(share.units[0]!.series).toEqual([
			{ date: '2014-12-31', value: 10 },
			{ date: '2016-12-31', value: 15 }
		]);
		const change = profile.rows.find((r) => r.indicator.code === 'veraenderung_kinder')!;
		// Changes 10, 5, 5, −10: mean 2.5, SD √56.25 = 7.5; A2: (5 − 2.5) / 7.5.
		expect(change.units[0]!.z).toBeCloseTo(1 / 3, 12);
	});

	it('compares several units and stops at the date asked for', async () => {
		const profile = await areaProfile(await viewer(), {
			layer: 'pr',
			units: ['A1', 'B2'],
			date: '2014-12-31'
		});
		expect(profile.date).toBe('2014-12-31');
		// The change indicator has no value before 2016.
		expect(profile.rows.map((r) => r.indicator.code).sort()).toEqual(['anteil_kinder', 'einwohner']);
		const share = profile.rows.find((r) => r.indicator.code === 'anteil_kinder')!;
		expect(share.units.map((u) => [u.value, u.rank])).toEqual([
			// 2014: 10, 10, 10, 20 — three share rank 2.
			[10, 2],
			[20, 1]
		]);
	});

	it('names the neighbours on the layer and the units below', async () => {
		const around = await unitSurroundings(await viewer(), 'pr', 'A2');
		expect(around.neighbours.map((n) => n.code)).toEqual(['A1', 'B1']);
		expect(around.children).toEqual([]);
		const district = await unitSurroundings(await viewer(), 'bezirk', 'A');
		expect(district.children.map((c) => [c.layerCode, c.code])).toEqual([
			['pr', 'A1'],
			['pr', 'A2']
		]);
	});

	it('keeps other tenants out and reports unknown units', async () => {
		const stranger = contextFor(handle.db, foreign.users.admin.actor);
		await expect(
			tenantContext(stranger, world.slug).then((tc) =>
				areaValues(tc, { indicator: 'anteil_kinder', layer: 'pr' })
			)
		).rejects.toMatchObject({
			code: 'auth.foreign_tenant'
		});
		await expect(
			tenantContext(stranger, world.slug).then((tc) => unitSurroundings(tc, 'pr', 'A1'))
		).rejects.toMatchObject({
			code: 'auth.foreign_tenant'
		});
		await expect(
			viewer().then((tc) => areaProfile(tc, { layer: 'pr', units: ['X9'] }))
		).rejects.toMatchObject({
			code: 'unit.not_found'
		});
	});
});
