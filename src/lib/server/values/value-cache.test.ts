import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textFile } from '../importers/readers/test-files';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { insertSpatialUnits } from '../repositories/spatial-unit.repository';
import { rebuildAncestry } from '../repositories/unit-ancestry.repository';
import type { ServiceContext } from '../services/context';
import { importObservations, rollbackImport } from '../services/import.service';
import { defineIndicator } from '../services/indicator.service';
import { cachedIndicatorValues, cachedValueSets, clearValueCache, valueCacheStats } from './value-cache';
import { createLayer } from '../services/spatial-layer.service';
import { tenantContext } from '../services/tenant-context';
import { memoForTenant } from './tenant-memo';

/**
 * Two Planungsräume, children under 6 and inhabitants, imported and changed through the services
 * a planner uses. After each change the cache must give the new numbers (worked out by hand), and
 * between changes it must not compute again.
 */
let handle: DatabaseHandle;
let world: TenantWorld;
let foreign: TenantWorld;
const viewer = () => tenantContext(contextFor(handle.db, world.users.viewer.actor), world.slug);

let clock = Date.now() + 3_600_000;
/** Each change a minute after the one before, as in real life. */
function planner(): ServiceContext {
	clock += 60_000;
	return contextFor(handle.db, world.users.planner.actor, new Date(clock));
}

async function observations(date: string, u6: [number, number], ew: [number, number], name = 'werte.csv') {
	const lines = ['Schlüssel;Stichtag;Merkmal;Wert'];
	['P1', 'P2'].forEach((code, i) => lines.push(`${code};${date};u6;${u6[i]}`, `${code};${date};ew;${ew[i]}`));
	return importObservations(await tenantContext(planner(), world.slug), {
		layer: 'pr',
		files: [textFile(name, lines.join('\n'))],
		format: 'long',
		options: {
			variables: [
				{ code: 'u6', name: 'Kinder unter 6', kind: 'count' },
				{ code: 'ew', name: 'Einwohner', kind: 'count' }
			]
		}
	});
}

const define = async (factor: number) =>
	defineIndicator(await tenantContext(planner(), world.slug), {
		code: 'anteil_u6',
		name: 'Anteil unter 6',
		kind: 'rate',
		numerator: ['u6'],
		denominator: ['ew'],
		factor
	});

async function read(date?: string) {
	const set = await cachedIndicatorValues(await viewer(), {
		indicator: 'anteil_u6',
		layer: 'pr',
		date
	});
	return { date: set.date, values: set.values.map((v) => v.value) };
}

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'stadt');
	foreign = await createTenantWorld(handle.db, 'fremd');
	const layer = await createLayer(await tenantContext(contextFor(handle.db, system), world.slug), {
		code: 'pr',
		name: 'Planungsräume'
	});
	await insertSpatialUnits(handle.db, world.tenantId, layer.id, [
		{ code: 'P1', name: 'Nord' },
		{ code: 'P2', name: 'Süd' }
	]);
	await rebuildAncestry(handle.db, world.tenantId);
	clearValueCache();
});
afterAll(() => handle?.close());

describe('the value cache', () => {
	let firstImport: string;

	it('computes once and then answers from memory while nothing changes', async () => {
		firstImport = (await observations('31.12.2016', [10, 30], [100, 200])).importId;
		await define(100);
		expect(await read('2016-12-31')).toEqual({ date: '2016-12-31', values: [10, 15] });
		expect(valueCacheStats()).toMatchObject({ hits: 0, misses: 1 });
		expect(await read('2016-12-31')).toEqual({ date: '2016-12-31', values: [10, 15] });
		expect(await read('2016-12-31')).toEqual({ date: '2016-12-31', values: [10, 15] });
		expect(valueCacheStats()).toMatchObject({ hits: 2, misses: 1 });
	});

	it('gives the new numbers after an import that replaces values', async () => {
		const second = await observations('31.12.2016', [20, 30], [100, 300], 'korrektur.csv');
		expect(await read('2016-12-31')).toEqual({ date: '2016-12-31', values: [20, 10] });
		expect(valueCacheStats().misses).toBe(2);
		// …and the old ones again after rolling that import back.
		await rollbackImport(await tenantContext(planner(), world.slug), second.importId);
		expect(await read('2016-12-31')).toEqual({ date: '2016-12-31', values: [10, 15] });
		expect(valueCacheStats().misses).toBe(3);
	});

	it('follows a redefinition of the indicator', async () => {
		await define(1000);
		expect(await read('2016-12-31')).toEqual({ date: '2016-12-31', values: [100, 150] });
		await define(100);
		expect(await read('2016-12-31')).toEqual({ date: '2016-12-31', values: [10, 15] });
	});

	it('moves "latest" to a newly imported date, and back when that import is rolled back', async () => {
		expect(await read()).toEqual({ date: '2016-12-31', values: [10, 15] });
		const next = await observations('31.12.2017', [12, 60], [120, 300], 'werte-2017.csv');
		expect(await read()).toEqual({ date: '2017-12-31', values: [10, 20] });
		await rollbackImport(await tenantContext(planner(), world.slug), next.importId);
		expect(await read()).toEqual({ date: '2016-12-31', values: [10, 15] });
		await rollbackImport(await tenantContext(planner(), world.slug), firstImport);
		expect(await read()).toEqual({ date: '', values: [null, null] });
	});

	it('checks access and input before looking into the cache', async () => {
		await expect(
			tenantContext(contextFor(handle.db, foreign.users.admin.actor), world.slug).then((tc) =>
				cachedIndicatorValues(tc, { indicator: 'anteil_u6', layer: 'pr' })
			)
		).rejects.toMatchObject({ code: 'auth.foreign_tenant' });
		await expect(
			cachedIndicatorValues(await viewer(), {
				indicator: 'anteil_u6',
				layer: 'pr',
				date: '31.12.2016'
			})
		).rejects.toMatchObject({ code: 'validation.invalid' });
		await expect(
			viewer().then((tc) =>
				cachedIndicatorValues(tc, {
					indicator: 'gibtsnicht',
					layer: 'pr'
				})
			)
		).rejects.toMatchObject({ code: 'indicator.not_found' });
	});

	it('answers many sets at once, computing only those it does not hold, and after a change all again', async () => {
		await observations('31.12.2016', [10, 30], [100, 200], 'wieder.csv');
		await observations('31.12.2017', [12, 60], [120, 300], 'wieder-2017.csv');
		const many = async (dates: string[]) =>
			cachedValueSets(await viewer(), {
				indicators: ['anteil_u6'],
				layers: ['pr'],
				dates
			});
		const before = valueCacheStats();
		const first = await many(['2016-12-31']);
		expect(first.map((s) => [s.date, s.values.map((v) => v.value)])).toEqual([['2016-12-31', [10, 15]]]);
		const both = await many(['2016-12-31', '2017-12-31']);
		expect(both.map((s) => [s.date, s.values.map((v) => v.value)])).toEqual([
			['2016-12-31', [10, 15]],
			['2017-12-31', [10, 20]]
		]);
		// The 2016 set came from memory the second time: 1 + 1 misses, 1 hit.
		expect(valueCacheStats().misses - before.misses).toBe(2);
		expect(valueCacheStats().hits - before.hits).toBe(1);
		// The single-set lookup and the batch share their entries.
		await cachedIndicatorValues(await viewer(), {
			indicator: 'anteil_u6',
			layer: 'pr',
			date: '2017-12-31'
		});
		expect(valueCacheStats().hits - before.hits).toBe(2);
		await observations('31.12.2017', [24, 60], [120, 300], 'korrektur-2017.csv');
		const after = await many(['2016-12-31', '2017-12-31']);
		expect(after.map((s) => s.values.map((v) => v.value))).toEqual([
			[10, 15],
			[20, 20]
		]);
		expect(valueCacheStats().misses - before.misses).toBe(4);
	});

	it('checks access for a batch too', async () => {
		await expect(
			tenantContext(contextFor(handle.db, foreign.users.admin.actor), world.slug).then((tc) =>
				cachedValueSets(tc, { indicators: ['anteil_u6'], layers: ['pr'], dates: ['2016-12-31'] })
			)
		).rejects.toMatchObject({ code: 'auth.foreign_tenant' });
	});

	it('holds other answers of the tenant until its data change, and checks access first', async () => {
		let computed = 0;
		const count = async () =>
			memoForTenant(await viewer(), 'zaehler', async () => {
				computed++;
				return computed;
			});
		expect(await count()).toBe(1);
		expect(await count()).toBe(1);
		await observations('31.12.2018', [1, 2], [10, 20], 'werte-2018.csv');
		expect(await count()).toBe(2);
		await expect(
			tenantContext(contextFor(handle.db, foreign.users.admin.actor), world.slug).then((tc) =>
				memoForTenant(tc, 'zaehler', async () => 0)
			)
		).rejects.toMatchObject({ code: 'auth.foreign_tenant' });
	});
});

describe('the tenant memo: single flight', () => {
	it('computes an answer asked for by many at once only once, and forgets one that failed', async () => {
		const tc = await viewer();
		let computed = 0;
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		const slow = () =>
			memoForTenant(tc, 'gleichzeitig', async () => {
				computed++;
				await gate;
				return 'fertig';
			});
		const asked = [slow(), slow(), slow()];
		release();
		expect(await Promise.all(asked)).toEqual(['fertig', 'fertig', 'fertig']);
		expect(computed).toBe(1);

		let attempts = 0;
		const flaky = () =>
			memoForTenant(tc, 'fehlerhaft', async () => {
				attempts++;
				if (attempts === 1) throw new Error('Datenbank nicht erreichbar');
				return attempts;
			});
		await expect(flaky()).rejects.toThrow('Datenbank nicht erreichbar');
		expect(await flaky()).toBe(2);
		expect(await flaky()).toBe(2);
	});

	it('never makes a transaction wait for a computation still running outside it', async () => {
		const tc = await viewer();
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		const outside = memoForTenant(tc, 'ausserhalb', async () => {
			await gate;
			return 'außerhalb gerechnet';
		});
		// Embedded, the transaction holds the one connection: waiting for the outside computation
		// (which would need it) would never end. It computes its own answer instead.
		const inside = await handle.db.transaction((tx) =>
			memoForTenant({ ...tc, db: tx }, 'ausserhalb', async () => 'in der Transaktion gerechnet')
		);
		expect(inside).toBe('in der Transaktion gerechnet');
		release();
		expect(await outside).toBe('außerhalb gerechnet');
		// Once settled, the answer is shared with transactions too.
		const later = await handle.db.transaction((tx) =>
			memoForTenant({ ...tc, db: tx }, 'ausserhalb', async () => 'neu')
		);
		expect(later).toBe('außerhalb gerechnet');
	});
});
