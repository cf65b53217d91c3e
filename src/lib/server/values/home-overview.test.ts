import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { textFile } from '../importers/readers/test-files';
import { insertSpatialUnits } from '../repositories/spatial-unit.repository';
import { rebuildAncestry } from '../repositories/unit-ancestry.repository';
import { createFacility } from '../services/facility.service';
import {
	homeKeyIndicators,
	homeOverview,
	keyCandidates,
	topicsFirst,
	type PlanningOverview
} from './home-overview';
import { importObservations } from '../services/import.service';
import { defineIndicator } from '../services/indicator.service';
import { clearValueCache } from './value-cache';
import { createLayer } from '../services/spatial-layer.service';
import { tenantContext } from '../services/tenant-context';

/**
 * Two districts with two Planungsräume each; children and inhabitants at two dates; three
 * facilities, two of them of the world's Träger. Expected numbers are worked out by hand.
 */
let handle: DatabaseHandle;
let world: TenantWorld;
let empty: TenantWorld;

// code: [children 2014, inhabitants 2014, children 2016, inhabitants 2016]
const counts: Record<string, [number, number, number, number]> = {
	A1: [10, 100, 20, 100],
	A2: [30, 300, 30, 200],
	B1: [5, 50, 15, 100],
	B2: [40, 200, 40, 400]
};

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'stadt');
	empty = await createTenantWorld(handle.db, 'leer');
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
		Object.keys(counts).map((code) => ({ code, name: `Raum ${code}`, parentUnitId: idOf.get(code[0]!)! }))
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
		polarity: 'neutral',
		unitLabel: '%'
	});
	await defineIndicator(await tenantContext(planner, world.slug), {
		code: 'veraenderung_kinder',
		name: 'Veränderung Anteil Kinder',
		kind: 'change',
		base: 'anteil_kinder',
		changeYears: 2,
		changeMode: 'points'
	});
	const admin = contextFor(handle.db, world.users.admin.actor);
	const at = { lat: 52.5, lon: 13.4 };
	await createFacility(await tenantContext(admin, world.slug), {
		code: 'k1',
		name: 'Kita Eins',
		kind: 'kita',
		providerId: world.providerId,
		...at
	});
	await createFacility(await tenantContext(admin, world.slug), {
		code: 'k2',
		name: 'Kita Zwei',
		kind: 'kita',
		providerId: world.providerId,
		...at
	});
	await createFacility(await tenantContext(admin, world.slug), {
		code: 'g1',
		name: 'Grundschule Eins',
		kind: 'grundschule',
		...at
	});
	clearValueCache();
}, 120_000);
afterAll(() => handle?.close());

async function overviewAs(role: keyof TenantWorld['users'], of: TenantWorld = world) {
	return homeOverview(await tenantContext(contextFor(handle.db, of.users[role].actor), of.slug));
}

describe('the home overview of the administration', () => {
	it('lists layers with their units, counts, the latest import with file and user', async () => {
		const overview = (await overviewAs('viewer')) as PlanningOverview;
		expect(overview.kind).toBe('planning');
		expect(overview.layers).toEqual([
			{ code: 'bezirk', name: 'Bezirke', depth: 0, unitCount: 2 },
			{ code: 'pr', name: 'Planungsräume', depth: 1, unitCount: 4 }
		]);
		expect(overview.counts).toEqual({
			variables: 2,
			indicators: 2,
			crosswalks: 0,
			facilities: 3,
			providers: 1
		});
		expect(overview.imports.total).toBe(1);
		expect(overview.imports.latest[0]).toMatchObject({
			fileName: 'werte.csv',
			kind: 'observations',
			rows: 16
		});
		expect(overview.imports.latest[0]!.actor).toContain('stadt-planner');
		expect(overview.facilitiesByKind.map((k) => [k.code, k.count])).toEqual([
			['kita', 2],
			['grundschule', 1]
		]);
		expect(overview.index).toBeNull();
		expect(overview.canWrite).toBe(false);
	});

	it('gives the key indicators the whole city value at their latest date', async () => {
		const overview = (await overviewAs('planner')) as PlanningOverview;
		expect(overview.canWrite).toBe(true);
		const keyIndicators = await homeKeyIndicators(
			await tenantContext(contextFor(handle.db, world.users.planner.actor), world.slug)
		);
		// 2016: 105 children of 800 inhabitants = 13.125 %; 2014: 85 of 650 = 13.0769… %.
		const share = keyIndicators.find((k) => k.code === 'anteil_kinder');
		expect(share).toMatchObject({ date: '2016-12-31', unitLabel: '%' });
		expect(share!.value).toBeCloseTo((100 * 105) / 800, 10);
		const change = keyIndicators.find((k) => k.code === 'veraenderung_kinder');
		expect(change?.date).toBe('2016-12-31');
		expect(change!.value).toBeCloseTo((100 * 105) / 800 - (100 * 85) / 650, 10);
	});

	it('is empty but honest for a tenant without data', async () => {
		const overview = (await overviewAs('admin', empty)) as PlanningOverview;
		expect(overview.layers).toEqual([]);
		expect(
			await homeKeyIndicators(await tenantContext(contextFor(handle.db, empty.users.admin.actor), empty.slug))
		).toEqual([]);
		expect(overview.imports).toEqual({ total: 0, latest: [] });
		expect(overview.counts.indicators).toBe(0);
	});
});

describe('the home overview of a Träger', () => {
	it('shows only its own facilities and nothing of the data', async () => {
		const overview = await overviewAs('provider');
		expect(overview).toEqual({
			kind: 'provider',
			providerName: 'Kita-Träger Beispiel',
			facilitiesByKind: [{ code: 'kita', name: expect.any(String), count: 2 }]
		});
	});

	it('gets no key indicators, which are data of the administration', async () => {
		await expect(
			tenantContext(contextFor(handle.db, world.users.provider.actor), world.slug).then((tc) =>
				homeKeyIndicators(tc)
			)
		).rejects.toMatchObject({ code: 'auth.forbidden' });
	});

	it('refuses a member of another tenant', async () => {
		await expect(
			tenantContext(contextFor(handle.db, empty.users.admin.actor), world.slug).then((tc) => homeOverview(tc))
		).rejects.toMatchObject({
			code: 'auth.foreign_tenant'
		});
	});
});

describe('topicsFirst', () => {
	it('puts the first of every topic first, then the rest, each in the given order', () => {
		const items = [
			{ code: 'a', topicCode: 'demo' },
			{ code: 'b', topicCode: 'demo' },
			{ code: 'c', topicCode: 'soz' },
			{ code: 'd', topicCode: null },
			{ code: 'e', topicCode: 'soz' }
		];
		expect(topicsFirst(items).map((i) => i.code)).toEqual(['a', 'c', 'd', 'b', 'e']);
	});
});

describe('keyCandidates', () => {
	it('puts the index indicators first, then the first of every other topic, then the rest', () => {
		const items = [
			{ code: 'kinder', topicCode: 'demo' },
			{ code: 'alte', topicCode: 'demo' },
			{ code: 'dyn', topicCode: 'soz' },
			{ code: 'alq', topicCode: 'soz' },
			{ code: 'armut', topicCode: 'soz' },
			{ code: 'kita', topicCode: 'bildung' }
		];
		expect(keyCandidates(items, ['armut', 'alq']).map((i) => i.code)).toEqual([
			'armut',
			'alq',
			'kinder',
			'kita',
			'dyn',
			'alte'
		]);
		expect(keyCandidates(items, []).map((i) => i.code)).toEqual([
			'kinder',
			'dyn',
			'kita',
			'alte',
			'alq',
			'armut'
		]);
	});
});
