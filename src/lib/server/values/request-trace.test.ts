import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { textFile } from '../importers/readers/test-files';
import { insertSpatialUnits } from '../repositories/spatial-unit.repository';
import { rebuildAncestry } from '../repositories/unit-ancestry.repository';
import { areaProfile, unitSurroundings } from './area-profile';
import { defineCompositeIndex, storeCompositeIndex } from '../services/composite-index.service';
import { compositeIndexResults, computeCompositeIndex, listCompositeIndexes } from './composite-index';
import { importObservations } from '../services/import.service';
import { clearValueCache } from './value-cache';
import { defineIndicator } from '../services/indicator.service';
import { createLayer } from '../services/spatial-layer.service';
import { supplyProfileSection } from '../services/supply-profile.service';
import { indicatorsOf, layersOf, unitsOf } from './monitoring-setting';
import { tenantContext } from '../services/tenant-context';
import { dataChangesSettled } from '../services/data-change';

const counts = { tenant: 0, version: 0, authorize: 0 };
vi.mock('../repositories/tenant.repository', async (original) => {
	const real = await original<typeof import('../repositories/tenant.repository')>();
	return {
		...real,
		findTenantBySlug: (...a: Parameters<typeof real.findTenantBySlug>) => (
			counts.tenant++,
			real.findTenantBySlug(...a)
		)
	};
});
vi.mock('../repositories/audit.repository', async (original) => {
	const real = await original<typeof import('../repositories/audit.repository')>();
	return {
		...real,
		findTenantWithAuditVersion: (...a: Parameters<typeof real.findTenantWithAuditVersion>) => (
			counts.tenant++,
			counts.version++,
			real.findTenantWithAuditVersion(...a)
		)
	};
});
vi.mock('../services/context', async (original) => {
	const real = await original<typeof import('../services/context')>();
	return {
		...real,
		authorize: (...a: Parameters<typeof real.authorize>) => (counts.authorize++, real.authorize(...a))
	};
});

let handle: DatabaseHandle;
let world: TenantWorld;
const reset = () => Object.assign(counts, { tenant: 0, version: 0, authorize: 0 });

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'stadt');
	const ctx = contextFor(handle.db, system);
	const bezirk = await createLayer(await tenantContext(ctx, world.slug), { code: 'bezirk', name: 'Bezirke' });
	const sr = await createLayer(await tenantContext(ctx, world.slug), {
		code: 'sr',
		name: 'Sozialräume',
		parent: 'bezirk'
	});
	const [a] = await insertSpatialUnits(handle.db, world.tenantId, bezirk.id, [{ code: 'A', name: 'Nord' }]);
	await insertSpatialUnits(
		handle.db,
		world.tenantId,
		sr.id,
		['S1', 'S2', 'S3', 'S4'].map((code) => ({ code, name: `Gebiet ${code}`, parentUnitId: a!.id }))
	);
	await rebuildAncestry(handle.db, world.tenantId);
	const planner = contextFor(handle.db, world.users.planner.actor);
	const lines = ['Schlüssel;Stichtag;Merkmal;Wert'];
	['S1', 'S2', 'S3', 'S4'].forEach((code, i) => {
		for (const date of ['31.12.2014', '31.12.2016'])
			lines.push(`${code};${date};alo;${10 + i * 7}`, `${code};${date};ew;${500 + i * 50}`);
	});
	await importObservations(await tenantContext(planner, world.slug), {
		layer: 'sr',
		files: [textFile('werte.csv', lines.join('\n'))],
		format: 'long',
		options: {
			variables: ['alo', 'ew'].map((code) => ({ code, name: `Merkmal ${code}`, kind: 'count' as const }))
		}
	});
	await defineIndicator(await tenantContext(planner, world.slug), {
		code: 'q',
		name: 'Quote',
		kind: 'rate',
		numerator: ['alo'],
		denominator: ['ew'],
		factor: 100,
		polarity: 'higher_worse'
	});
	await defineCompositeIndex(await tenantContext(planner, world.slug), {
		code: 'si',
		name: 'SI',
		layer: 'sr',
		status: [{ indicator: 'q', weight: 1 }]
	});
	await storeCompositeIndex(await tenantContext(planner, world.slug), 'si');
	// The goal ratings that follow each change run in the background; they must not count below.
	await dataChangesSettled();
});
afterAll(() => handle?.close());

/**
 * What one page request costs, in the order its layout and page load call the read side: the
 * tenant is resolved once (the layout's tenant context, shared with the page), its data version
 * read with it, and each use case authorizes once.
 */
describe('what a request costs', () => {
	for (const round of ['cold', 'warm'])
		it(`area profile page (${round}): one tenant look-up, one data version`, async () => {
			if (round === 'cold') clearValueCache();
			const ctx = contextFor(handle.db, world.users.viewer.actor);
			reset();
			const tc = await tenantContext(ctx, world.slug); // layout, shared with the page
			await areaProfile(tc, { layer: 'sr', units: ['S2'], date: null });
			await unitSurroundings(tc, 'sr', 'S2');
			const indexes = await listCompositeIndexes(tc);
			for (const i of indexes) await compositeIndexResults(tc, i.code, { unit: 'S2' });
			await supplyProfileSection(tc, { layer: 'sr', unit: 'S2', requested: false });
			expect(counts).toEqual({ tenant: 1, version: 1, authorize: 5 + indexes.length });
		});
	for (const round of ['cold', 'warm'])
		it(`Sozialindex page with the sensitivity view (${round}): one tenant look-up, one data version`, async () => {
			if (round === 'cold') clearValueCache();
			const ctx = contextFor(handle.db, world.users.viewer.actor);
			reset();
			const tc = await tenantContext(ctx, world.slug); // layout, shared with the page
			const [index] = await listCompositeIndexes(tc);
			const date = index!.computedDates.at(-1)!;
			await compositeIndexResults(tc, index!.code, { date });
			await layersOf(tc);
			await unitsOf(tc, index!.layer);
			await indicatorsOf(tc);
			await computeCompositeIndex(tc, index!.code, { date, definition: index!.definition });
			await computeCompositeIndex(tc, index!.code, {
				date,
				definition: { ...index!.definition, combinedSeparator: '/' }
			});
			expect(counts).toEqual({ tenant: 1, version: 1, authorize: 5 });
		});
});
