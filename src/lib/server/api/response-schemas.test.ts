import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { DatabaseHandle } from '../db/client';
import { queryRows } from '../db/raw-query';
import { dataImport, observation } from '../db/schema';
import { runtimeStatus } from '../runtime';
import { createFacility, getFacility, listFacilities } from '../services/facility.service';
import { listFacilityKinds, listProviders } from '../services/facility-taxonomy.service';
import { getImport, importUnits, listImports } from '../services/import.service';
import { getIndicator, defineIndicator, listIndicators } from '../services/indicator.service';
import { availableDates, indicatorTimeSeries } from '../values/indicator-values';
import { cachedIndicatorValues } from '../values/value-cache';
import { tenantContext } from '../services/tenant-context';
import {
	describeLayer,
	getUnit,
	listLayers,
	listUnits,
	unitFeatures
} from '../services/spatial-layer.service';
import { listDepartments, resolveTenant } from '../services/tenant.service';
import { listUsers } from '../services/user.service';
import { defineVariable, listVariables } from '../services/variable.service';
import { pageOf } from '../web/paging';
import { importSummaryPage } from './presenters/imports';
import * as indicatorPresenters from './presenters/indicators';
import * as spatialPresenters from './presenters/spatial';
import { timeSeriesResource } from './presenters/values';
import { AppError } from '../../core/errors';
import { apiError } from '../web/respond';
import { errorSchema, healthSchema } from './schemas/common';
import * as facilities from './schemas/facilities';
import { importSchema, importSummaryPageSchema } from './schemas/imports';
import * as indicators from './schemas/indicators';
import * as spatial from './schemas/spatial';
import * as tenant from './schemas/tenant';
import * as values from './schemas/values';
import { valuePageBody } from './value-page';

/**
 * Real answers against the schemas the OpenAPI document is generated from: each body is built from
 * the service result the way its route builds it, sent through JSON, and must parse to itself. zod
 * drops a key its schema does not know, so a field added to an answer but not to its schema (or
 * one of another type) fails here instead of going undocumented.
 */
let handle: DatabaseHandle;
let world: TenantWorld;
const slug = 'berlin';
const D = '2020-12-31';
const as = () => contextFor(handle.db, world.users.planner.actor);
const url = (route: string) => new URL(`http://localhost/api/v1/tenants/${slug}/${route}`);
const paging = { limit: 100, offset: 0 };

function expectDocumented(schema: z.ZodType, body: unknown) {
	const json = JSON.parse(typeof body === 'string' ? body : JSON.stringify(body));
	const parsed = schema.safeParse(json);
	expect(parsed.error?.issues ?? [], 'Antwort widerspricht dem Schema').toEqual([]);
	expect(parsed.data, 'Antwort hat Felder, die das Schema nicht kennt').toStrictEqual(json);
}

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, slug);
	const root = contextFor(handle.db, system);
	const fixture = path.resolve('test/fixtures/good/planungsraeume-25833.geojson');
	await importUnits(await tenantContext(root, slug), {
		layer: { code: 'planungsraum', name: 'Planungsraum', metricSrid: 25833 },
		files: [{ name: 'planungsraeume.geojson', bytes: new Uint8Array(readFileSync(fixture)) }],
		options: { crs: 25833, code: 'SCHLUESSEL' }
	});
	const units = await listUnits(await tenantContext(root, slug), 'planungsraum');
	const ew = await defineVariable(await tenantContext(root, slug), {
		code: 'ew',
		name: 'Einwohner',
		kind: 'count'
	});
	const kids = await defineVariable(await tenantContext(root, slug), {
		code: 'u6',
		name: 'Kinder unter 6',
		kind: 'count'
	});
	const [imported] = await handle.db
		.insert(dataImport)
		.values({
			tenantId: world.tenantId,
			kind: 'observations',
			fileName: 't.csv',
			sha256: '-',
			actor: 't',
			rows: 6
		})
		.returning();
	await handle.db.insert(observation).values(
		units.flatMap((u, i) =>
			[
				[ew.id, 1000 + i],
				[kids.id, 60 + i]
			].map(([variableId, value]) => ({
				tenantId: world.tenantId,
				variableId: variableId as string,
				unitId: u.id,
				date: D,
				value: value as number,
				importId: imported!.id
			}))
		)
	);
	await defineIndicator(await tenantContext(root, slug), {
		code: 'u6q',
		name: 'Anteil unter 6',
		kind: 'rate',
		numerator: 'u6',
		denominator: 'ew'
	});
	const [inside] = await queryRows<{ lon: number; lat: number }>(
		handle.db,
		sql`select ST_X(p.g) as lon, ST_Y(p.g) as lat from spatial_unit u,
			lateral (select ST_PointOnSurface(u.geom) as g) p
			where u.tenant_id = ${world.tenantId} and u.geom is not null order by u.code limit 1`
	);
	await createFacility(await tenantContext(root, slug), {
		code: 'kita-1',
		name: 'Kita Sonnenschein',
		kind: 'kita',
		lat: Number(inside!.lat),
		lon: Number(inside!.lon),
		providerId: world.providerId,
		departmentId: world.jugendamtId,
		capacities: { u3: 20, ue3: null }
	});
}, 300_000);
afterAll(() => handle?.close());

describe('answers of the API fit the schemas of the OpenAPI document', () => {
	it('health', () => {
		expectDocumented(healthSchema, { status: runtimeStatus() });
	});

	it('tenant, departments and members', async () => {
		const found = await resolveTenant(as(), slug);
		const departments = await listDepartments(await tenantContext(as(), slug));
		expectDocumented(tenant.tenantSchema, { ...found, departments });
		const admin = contextFor(handle.db, world.users.admin.actor);
		for (const member of await listUsers(await tenantContext(admin, slug)))
			expectDocumented(tenant.memberSchema, member);
	});

	it('imports', async () => {
		const result = await listImports(await tenantContext(as(), slug), paging);
		expect(result.imports.length).toBeGreaterThan(0);
		const page = importSummaryPage(result, { limit: 1, offset: 0 }, url('imports'));
		expect(page.next).not.toBeNull();
		expectDocumented(importSummaryPageSchema, page);
		for (const item of result.imports)
			expectDocumented(importSchema, await getImport(await tenantContext(as(), slug), item.id));
	});

	it('layers and units, also as GeoJSON', async () => {
		const layers = await listLayers(await tenantContext(as(), slug));
		expectDocumented(
			spatial.layerPageSchema,
			pageOf(layers.map(spatialPresenters.layerResource), paging, url('layers'))
		);
		expectDocumented(
			spatial.layerSchema,
			spatialPresenters.layerResource(await describeLayer(await tenantContext(as(), slug), 'planungsraum'))
		);
		const units = await listUnits(await tenantContext(as(), slug), 'planungsraum');
		const page = pageOf(
			units.map(spatialPresenters.unitResource),
			{ limit: 2, offset: 0 },
			url('layers/planungsraum/units')
		);
		expect(page.next).not.toBeNull();
		expectDocumented(spatial.unitPageSchema, page);
		const unit = await getUnit(await tenantContext(as(), slug), 'planungsraum', units[0]!.code);
		expectDocumented(spatial.unitSchema, spatialPresenters.unitResource(unit));
		const collection = await unitFeatures(await tenantContext(as(), slug), 'planungsraum', {});
		expectDocumented(spatial.unitFeatureCollectionSchema, collection);
	});

	it('variables and indicators', async () => {
		const variables = await listVariables(await tenantContext(as(), slug));
		expectDocumented(
			indicators.variablePageSchema,
			pageOf(variables.map(indicatorPresenters.variableResource), paging, url('variables'))
		);
		const list = await listIndicators(await tenantContext(as(), slug));
		expectDocumented(
			indicators.indicatorPageSchema,
			pageOf(list.map(indicatorPresenters.indicatorResource), paging, url('indicators'))
		);
		const sheet = await getIndicator(await tenantContext(as(), slug), 'u6q');
		const dates = await availableDates(await tenantContext(as(), slug), 'u6q');
		expect(dates).toEqual([D]);
		expectDocumented(
			indicators.indicatorDetailSchema,
			indicatorPresenters.indicatorDetailResource(sheet, dates)
		);
	});

	it('indicator values of a layer and of one unit over time', async () => {
		const set = await cachedIndicatorValues(await tenantContext(as(), slug), {
			indicator: 'u6q',
			layer: 'planungsraum'
		});
		expect(set.values.some((v) => v.value !== null)).toBe(true);
		const bytes = valuePageBody(set, paging, url('indicators/u6q/values?layer=planungsraum'));
		expectDocumented(values.indicatorValuePageSchema, Buffer.from(bytes).toString('utf8'));
		const unit = set.values[0]!;
		const items = await indicatorTimeSeries(await tenantContext(as(), slug), {
			indicator: 'u6q',
			layer: 'planungsraum',
			unit: unit.code
		});
		const sheet = await getIndicator(await tenantContext(as(), slug), 'u6q');
		expectDocumented(
			values.timeSeriesSchema,
			timeSeriesResource(sheet.indicator, 'planungsraum', unit, items)
		);
	});

	it('facilities, their kinds and Träger', async () => {
		const list = await listFacilities(await tenantContext(as(), slug), { search: '' });
		expect(list).toHaveLength(1);
		expectDocumented(facilities.facilityPageSchema, pageOf(list, paging, url('facilities')));
		expectDocumented(
			facilities.facilityDetailSchema,
			await getFacility(await tenantContext(as(), slug), list[0]!.id)
		);
		for (const kind of await listFacilityKinds(await tenantContext(as(), slug)))
			expectDocumented(facilities.facilityKindSchema, kind);
		for (const provider of await listProviders(await tenantContext(as(), slug)))
			expectDocumented(facilities.providerSchema, provider);
	});

	it('errors, with the fields of an invalid input', async () => {
		const refused = new AppError('validation.invalid', { details: 'x' }, { limit: 'zu groß' });
		expectDocumented(errorSchema, await apiError(refused).text());
		expectDocumented(errorSchema, await apiError(new Error('intern')).text());
	});

	it('fails an answer with a field its schema does not know', () => {
		expect(() => expectDocumented(healthSchema, { status: 'ready', extra: 1 })).toThrow();
	});
});
