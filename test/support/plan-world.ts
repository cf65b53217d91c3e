import type { Database } from '../../src/lib/server/db/client';
import { textFile } from '../../src/lib/server/importers/readers/test-files';
import { insertSpatialUnits } from '../../src/lib/server/repositories/spatial-unit.repository';
import { rebuildAncestry } from '../../src/lib/server/repositories/unit-ancestry.repository';
import { importObservations } from '../../src/lib/server/services/import.service';
import { defineIndicator } from '../../src/lib/server/services/indicator.service';
import { createLayer } from '../../src/lib/server/services/spatial-layer.service';
import { tenantContext } from '../../src/lib/server/services/tenant-context';
import { clearValueCache } from '../../src/lib/server/values/value-cache';
import { contextFor, createTenantWorld, system, type TenantWorld } from './fixtures';
import { tableSnapshot } from './table-snapshot';

/**
 * A tenant for the plan import (test/fixtures/plan, test/fixtures/bad/plan): the Bezirksregion
 * 010111 with three Planungsräume, children and inhabitants at 31.12.2020, 2022 and 2024, and the
 * indicator `anteil_kinder` (children per 100 inhabitants, higher is better). By hand:
 * 2020 city 45/450 = 10 %, Planungsräume 01011101 and 01011102 together 40/400 = 10 %.
 */
export const planCounts: Record<string, [number, number][]> = {
	'01011101': [
		[10, 100],
		[12, 100],
		[14, 100]
	],
	'01011102': [
		[30, 300],
		[30, 300],
		[33, 300]
	],
	'01011103': [
		[5, 50],
		[6, 50],
		[8, 50]
	]
};

export async function createPlanWorld(db: Database, slug: string): Promise<TenantWorld> {
	const world = await createTenantWorld(db, slug);
	const root = await tenantContext(contextFor(db, system), slug);
	const region = await createLayer(root, { code: 'bezirksregion', name: 'Bezirksregionen' });
	const pr = await createLayer(root, {
		code: 'planungsraum',
		name: 'Planungsräume',
		parent: 'bezirksregion'
	});
	const [parent] = await insertSpatialUnits(db, world.tenantId, region.id, [
		{ code: '010111', name: 'Tiergarten Süd' }
	]);
	await insertSpatialUnits(
		db,
		world.tenantId,
		pr.id,
		Object.keys(planCounts).map((code) => ({ code, name: `Raum ${code}`, parentUnitId: parent!.id }))
	);
	await rebuildAncestry(db, world.tenantId);
	const planner = await tenantContext(contextFor(db, world.users.planner.actor), slug);
	const lines = ['Schlüssel;Stichtag;Merkmal;Wert'];
	for (const [code, values] of Object.entries(planCounts))
		values.forEach(([children, inhabitants], i) =>
			lines.push(
				`${code};31.12.${2020 + 2 * i};kinder;${children}`,
				`${code};31.12.${2020 + 2 * i};ew;${inhabitants}`
			)
		);
	await importObservations(planner, {
		layer: 'planungsraum',
		files: [textFile('werte.csv', lines.join('\n'))],
		format: 'long',
		options: {
			variables: [
				{ code: 'kinder', name: 'Kinder', kind: 'count' },
				{ code: 'ew', name: 'Einwohner', kind: 'count' }
			]
		}
	});
	await defineIndicator(await tenantContext(contextFor(db, world.users.planner.actor), slug), {
		code: 'anteil_kinder',
		name: 'Anteil Kinder',
		kind: 'rate',
		numerator: ['kinder'],
		denominator: ['ew'],
		factor: 100,
		polarity: 'higher_better'
	});
	clearValueCache();
	return world;
}

/** The tables the plan import writes to. */
export const planTables = [
	'goal',
	'goal_unit',
	'measure',
	'measure_goal',
	'measure_unit',
	'measure_partner',
	'measure_provider',
	'measure_facility',
	'measure_budget',
	'measure_milestone',
	'audit_entry'
] as const;

/** Row counts and a checksum of every plan table of a tenant: equal snapshots, nothing written. */
export const planSnapshot = (db: Database, tenantId: string) => tableSnapshot(db, tenantId, planTables);
