import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { listAudit } from './audit.service';
import { defineIndicators, isIndicatorDefinitionsFailed } from './indicator-definitions.service';
import { listIndicators } from './indicator.service';
import { defineVariable } from './variable.service';
import { tenantContext } from './tenant-context';

let handle: DatabaseHandle;
let world: TenantWorld;

const share = {
	code: 'anteil_u3',
	name: 'Anteil der Kinder unter 3 Jahren',
	kind: 'rate',
	numerator: 'ew_u3',
	denominator: 'ew',
	factor: 100,
	unitLabel: '%',
	decimals: 1
};
/** Refers to the definition before it in the same batch. */
const change = {
	code: 'veraenderung_u3',
	name: 'Veränderung des Anteils unter 3 Jahren',
	kind: 'change',
	base: 'anteil_u3',
	changeYears: 5,
	changeMode: 'points',
	unitLabel: 'Prozentpunkte'
};

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'stadt');
	const root = await tenantContext(contextFor(handle.db, system), 'stadt');
	await defineVariable(root, { code: 'ew', name: 'Einwohner' });
	await defineVariable(root, { code: 'ew_u3', name: 'Einwohner unter 3' });
});
afterAll(() => handle?.close());

async function auditCount(): Promise<number> {
	const page = await listAudit(await tenantContext(contextFor(handle.db, system), 'stadt'), {
		pageSize: 500
	});
	return page.total;
}

async function failure(inputs: unknown[], ctx = contextFor(handle.db, system)) {
	const error = await defineIndicators(await tenantContext(ctx, 'stadt'), inputs).then(
		() => null,
		(e: unknown) => e
	);
	expect(isIndicatorDefinitionsFailed(error), String(error)).toBe(true);
	return isIndicatorDefinitionsFailed(error) ? error : null;
}

describe('defineIndicators', () => {
	it('reports every problem of every definition and stores none of them', async () => {
		const auditBefore = await auditCount();
		const error = await failure([
			share,
			{ ...change, code: 'kaputt', base: 'gibt_es_nicht' },
			{ name: 'X', kind: 'quote' },
			change
		]);
		expect(error?.code).toBe('indicator.definitions_invalid');
		expect(error?.message).toContain('keine der 4 Definitionen');
		expect(error?.message).toContain('2 davon sind ungültig');
		const places = error?.problems.map((p) => [p.index, p.indicator, p.field, p.error]);
		expect(places).toEqual(
			expect.arrayContaining([
				[2, 'kaputt', 'base', 'indicator.invalid'],
				[3, null, 'code', 'validation.invalid'],
				[3, null, 'name', 'validation.invalid'],
				[3, null, 'kind', 'validation.invalid']
			])
		);
		// The valid first and fourth definitions were rolled back with the rest.
		expect(error?.problems.some((p) => p.index === 1 || p.index === 4)).toBe(false);
		expect(await listIndicators(await tenantContext(contextFor(handle.db, system), 'stadt'))).toEqual([]);
		expect(await auditCount()).toBe(auditBefore);
		// The fields reach an API client too, keyed by position (from 0) and field.
		expect(error?.fields['1.base']).toMatch(/gibt_es_nicht/);
	});

	it('defines a list in one go, a later definition referring to an earlier one', async () => {
		const tc = await tenantContext(contextFor(handle.db, world.users.planner.actor), 'stadt');
		const auditBefore = await auditCount();
		const defined = await defineIndicators(tc, [share, change]);
		expect(defined.map((i) => i.code)).toEqual(['anteil_u3', 'veraenderung_u3']);
		const stored = await listIndicators(tc);
		expect(stored.map((i) => i.code).sort()).toEqual(['anteil_u3', 'veraenderung_u3']);
		expect(stored.find((i) => i.code === 'veraenderung_u3')?.baseCode).toBe('anteil_u3');
		expect(await auditCount()).toBe(auditBefore + 2);
	});

	it('refuses a viewer with auth.forbidden for each definition, and changes nothing', async () => {
		const before = await listIndicators(await tenantContext(contextFor(handle.db, system), 'stadt'));
		const error = await failure(
			[{ ...share, name: 'Neuer Name' }],
			contextFor(handle.db, world.users.viewer.actor)
		);
		expect(error?.problems).toEqual([
			expect.objectContaining({ index: 1, indicator: 'anteil_u3', field: null, error: 'auth.forbidden' })
		]);
		expect(await listIndicators(await tenantContext(contextFor(handle.db, system), 'stadt'))).toEqual(before);
	});

	it('names an unknown tenant once and refuses an empty list', async () => {
		await expect(
			tenantContext(contextFor(handle.db, system), 'nirgendwo').then((tc) => defineIndicators(tc, [share]))
		).rejects.toMatchObject({
			code: 'tenant.not_found'
		});
		await expect(
			tenantContext(contextFor(handle.db, system), 'stadt').then((tc) => defineIndicators(tc, []))
		).rejects.toMatchObject({
			code: 'validation.invalid'
		});
	});
});
