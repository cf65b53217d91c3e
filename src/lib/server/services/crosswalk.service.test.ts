import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { listAudit } from './audit.service';
import { convertIndicator, convertVariable } from './crosswalk-conversion.service';
import { computeCrosswalk, deleteCrosswalk, getCrosswalk, listCrosswalks } from './crosswalk.service';
import { importObservations, importUnits } from './import.service';
import { defineIndicator } from './indicator.service';
import { tenantContext } from './tenant-context';

/**
 * A layout small enough to compute by hand, imported through the real unit import (EPSG:25833,
 * metres, so every area below is a product of two side lengths):
 *
 *   y 200–300:  S3 [0,100]           (no target there)
 *   y   0–100:  S1 [0,100]  S2 [100,200]            sources (Sozialräume)
 *               T1 [0,150]  T2 [150,250]            targets (Schulbezirke; T2 half outside)
 *               b1 [0,50] b2 [50,100] b3 [100,150] b4 [150,200], b5 = S3   blocks (population)
 */
const x0 = 390_000;
const y0 = 5_810_000;
const box = (a: number, b: number, c: number, d: number) => ({
	type: 'Polygon',
	coordinates: [
		[
			[x0 + a, y0 + c],
			[x0 + b, y0 + c],
			[x0 + b, y0 + d],
			[x0 + a, y0 + d],
			[x0 + a, y0 + c]
		]
	]
});
const geojson = (features: [code: string, geometry: ReturnType<typeof box>][]) => ({
	name: 'layer.geojson',
	bytes: new TextEncoder().encode(
		JSON.stringify({
			type: 'FeatureCollection',
			features: features.map(([code, geometry]) => ({
				type: 'Feature',
				properties: { code, name: `Gebiet ${code}` },
				geometry
			}))
		})
	)
});

let handle: DatabaseHandle;
let world: TenantWorld;
const planner = () => tenantContext(contextFor(handle.db, world.users.planner.actor), 'kreuz');
const viewer = () => tenantContext(contextFor(handle.db, world.users.viewer.actor), 'kreuz');

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'kreuz');
	const tc = await planner();
	const options = { crs: 25833, code: 'code', name: 'name' };
	await importUnits(tc, {
		layer: { code: 'sozialraum', name: 'Sozialraum', metricSrid: 25833 },
		files: [
			geojson([
				['S1', box(0, 100, 0, 100)],
				['S2', box(100, 200, 0, 100)],
				['S3', box(0, 100, 200, 300)]
			])
		],
		options
	});
	await importUnits(tc, {
		layer: { code: 'schulbezirk', name: 'Schulbezirk', metricSrid: 25833 },
		files: [
			geojson([
				['T1', box(0, 150, 0, 100)],
				['T2', box(150, 250, 0, 100)]
			])
		],
		options
	});
	await importUnits(tc, {
		layer: { code: 'block', name: 'Block', parentLayer: 'sozialraum', metricSrid: 25833 },
		files: [
			geojson([
				['b1', box(0, 50, 0, 100)],
				['b2', box(50, 100, 0, 100)],
				['b3', box(100, 150, 0, 100)],
				['b4', box(150, 200, 0, 100)],
				['b5', box(0, 100, 200, 300)]
			])
		],
		options: { ...options, parent: { from: 'containment' } }
	});
	await importObservations(tc, {
		layer: 'block',
		format: 'wide',
		files: [
			{
				name: 'werte.csv',
				bytes: new TextEncoder().encode(
					'code;ew;kinder;quote\nb1;100;10;1\nb2;300;20;2\nb3;200;30;3\nb4;600;40;4\nb5;50;5;5\n'
				)
			}
		],
		options: {
			columns: { unit: 'code' },
			date: '31.12.2020',
			wideColumns: { ew: 'ew', kinder: 'kinder', quote: 'quote' },
			variables: [
				{ code: 'ew', name: 'Einwohner', kind: 'count' },
				{ code: 'kinder', name: 'Kinder', kind: 'count' },
				{ code: 'quote', name: 'Eine Quote', kind: 'rate' }
			]
		}
	});
	await defineIndicator(tc, {
		code: 'anteil_kinder',
		name: 'Anteil der Kinder',
		kind: 'rate',
		numerator: 'kinder',
		denominator: 'ew',
		factor: 100,
		polarity: 'neutral'
	});
}, 120_000);
afterAll(() => handle?.close());

const weightsOf = (detail: Awaited<ReturnType<typeof getCrosswalk>>) =>
	Object.fromEntries(detail.weights.map((w) => [`${w.source}>${w.target}`, w.weight]));

describe('areal crosswalks', () => {
	it('computes w = A(s∩t)/A(s) from PostGIS intersections, with what is not covered', async () => {
		const cw = await computeCrosswalk(await planner(), {
			from: 'sozialraum',
			to: 'schulbezirk',
			method: 'areal'
		});
		const detail = await getCrosswalk(await viewer(), cw.id);
		const w = weightsOf(detail);
		expect(Object.keys(w).sort()).toEqual(['S1>T1', 'S2>T1', 'S2>T2']);
		expect(w['S1>T1']).toBeCloseTo(1, 9);
		expect(w['S2>T1']).toBeCloseTo(0.5, 9);
		expect(w['S2>T2']).toBeCloseTo(0.5, 9);
		const s = cw.summary;
		expect(s.sourcesNotCovered).toEqual(['S3']);
		expect(s.sourcesCovered).toBe(2);
		expect(s.targetsNotCovered).toEqual([]);
		// Half of T2 lies beyond the Sozialräume.
		expect(s.targets.find((t) => t.target === 'T2')!.inside).toBeCloseTo(0.5, 9);
		expect(cw.weightCount).toBe(3);
	});

	it('converts counts through it and names what is lost', async () => {
		const [cw] = (await listCrosswalks(await viewer())).filter((c) => c.method === 'areal');
		const result = await convertVariable(await viewer(), {
			crosswalk: cw!.id,
			variable: 'kinder'
		});
		expect(result.date).toBe('2020-12-31');
		// Kinder per Sozialraum through the block hierarchy: S1 30, S2 70, S3 5.
		const value = Object.fromEntries(result.targets.map((t) => [t.code, t.value]));
		expect(value.T1).toBeCloseTo(30 + 0.5 * 70, 9);
		expect(value.T2).toBeCloseTo(0.5 * 70, 9);
		expect(result.totals.source).toBeCloseTo(105, 9);
		expect(result.totals.lost).toBeCloseTo(5, 9);
		expect(result.totals.preserved).toBe(false);
		expect(result.losses).toEqual([
			expect.objectContaining({ source: 'S3', name: 'Gebiet S3', reason: 'outside', lost: 5 })
		]);
	});

	it('refuses rates, and converts a rate indicator through numerator and denominator', async () => {
		const [cw] = (await listCrosswalks(await viewer())).filter((c) => c.method === 'areal');
		await expect(
			viewer().then((tc) => convertVariable(tc, { crosswalk: cw!.id, variable: 'quote' }))
		).rejects.toMatchObject({
			code: 'crosswalk.not_convertible'
		});
		const result = await convertIndicator(await viewer(), {
			crosswalk: cw!.id,
			indicator: 'anteil_kinder'
		});
		const byCode = Object.fromEntries(result.values.map((v) => [v.code, v]));
		// Einwohner: S1 400, S2 800 → T1 400 + 400, T2 400; Kinder as above.
		expect(byCode.T1!.denominator).toBeCloseTo(800, 9);
		expect(byCode.T1!.value).toBeCloseTo((65 / 800) * 100, 9);
		expect(byCode.T2!.value).toBeCloseTo((35 / 400) * 100, 9);
		// Not the area-weighted mean of the source rates (7.5 % on 1 ha of S1, 8.75 % on ½ ha of S2).
		expect(byCode.T1!.value).not.toBeCloseTo((1 * 7.5 + 0.5 * 8.75) / 1.5, 3);
		expect(result.sourceRate).toBeCloseTo((105 / 1250) * 100, 9);
	});
});

describe('population-weighted crosswalks', () => {
	it('assigns whole blocks by their point on surface and weighs by their inhabitants', async () => {
		const cw = await computeCrosswalk(await planner(), {
			from: 'sozialraum',
			to: 'schulbezirk',
			method: 'population',
			weightVariable: 'ew',
			weightLayer: 'block'
		});
		expect(cw.weightDate).toBe('2020-12-31');
		const w = weightsOf(await getCrosswalk(await viewer(), cw.id));
		expect(w['S1>T1']).toBeCloseTo(1, 12);
		// S2 has b3 (200) in T1 and b4 (600) in T2.
		expect(w['S2>T1']).toBeCloseTo(0.25, 12);
		expect(w['S2>T2']).toBeCloseTo(0.75, 12);
		expect(cw.summary.fineOutside).toEqual(['b5']);
		const result = await convertVariable(await viewer(), {
			crosswalk: cw.id,
			variable: 'kinder'
		});
		const value = Object.fromEntries(result.targets.map((t) => [t.code, t.value]));
		expect(value.T1).toBeCloseTo(30 + 0.25 * 70, 9);
		expect(value.T2).toBeCloseTo(0.75 * 70, 9);
		expect(result.totals.shown + result.totals.lost).toBeCloseTo(result.totals.source, 9);
	});

	it('replaces the crosswalk of the same pair, method and date, and audits it', async () => {
		const before = await listCrosswalks(await viewer());
		const again = await computeCrosswalk(await planner(), {
			from: 'sozialraum',
			to: 'schulbezirk',
			method: 'population',
			weightVariable: 'ew',
			weightLayer: 'block',
			date: '2020-12-31'
		});
		const after = await listCrosswalks(await viewer());
		expect(after).toHaveLength(before.length);
		expect(after.map((c) => c.id)).toContain(again.id);
		const audit = await listAudit(
			await tenantContext(contextFor(handle.db, world.users.admin.actor), 'kreuz'),
			{
				entity: 'crosswalk'
			}
		);
		expect(audit.entries.some((e) => e.entityId === again.id && e.before !== null)).toBe(true);
	});

	it('with the source layer as its own weighting layer assigns each source unit whole', async () => {
		const cw = await computeCrosswalk(await planner(), {
			from: 'sozialraum',
			to: 'schulbezirk',
			method: 'population',
			weightVariable: 'ew',
			weightLayer: 'sozialraum',
			date: '2020-12-31'
		});
		expect(cw.summary.assignedWhole).toBe(true);
		// S2's point on surface lies at x = 150 (its middle), the boundary of T1 and T2: one of them gets it all.
		const w = weightsOf(await getCrosswalk(await viewer(), cw.id));
		expect(w['S1>T1']).toBe(1);
		expect(
			Object.entries(w)
				.filter(([k]) => k.startsWith('S2>'))
				.map(([, v]) => v)
		).toEqual([1]);
		await deleteCrosswalk(await planner(), cw.id);
	});

	it('refuses the same layer twice and a population crosswalk without its weighting', async () => {
		await expect(
			planner().then((tc) =>
				computeCrosswalk(tc, { from: 'sozialraum', to: 'schulbezirk', method: 'population' })
			)
		).rejects.toMatchObject({ code: 'validation.invalid', fields: { weightVariable: expect.any(String) } });
		await expect(
			planner().then((tc) => computeCrosswalk(tc, { from: 'sozialraum', to: 'sozialraum', method: 'areal' }))
		).rejects.toMatchObject({ code: 'validation.invalid' });
	});
});

describe('access', () => {
	it('lets viewers read but not compute or delete', async () => {
		await expect(
			viewer().then((tc) => computeCrosswalk(tc, { from: 'sozialraum', to: 'schulbezirk', method: 'areal' }))
		).rejects.toMatchObject({ code: 'auth.forbidden' });
		const [cw] = await listCrosswalks(await viewer());
		await expect(viewer().then((tc) => deleteCrosswalk(tc, cw!.id))).rejects.toMatchObject({
			code: 'auth.forbidden'
		});
		await deleteCrosswalk(await planner(), cw!.id);
		await expect(viewer().then((tc) => getCrosswalk(tc, cw!.id))).rejects.toMatchObject({
			code: 'crosswalk.not_found'
		});
		await expect(viewer().then((tc) => getCrosswalk(tc, 'kein-uuid'))).rejects.toMatchObject({
			code: 'crosswalk.not_found'
		});
	});
});
