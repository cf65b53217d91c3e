import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { textFile } from '../importers/readers/test-files';
import { insertSpatialUnits } from '../repositories/spatial-unit.repository';
import { rebuildAncestry } from '../repositories/unit-ancestry.repository';
import { setDisclosureSettings } from '../services/disclosure.service';
import { importObservations } from '../services/import.service';
import { indicatorValues } from './indicator-values';
import { defineIndicator } from '../services/indicator.service';
import { publicIndicatorValues } from './public-values';
import { createLayer } from '../services/spatial-layer.service';
import { publicTenantContext, tenantContext } from '../services/tenant-context';

let handle: DatabaseHandle;
let world: TenantWorld;
const publicActor = () => contextFor(handle.db, { kind: 'anonymous' });

/** Children and inhabitants per Planungsraum; A1 has 2 children, fewer than k = 3. */
const counts: Record<string, [number, number]> = {
	A1: [2, 100],
	A2: [10, 200],
	A3: [12, 150],
	B1: [20, 300],
	B2: [25, 280]
};

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'stadt');
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
	for (const [code, [k, e]] of Object.entries(counts))
		lines.push(`${code};31.12.2016;kinder;${k}`, `${code};31.12.2016;ew;${e}`);
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
});
afterAll(() => handle?.close());

const request = (layer: string) => ({ indicator: 'anteil_kinder', layer, date: '2016-12-31' });

describe('values for the public', () => {
	it('are refused while the tenant does not publish, and the rules are the administration’s', async () => {
		await expect(
			publicTenantContext(publicActor(), world.slug).then((tc) => publicIndicatorValues(tc, request('pr')))
		).rejects.toMatchObject({
			code: 'auth.unauthenticated'
		});
		const planner = contextFor(handle.db, world.users.planner.actor);
		await expect(
			tenantContext(planner, world.slug).then((tc) => setDisclosureSettings(tc, { published: true }))
		).rejects.toMatchObject({
			code: 'auth.forbidden'
		});
		await expect(
			tenantContext(contextFor(handle.db, world.users.admin.actor), world.slug).then((tc) =>
				setDisclosureSettings(tc, { minimumCount: 0 })
			)
		).rejects.toMatchObject({ code: 'validation.invalid' });
		await setDisclosureSettings(
			await tenantContext(contextFor(handle.db, world.users.admin.actor), world.slug),
			{
				published: true
			}
		);
	});

	it('withhold a count below k and the smallest partner that would give it back by subtraction', async () => {
		const set = await publicIndicatorValues(
			await publicTenantContext(publicActor(), world.slug),
			request('pr')
		);
		const byCode = new Map(set.values.map((v) => [v.code, v]));
		expect(byCode.get('A1')).toMatchObject({ status: 'suppressed', value: null, numerator: null });
		// Altstadt's 24 children are published: A2 must go too, else 24 − 10 − 12 = 2.
		expect(byCode.get('A2')).toMatchObject({ status: 'suppressed', value: null });
		const internal = await indicatorValues(
			await tenantContext(contextFor(handle.db, world.users.viewer.actor), world.slug),
			request('pr')
		);
		for (const code of ['A3', 'B1', 'B2'])
			expect(byCode.get(code)!.value).toBe(internal.values.find((v) => v.code === code)!.value);
		// Nothing published below k, and the parents keep the same numbers as inside.
		expect(set.values.every((v) => v.numerator === null || v.numerator >= 3)).toBe(true);
		const districts = await publicIndicatorValues(
			await publicTenantContext(publicActor(), world.slug),
			request('bezirk')
		);
		expect(districts.values.map((v) => [v.code, v.numerator, v.status])).toEqual([
			['A', 24, 'ok'],
			['B', 45, 'ok']
		]);
		// Internal roles still see every value.
		expect(internal.values.find((v) => v.code === 'A1')).toMatchObject({ numerator: 2, status: 'ok' });
	});

	it('round every count to the base instead, with the rate from the rounded counts', async () => {
		await setDisclosureSettings(
			await tenantContext(contextFor(handle.db, world.users.admin.actor), world.slug),
			{
				method: 'round',
				roundingBase: 5
			}
		);
		const set = await publicIndicatorValues(
			await publicTenantContext(publicActor(), world.slug),
			request('pr')
		);
		const a1 = set.values.find((v) => v.code === 'A1')!;
		expect(a1).toMatchObject({ numerator: 0, denominator: 100, value: 0 });
		const a3 = set.values.find((v) => v.code === 'A3')!;
		expect(a3).toMatchObject({ numerator: 10, denominator: 150 });
		expect(a3.value).toBeCloseTo((100 * 10) / 150, 12);
		expect(set.values.every((v) => v.numerator! % 5 === 0 && v.denominator! % 5 === 0)).toBe(true);
		await setDisclosureSettings(
			await tenantContext(contextFor(handle.db, world.users.admin.actor), world.slug),
			{
				method: 'suppress'
			}
		);
	});
});
