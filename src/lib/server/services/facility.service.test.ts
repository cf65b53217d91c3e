import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor, createTenantWorld, system, type TenantWorld } from '../../../../test/support/fixtures';
import { createTestDatabase } from '../../../../test/support/test-db';
import type { Actor } from '../../core/auth/policy';
import { AppError } from '../../core/errors';
import type { DatabaseHandle } from '../db/client';
import { queryRows } from '../db/raw-query';
import { berlinDataDir } from '../seed/berlin';
import { listAudit } from './audit.service';
import {
	createFacility,
	deleteFacility,
	getFacility,
	listFacilities,
	updateFacility
} from './facility.service';
import { createProvider, listFacilityKinds, saveFacilityKind } from './facility-taxonomy.service';
import { importUnits } from './import.service';
import { tenantContext } from './tenant-context';

/**
 * The facility register against a tenant with Berlin's Planungsräume: create, change and delete
 * with audit; refusals (duplicate code, a point outside the tenant's area, an unknown kind, a
 * department or Träger acting beyond its own facilities, a foreign tenant); the assignment of a
 * facility to the Planungsraum that contains it; and the taxonomy of kinds.
 */
let handle: DatabaseHandle;
let world: TenantWorld;
let foreign: TenantWorld;
/** A Planungsraum and a point inside it, computed by PostGIS independently of the service. */
let probe: { code: string; name: string; lon: number; lat: number };
let otherProviderId: string;

const as = (actor: Actor) => contextFor(handle.db, actor);
const admin = () => as(world.users.admin.actor);

function code(prefix: string): string {
	return `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A valid input at the probe point; override what a case needs. */
function kita(overrides: Record<string, unknown> = {}) {
	return {
		code: code('kita'),
		name: 'Kita Sonnenschein',
		kind: 'kita',
		lat: probe.lat,
		lon: probe.lon,
		capacities: { u3: 20, ue3: 45 },
		...overrides
	};
}

async function refusal(
	run: () => Promise<unknown>
): Promise<{ code: string; fields?: Record<string, string> }> {
	try {
		await run();
	} catch (caught) {
		if (caught instanceof AppError) return { code: caught.code, fields: caught.fields };
		throw caught;
	}
	throw new Error('expected a refusal');
}

async function auditOf(entityId: string) {
	const page = await listAudit(await tenantContext(admin(), 'berlin'), { pageSize: 500 });
	return page.entries.filter((e) => e.entityId === entityId);
}

beforeAll(async () => {
	handle = await createTestDatabase();
	world = await createTenantWorld(handle.db, 'berlin');
	foreign = await createTenantWorld(handle.db, 'fremd');
	await importUnits(await tenantContext(contextFor(handle.db, system), 'berlin'), {
		layer: { code: 'planungsraum', name: 'Planungsraum', metricSrid: 25833 },
		files: [
			{
				name: 'planungsraum.geojson',
				bytes: new Uint8Array(readFileSync(path.join(berlinDataDir, 'planungsraum.geojson')))
			}
		],
		options: { crs: 25833, code: 'SCHLUESSEL' }
	});
	const [row] = await queryRows<{ code: string; name: string; lon: number; lat: number }>(
		handle.db,
		sql`select u.code, u.name, ST_X(p.g) as lon, ST_Y(p.g) as lat
			from spatial_unit u, lateral (select ST_PointOnSurface(u.geom) as g) p
			where u.tenant_id = ${world.tenantId} and u.geom is not null order by u.code offset 100 limit 1`
	);
	probe = { code: row!.code, name: row!.name, lon: Number(row!.lon), lat: Number(row!.lat) };
	otherProviderId = (
		await createProvider(contextFor(handle.db, system), 'berlin', { name: 'Anderer Träger' })
	).id;
}, 300_000);
afterAll(() => handle?.close());

describe('create, update, delete', () => {
	it('creates a facility, finds it in its Planungsraum and audits the creation', async () => {
		const input = kita({ departmentId: world.jugendamtId, providerId: world.providerId });
		const id = await createFacility(admin(), 'berlin', input);
		const detail = await getFacility(admin(), 'berlin', id);
		expect(detail).toMatchObject({ code: input.code, kindCode: 'kita', departmentId: world.jugendamtId });
		expect(detail.capacities).toEqual([
			{ code: 'u3', places: 20 },
			{ code: 'ue3', places: 45 }
		]);
		expect(detail.lat).toBeCloseTo(probe.lat, 9);
		const planungsraum = detail.locations.find((l) => l.layerCode === 'planungsraum');
		expect(planungsraum).toMatchObject({ unitCode: probe.code, unitName: probe.name });
		const audit = await auditOf(id);
		expect(audit.map((e) => e.action)).toEqual(['create']);
		expect(audit[0]!.after).toMatchObject({ code: input.code, capacities: detail.capacities });
	});

	it('places the Kita "casa dei bambini" (52.50581, 13.55291) in a Planungsraum of Biesdorf', async () => {
		const id = await createFacility(admin(), 'berlin', kita({ lat: '52,50581', lon: '13,55291' }));
		const location = (await getFacility(admin(), 'berlin', id)).locations.find(
			(l) => l.layerCode === 'planungsraum'
		);
		// The containing unit, asked of PostGIS directly.
		const [expected] = await queryRows<{ code: string }>(
			handle.db,
			sql`select code from spatial_unit where tenant_id = ${world.tenantId}
				and ST_Contains(geom, ST_SetSRID(ST_MakePoint(13.55291, 52.50581), 4326))`
		);
		expect(location?.unitCode).toBe(expected!.code);
		// Berlin's Planungsraum keys start with the Bezirk: 10 is Marzahn-Hellersdorf, home of Biesdorf.
		expect(location?.unitCode?.slice(0, 2)).toBe('10');
	});

	it('updates places and audits before and after; empty places are unknown (null), not 0', async () => {
		const input = kita();
		const id = await createFacility(admin(), 'berlin', input);
		await updateFacility(admin(), 'berlin', id, {
			...input,
			name: 'Kita Regenbogen',
			capacities: { u3: '', ue3: '50' }
		});
		const detail = await getFacility(admin(), 'berlin', id);
		expect(detail.name).toBe('Kita Regenbogen');
		expect(detail.capacities).toEqual([
			{ code: 'u3', places: null },
			{ code: 'ue3', places: 50 }
		]);
		const update = (await auditOf(id)).find((e) => e.action === 'update');
		expect(update?.before).toMatchObject({
			name: 'Kita Sonnenschein',
			capacities: [
				{ code: 'u3', places: 20 },
				{ code: 'ue3', places: 45 }
			]
		});
		expect(update?.after).toMatchObject({
			name: 'Kita Regenbogen',
			capacities: [
				{ code: 'u3', places: null },
				{ code: 'ue3', places: 50 }
			]
		});
	});

	it('deletes and audits the deletion with the last state', async () => {
		const input = kita();
		const id = await createFacility(admin(), 'berlin', input);
		await deleteFacility(admin(), 'berlin', id);
		expect((await refusal(() => getFacility(admin(), 'berlin', id))).code).toBe('facility.not_found');
		const entry = (await auditOf(id)).find((e) => e.action === 'delete');
		expect(entry?.before).toMatchObject({ code: input.code });
	});
});

describe('bad input', () => {
	it('refuses a duplicate code at the code field', async () => {
		const input = kita();
		await createFacility(admin(), 'berlin', input);
		const error = await refusal(() => createFacility(admin(), 'berlin', { ...input, name: 'Zweite' }));
		expect(error.code).toBe('facility.duplicate');
		expect(error.fields).toHaveProperty('code');
	});

	it('refuses a point in Munich: outside the tenant’s area', async () => {
		const before = (await listFacilities(admin(), 'berlin')).length;
		const error = await refusal(() => createFacility(admin(), 'berlin', kita({ lat: 48.137, lon: 11.575 })));
		expect(error.code).toBe('facility.outside_area');
		expect((await listFacilities(admin(), 'berlin')).length).toBe(before);
	});

	it('refuses an unknown kind and negative places', async () => {
		expect((await refusal(() => createFacility(admin(), 'berlin', kita({ kind: 'raumstation' })))).code).toBe(
			'facility_kind.not_found'
		);
		const negative = await refusal(() => createFacility(admin(), 'berlin', kita({ capacities: { u3: -3 } })));
		expect(negative.code).toBe('validation.invalid');
		expect(negative.fields).toHaveProperty(['capacities.u3']);
	});
});

describe('who may', () => {
	it('lets a department planner write only facilities of their own department', async () => {
		const planner = as(world.users.department_planner.actor);
		const own = await createFacility(planner, 'berlin', kita({ departmentId: world.jugendamtId }));
		expect(own).toBeTruthy();
		expect(
			(await refusal(() => createFacility(planner, 'berlin', kita({ departmentId: world.schulamtId })))).code
		).toBe('auth.forbidden');
		const theirs = await createFacility(admin(), 'berlin', kita({ departmentId: world.schulamtId }));
		expect((await refusal(() => deleteFacility(planner, 'berlin', theirs))).code).toBe('auth.forbidden');
		// Nor can they move their own facility into another department.
		const moved = await refusal(() =>
			updateFacility(planner, 'berlin', own, kita({ departmentId: world.schulamtId }))
		);
		expect(moved.code).toBe('auth.forbidden');
	});

	it('shows a Träger only its own facilities and lets it not hand one to another Träger', async () => {
		const provider = as(world.users.provider.actor);
		const mine = kita({ providerId: world.providerId });
		const mineId = await createFacility(provider, 'berlin', mine);
		const othersId = await createFacility(admin(), 'berlin', kita({ providerId: otherProviderId }));
		const listed = await listFacilities(provider, 'berlin');
		expect(listed.length).toBeGreaterThan(0);
		expect(listed.every((f) => f.providerId === world.providerId)).toBe(true);
		expect(listed.map((f) => f.id)).toContain(mineId);
		expect((await refusal(() => getFacility(provider, 'berlin', othersId))).code).toBe('facility.not_found');
		expect(
			(
				await refusal(() =>
					updateFacility(provider, 'berlin', othersId, kita({ providerId: world.providerId }))
				)
			).code
		).toBe('auth.forbidden');
		const handed = await refusal(() =>
			updateFacility(provider, 'berlin', mineId, { ...mine, providerId: otherProviderId })
		);
		expect(handed.code).toBe('auth.forbidden');
		await updateFacility(provider, 'berlin', mineId, { ...mine, capacities: { u3: 22, ue3: 40 } });
		expect((await getFacility(provider, 'berlin', mineId)).capacities[0]).toEqual({ code: 'u3', places: 22 });
	});

	it('refuses a viewer writing and a foreign tenant reading', async () => {
		expect((await refusal(() => createFacility(as(world.users.viewer.actor), 'berlin', kita()))).code).toBe(
			'auth.forbidden'
		);
		expect((await refusal(() => listFacilities(as(foreign.users.admin.actor), 'berlin'))).code).toBe(
			'auth.foreign_tenant'
		);
	});
});

describe('taxonomy of kinds', () => {
	it('creates a kind, then changes it by its code; both audited', async () => {
		const created = await saveFacilityKind(admin(), 'berlin', {
			code: 'familienbuero',
			name: 'Familienbüro',
			lifePhases: ['alter_0_3'],
			capacityCodes: 'plaetze'
		});
		const changed = await saveFacilityKind(admin(), 'berlin', {
			code: 'familienbuero',
			name: 'Familienbüro (Bezirk)',
			lifePhases: ['alter_0_3', 'alter_3_6'],
			ageFrom: '0',
			ageTo: '6',
			capacityCodes: ''
		});
		expect(changed.id).toBe(created.id);
		const kinds = await listFacilityKinds(admin(), 'berlin');
		expect(kinds.find((k) => k.code === 'familienbuero')).toMatchObject({
			name: 'Familienbüro (Bezirk)',
			lifePhases: ['alter_0_3', 'alter_3_6'],
			ageFrom: 0,
			ageTo: 6,
			capacityCodes: []
		});
		const audit = await auditOf(created.id);
		expect(audit.map((e) => e.action).sort()).toEqual(['create', 'update']);
	});

	it('refuses a viewer changing the taxonomy', async () => {
		const error = await refusal(() =>
			saveFacilityKind(as(world.users.viewer.actor), 'berlin', { code: 'verboten', name: 'Verboten' })
		);
		expect(error.code).toBe('auth.forbidden');
	});
});
