import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { dataImport, observation } from '../db/schema';
import { insertSpatialUnits } from '../repositories/spatial-unit.repository';
import { rebuildAncestry } from '../repositories/unit-ancestry.repository';
import { defineIndicator } from '../services/indicator.service';
import {
	availableDates,
	indicatorTimeSeries,
	indicatorValues,
	indicatorValueTable,
	type IndicatorValueSet
} from './indicator-values';
import { createLayer } from '../services/spatial-layer.service';
import { defineVariable } from '../services/variable.service';
import { tenantContext } from '../services/tenant-context';

/**
 * A small city: 2 Bezirke → 4 Sozialräume → 10 Blöcke, two Stichtage. Every value the service
 * computes at every level is compared with an independent computation written below in plain
 * TypeScript from the raw rows (no SQL, no core functions), and a few with numbers worked out by hand.
 */
const D1 = '2015-12-31';
const D2 = '2017-12-31';
const tree: Record<string, string | null> = { B1: null, B2: null, S1: 'B1', S2: 'B1', S3: 'B2', S4: 'B2' };
const blocksOf: Record<string, string[]> = {
	S1: ['k1', 'k2', 'k3'],
	S2: ['k4', 'k5'],
	S3: ['k6', 'k7', 'k8'],
	S4: ['k9', 'k10']
};
for (const [s, blocks] of Object.entries(blocksOf)) for (const k of blocks) tree[k] = s;
const blocks = Object.values(blocksOf).flat();

type Row = [variable: string, unit: string, date: string, value: number];
const rows: Row[] = [];
const series = (variable: string, date: string, units: string[], values: (number | null)[]) =>
	units.forEach((u, i) => values[i] !== null && rows.push([variable, u, date, values[i]!]));
// Einwohner per block; in 2017 block k5 delivered none, and B1 has an official total.
series('ew', D1, blocks, [400, 100, 250, 800, 50, 300, 300, 120, 900, 60]);
series('ew', D2, blocks, [410, 110, 260, 810, null, 310, 310, 130, 910, 70]);
rows.push(['ew', 'B1', D2, 1600]);
// SGB-II persons per block; in 2017 block k3 is missing (a different block than for ew).
series('sgb2', D1, blocks, [80, 5, 30, 40, 20, 90, 15, 30, 45, 30]);
series('sgb2', D2, blocks, [70, 8, null, 50, 22, 80, 20, 25, 40, 33]);
// Unemployed only per Sozialraum (the Jobcenter's level), S4 missing in 2015.
series('alo', D1, ['S1', 'S2', 'S3', 'S4'], [50, 30, 40, null]);
series('alo', D2, ['S1', 'S2', 'S3', 'S4'], [45, 35, 38, 20]);
// A rate imported per Sozialraum, households per block and per Sozialraum as weights.
series('ae', D1, ['S1', 'S2', 'S3', 'S4'], [20, 30, 25, 10]);
series('ae', D2, ['S1', 'S2', 'S3', 'S4'], [22, 28, 24, 12]);
series('hh', D1, blocks, [200, 50, 120, 400, 30, 150, 150, 60, 450, 25]);
series('hh', D2, blocks, [200, 50, 120, 400, 30, 150, 150, 60, 450, null]);
for (const date of [D1, D2]) series('hh_s', date, ['S1', 'S2', 'S3', 'S4'], [370, 430, 360, 475]);
// A second group of SGB-II persons per block, k2 missing in 2015: summed with sgb2 in a numerator.
series('sgb2b', D1, blocks, [10, null, 5, 8, 2, 12, 3, 6, 9, 4]);
series('sgb2b', D2, blocks, [11, 2, 6, 9, 3, 13, 4, 7, 10, 5]);

// ---- the independent computation ----
const children = (unit: string) => Object.keys(tree).filter((u) => tree[u] === unit);
const below = (unit: string, distance: number): string[] =>
	distance === 0 ? [unit] : children(unit).flatMap((c) => below(c, distance - 1));
/** A variable's value, or a sum "a+b" of variables where every one of them has a value. */
const observed = (v: string, unit: string, date: string): number | undefined => {
	const parts = v.split('+').map((p) => rows.find((r) => r[0] === p && r[1] === unit && r[2] === date)?.[3]);
	return parts.includes(undefined) ? undefined : parts.reduce((sum: number, x) => sum + x!, 0);
};
function sourceDistance(v: string, unit: string, date: string): number | null {
	for (const d of [0, 2, 1]) {
		// Own first, then the finest layer below (blocks are 2 below a Bezirk).
		if (below(unit, d).some((u) => observed(v, u, date) !== undefined)) return d;
	}
	return null;
}
interface Expected {
	value: number | null;
	covered: number;
	total: number;
}
function expected(
	kind: 'rate' | 'weighted' | 'single',
	a: string,
	b: string | null,
	unit: string,
	date: string
): Expected {
	const da = sourceDistance(a, unit, date);
	if (da === null) {
		// Nothing to compute; the other variable, if anywhere, tells how many source units there are.
		const other = b ? sourceDistance(b, unit, date) : null;
		return { value: null, covered: 0, total: other === null ? 0 : below(unit, other).length };
	}
	if (kind !== 'rate' && da === 0) return { value: observed(a, unit, date)!, covered: 1, total: 1 };
	const db = b ? sourceDistance(b, unit, date) : null;
	if (kind === 'single' || db === null || (kind === 'weighted' && db < da))
		return { value: null, covered: 0, total: below(unit, da).length };
	const p = kind === 'weighted' ? da : Math.min(da, db);
	let x = 0;
	let y = 0;
	let covered = 0;
	for (const pu of below(unit, p)) {
		const as = below(pu, da - p).flatMap((u) => observed(a, u, date) ?? []);
		const bs = below(pu, db - p).flatMap((u) => observed(b!, u, date) ?? []);
		if (as.length === 0 || bs.length === 0) continue;
		const sa = as.reduce((s, v) => s + v, 0);
		const sb = bs.reduce((s, v) => s + v, 0);
		x += kind === 'weighted' ? sa * sb : sa;
		y += sb;
		covered += kind === 'weighted' ? 1 : Math.max(as.length, bs.length);
	}
	const total = below(unit, kind === 'weighted' ? da : Math.max(da, db)).length;
	const value = covered === 0 || y === 0 ? null : kind === 'rate' ? (x / y) * 100 : x / y;
	return { value, covered, total };
}

// ---- the world, built through the services ----
let handle: DatabaseHandle;
let home: TenantWorld;
let foreign: TenantWorld;

async function buildCity(world: TenantWorld, data: Row[]) {
	const ctx = contextFor(handle.db, system);
	const layers = {
		bezirk: await createLayer(await tenantContext(ctx, world.slug), { code: 'bezirk', name: 'Bezirke' }),
		sozialraum: await createLayer(await tenantContext(ctx, world.slug), {
			code: 'sozialraum',
			name: 'Sozialräume',
			parent: 'bezirk'
		}),
		block: await createLayer(await tenantContext(ctx, world.slug), {
			code: 'block',
			name: 'Blöcke',
			parent: 'sozialraum'
		})
	};
	const ids = new Map<string, string>();
	for (const [layer, codes] of [
		[layers.bezirk, ['B1', 'B2']],
		[layers.sozialraum, ['S1', 'S2', 'S3', 'S4']],
		[layers.block, blocks]
	] as const) {
		const units = codes.map((c) => ({
			code: c,
			name: `Einheit ${c}`,
			parentUnitId: ids.get(tree[c] ?? '') ?? null
		}));
		for (const u of await insertSpatialUnits(handle.db, world.tenantId, layer.id, units))
			ids.set(u.code, u.id);
	}
	await rebuildAncestry(handle.db, world.tenantId);
	const variables = new Map<string, string>();
	for (const code of ['ew', 'sgb2', 'sgb2b', 'alo', 'ae', 'hh', 'hh_s']) {
		const kind = code === 'ae' ? 'rate' : 'count';
		variables.set(
			code,
			(await defineVariable(await tenantContext(ctx, world.slug), { code, name: `Variable ${code}`, kind }))
				.id
		);
	}
	const [imported] = await handle.db
		.insert(dataImport)
		.values({
			tenantId: world.tenantId,
			kind: 'observations',
			fileName: 'test.csv',
			sha256: '-',
			actor: 'test',
			rows: data.length
		})
		.returning();
	await handle.db.insert(observation).values(
		data.map(([v, u, date, value]) => ({
			tenantId: world.tenantId,
			variableId: variables.get(v)!,
			unitId: ids.get(u)!,
			date,
			value,
			importId: imported!.id
		}))
	);
	const define = async (input: Record<string, unknown>) =>
		defineIndicator(await tenantContext(ctx, world.slug), { name: `Indikator ${input.code}`, ...input });
	await define({ code: 'sgb2q', kind: 'rate', numerator: 'sgb2', denominator: 'ew' });
	await define({ code: 'aloq', kind: 'rate', numerator: 'alo', denominator: 'ew' });
	await define({ code: 'sgb2sum', kind: 'rate', numerator: ['sgb2', 'sgb2b'], denominator: 'ew' });
	await define({ code: 'sums', kind: 'rate', numerator: 'sgb2 + sgb2b', denominator: ['ew', 'hh'] });
	await define({ code: 'ae_hh', kind: 'direct', value: 'ae', weight: 'hh' });
	await define({ code: 'ae_hhs', kind: 'direct', value: 'ae', weight: 'hh_s' });
	await define({ code: 'ae_plain', kind: 'direct', value: 'ae' });
	await define({ code: 'sgb2q_d', kind: 'change', base: 'sgb2q', changeYears: 2, changeMode: 'points' });
	await define({ code: 'sgb2q_p', kind: 'change', base: 'sgb2q', changeYears: 2, changeMode: 'percent' });
}

const formulas = {
	sgb2q: ['rate', 'sgb2', 'ew'],
	aloq: ['rate', 'alo', 'ew'],
	sgb2sum: ['rate', 'sgb2+sgb2b', 'ew'],
	sums: ['rate', 'sgb2+sgb2b', 'ew+hh'],
	ae_hh: ['weighted', 'ae', 'hh'],
	ae_hhs: ['weighted', 'ae', 'hh_s'],
	ae_plain: ['single', 'ae', null]
} as const;

let table: IndicatorValueSet[];
const valueAt = (indicator: string, unit: string, date: string) =>
	table
		.find((s) => s.indicator.code === indicator && s.date === date && s.values.some((v) => v.code === unit))!
		.values.find((v) => v.code === unit)!;

beforeAll(async () => {
	handle = await createTestDatabase();
	home = await createTenantWorld(handle.db, 'home');
	foreign = await createTenantWorld(handle.db, 'fremd');
	await buildCity(home, rows);
	// Another tenant with the same codes and other numbers: nothing of it may leak into home's values.
	await buildCity(
		foreign,
		rows.map(([v, u, d, value]) => [v, u, d, value * 3 + 1] as Row)
	);
	table = await indicatorValueTable(
		await tenantContext(contextFor(handle.db, home.users.viewer.actor), 'home'),
		{
			indicators: [...Object.keys(formulas), 'sgb2q_d', 'sgb2q_p'],
			layers: ['bezirk', 'sozialraum', 'block'],
			dates: [D1, D2]
		}
	);
});
afterAll(() => handle?.close());

describe('indicator values at every level', () => {
	it('match the independent computation for every indicator, unit and date', () => {
		let checked = 0;
		for (const [code, [kind, a, b]] of Object.entries(formulas)) {
			for (const unit of Object.keys(tree)) {
				for (const date of [D1, D2]) {
					const want = expected(kind, a, b, unit, date);
					const got = valueAt(code, unit, date);
					const where = `${code} ${unit} ${date}`;
					if (want.value === null) expect(got.value, where).toBeNull();
					else expect(got.value, where).toBeCloseTo(want.value, 9);
					expect({ covered: got.covered, total: got.total }, where).toEqual({
						covered: want.covered,
						total: want.total
					});
					const status = want.value === null ? 'missing' : want.covered < want.total ? 'incomplete' : 'ok';
					expect(got.status, where).toBe(status);
					checked++;
				}
			}
		}
		expect(checked).toBe(7 * 16 * 2);
	});

	it('pools numerators and denominators instead of averaging rates (the classic trap)', () => {
		// B2 in 2015: (90+15+30+45+30) / (300+300+120+900+60) = 210 / 1680 = 12.5 %.
		const b2 = valueAt('sgb2q', 'B2', D1);
		expect(b2).toMatchObject({ numerator: 210, denominator: 1680, status: 'ok', covered: 5, total: 5 });
		expect(b2.value).toBeCloseTo(12.5, 10);
		const meanOfAreas = (valueAt('sgb2q', 'S3', D1).value! + valueAt('sgb2q', 'S4', D1).value!) / 2;
		const meanOfBlocks =
			['k6', 'k7', 'k8', 'k9', 'k10'].reduce((s, k) => s + valueAt('sgb2q', k, D1).value!, 0) / 5;
		expect(meanOfAreas).toBeCloseTo(13.28125, 10);
		expect(Math.abs(b2.value! - meanOfAreas)).toBeGreaterThan(0.7);
		expect(Math.abs(b2.value! - meanOfBlocks)).toBeGreaterThan(5);
	});

	it('leaves out the partner of a missing value and reports the coverage', () => {
		// S1 in 2017: k3 has no SGB-II value, so its inhabitants are left out too: 78 / 520.
		expect(valueAt('sgb2q', 'S1', D2)).toMatchObject({
			numerator: 78,
			denominator: 520,
			covered: 2,
			total: 3,
			status: 'incomplete'
		});
		expect(valueAt('sgb2q', 'k3', D2)).toMatchObject({ value: null, status: 'missing' });
	});

	it('uses an official total at the unit itself instead of the sum below', () => {
		// B1 in 2017: 1,600 inhabitants officially (the blocks give 1,590 without k5).
		const b1 = valueAt('sgb2q', 'B1', D2);
		expect(b1).toMatchObject({
			numerator: 150,
			denominator: 1600,
			covered: 4,
			total: 5,
			status: 'incomplete'
		});
		expect(b1.value).toBeCloseTo(9.375, 10);
	});

	it('computes a variable known only at the middle level at and above it, not below', () => {
		expect(valueAt('aloq', 'S1', D1).value).toBeCloseTo((50 / 750) * 100, 10);
		expect(valueAt('aloq', 'B2', D1)).toMatchObject({
			numerator: 40,
			denominator: 720,
			covered: 3,
			total: 5
		});
		expect(valueAt('aloq', 'k1', D1)).toMatchObject({ value: null, status: 'missing' });
	});

	it('weighs a directly imported rate only with a weight, and takes it as it is at its own layer', () => {
		expect(valueAt('ae_plain', 'S2', D1)).toMatchObject({ value: 30, status: 'ok' });
		expect(valueAt('ae_plain', 'B1', D1)).toMatchObject({ value: null, status: 'missing' });
		// B1 in 2015 weighted by households per block summed to the Sozialräume: (20·370 + 30·430) / 800.
		expect(valueAt('ae_hh', 'B1', D1).value).toBeCloseTo((20 * 370 + 30 * 430) / 800, 10);
		expect(valueAt('ae_hhs', 'B2', D2).value).toBeCloseTo((24 * 360 + 12 * 475) / 835, 10);
		expect(valueAt('ae_hh', 'k1', D1).status).toBe('missing');
	});

	it('computes changes in points and per cent from the base at both dates', () => {
		for (const unit of Object.keys(tree)) {
			const now = expected('rate', 'sgb2', 'ew', unit, D2).value;
			const then = expected('rate', 'sgb2', 'ew', unit, D1).value;
			const points = valueAt('sgb2q_d', unit, D2);
			if (now === null || then === null) expect(points.status, unit).toBe('missing');
			else {
				expect(points.value, unit).toBeCloseTo(now - then, 9);
				expect(valueAt('sgb2q_p', unit, D2).value, unit).toBeCloseTo((now / then - 1) * 100, 9);
			}
			expect(valueAt('sgb2q_d', unit, D1).status, unit).toBe('missing');
		}
	});
});

describe('single requests', () => {
	const viewer = () => tenantContext(contextFor(handle.db, home.users.viewer.actor), 'home');

	it('lists the dates an indicator has and defaults to the latest', async () => {
		expect(await availableDates(await viewer(), 'sgb2q')).toEqual([D1, D2]);
		expect(await availableDates(await viewer(), 'sgb2q_d')).toEqual([D2]);
		const latest = await indicatorValues(await viewer(), {
			indicator: 'sgb2q',
			layer: 'sozialraum'
		});
		expect(latest.date).toBe(D2);
		expect(latest.values.map((v) => v.code)).toEqual(['S1', 'S2', 'S3', 'S4']);
		expect(latest.values[0]).toMatchObject(valueAt('sgb2q', 'S1', D2));
	});

	it('answers an indicator without any data with all units missing and no date', async () => {
		const root = await tenantContext(contextFor(handle.db, system), 'home');
		await defineVariable(root, { code: 'leer', name: 'Noch nicht geliefert' });
		await defineIndicator(root, {
			code: 'leerq',
			name: 'Leer',
			kind: 'rate',
			numerator: 'leer',
			denominator: 'ew'
		});
		expect(await availableDates(await viewer(), 'leerq')).toEqual([]);
		const empty = await indicatorValues(await viewer(), {
			indicator: 'leerq',
			layer: 'bezirk'
		});
		expect(empty.date).toBe('');
		expect(empty.values.map((v) => [v.code, v.status])).toEqual([
			['B1', 'missing'],
			['B2', 'missing']
		]);
	});

	it('gives the time series of one unit with the same numbers as the table', async () => {
		const points = await indicatorTimeSeries(await viewer(), {
			indicator: 'sgb2q',
			layer: 'bezirk',
			unit: 'B1'
		});
		expect(points.map((p) => p.date)).toEqual([D1, D2]);
		expect(points[1]!.value).toBeCloseTo(9.375, 10);
		expect(points[0]).toMatchObject({ value: valueAt('sgb2q', 'B1', D1).value, covered: 5, total: 5 });
	});

	it('names unknown indicators, layers and units', async () => {
		await expect(
			viewer().then((tc) => indicatorValues(tc, { indicator: 'nix', layer: 'block' }))
		).rejects.toMatchObject({
			code: 'indicator.not_found'
		});
		await expect(
			viewer().then((tc) => indicatorValues(tc, { indicator: 'sgb2q', layer: 'nix' }))
		).rejects.toMatchObject({
			code: 'layer.not_found'
		});
		await expect(
			indicatorTimeSeries(await viewer(), {
				indicator: 'sgb2q',
				layer: 'block',
				unit: 'B1'
			})
		).rejects.toMatchObject({ code: 'unit.not_found' });
	});

	it('refuses readers of another tenant', async () => {
		const stranger = contextFor(handle.db, foreign.users.admin.actor);
		await expect(
			tenantContext(stranger, 'home').then((tc) =>
				indicatorValues(tc, { indicator: 'sgb2q', layer: 'block' })
			)
		).rejects.toMatchObject({
			code: 'auth.foreign_tenant'
		});
	});
});
