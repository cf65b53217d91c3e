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
const admin = () => tenantContext(as(world.users.admin.actor), 'berlin');

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
	const page = await listAudit(await admin(), { pageSize: 500 });
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
		await createProvider(await tenantContext(contextFor(handle.db, system), 'berlin'), {
			name: 'Anderer Träger'
		})
	).id;
}, 300_000);
afterAll(() => handle?.close());

describe('create, update, delete', () => {
	it('creates a facility, finds it in its Planungsraum and audits the creation', async () => {
		const input = kita({ departmentId: world.jugendamtId, providerId: world.providerId });
		const id = await createFacility(await admin(), input);
		const detail = await getFacility(await admin(), id);
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
		const id = await createFacility(await admin(), kita({ lat: '52,50581', lon: '13,55291' }));
		const location = (await getFacility(await admin(), id)).locations.find(
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
		const id = await createFacility(await admin(), input);
		await updateFacility(await admin(), id, {
			...input,
			name: 'Kita Regenbogen',
			capacities: { u3: '', ue3: '50' }
		});
		const detail = await getFacility(await admin(), id);
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
		const id = await createFacility(await admin(), input);
		await deleteFacility(await admin(), id);
		expect((await refusal(async () => getFacility(await admin(), id))).code).toBe('facility.not_found');
		const entry = (await auditOf(id)).find((e) => e.action === 'delete');
		expect(entry?.before).toMatchObject({ code: input.code });
	});
});

describe('bad input', () => {
	it('refuses a duplicate code at the code field', async () => {
		const input = kita();
		await createFacility(await admin(), input);
		const error = await refusal(async () => createFacility(await admin(), { ...input, name: 'Zweite' }));
		expect(error.code).toBe('facility.duplicate');
		expect(error.fields).toHaveProperty('code');
	});

	it('refuses a point in Munich: outside the tenant’s area', async () => {
		const before = (await listFacilities(await admin())).length;
		const error = await refusal(async () =>
			createFacility(await admin(), kita({ lat: 48.137, lon: 11.575 }))
		);
		expect(error.code).toBe('facility.outside_area');
		expect((await listFacilities(await admin())).length).toBe(before);
	});

	it('refuses an unknown kind and negative places', async () => {
		expect(
			(await refusal(async () => createFacility(await admin(), kita({ kind: 'raumstation' })))).code
		).toBe('facility_kind.not_found');
		const negative = await refusal(async () =>
			createFacility(await admin(), kita({ capacities: { u3: -3 } }))
		);
		expect(negative.code).toBe('validation.invalid');
		expect(negative.fields).toHaveProperty(['capacities.u3']);
	});
});

describe('who may', () => {
	it('lets a department planner write only facilities of their own department', async () => {
		const planner = await tenantContext(as(world.users.department_planner.actor), 'berlin');
		const own = await createFacility(planner, kita({ departmentId: world.jugendamtId }));
		expect(own).toBeTruthy();
		expect(
			(await refusal(() => createFacility(planner, kita({ departmentId: world.schulamtId })))).code
		).toBe('auth.forbidden');
		const theirs = await createFacility(await admin(), kita({ departmentId: world.schulamtId }));
		expect((await refusal(() => deleteFacility(planner, theirs))).code).toBe('auth.forbidden');
		// Nor can they move their own facility into another department.
		const moved = await refusal(() => updateFacility(planner, own, kita({ departmentId: world.schulamtId })));
		expect(moved.code).toBe('auth.forbidden');
	});

	it('shows a Träger only its own facilities and lets it not hand one to another Träger', async () => {
		const provider = await tenantContext(as(world.users.provider.actor), 'berlin');
		const mine = kita({ providerId: world.providerId });
		const mineId = await createFacility(provider, mine);
		const othersId = await createFacility(await admin(), kita({ providerId: otherProviderId }));
		const listed = await listFacilities(provider);
		expect(listed.length).toBeGreaterThan(0);
		expect(listed.every((f) => f.providerId === world.providerId)).toBe(true);
		expect(listed.map((f) => f.id)).toContain(mineId);
		expect((await refusal(() => getFacility(provider, othersId))).code).toBe('facility.not_found');
		expect(
			(await refusal(() => updateFacility(provider, othersId, kita({ providerId: world.providerId })))).code
		).toBe('auth.forbidden');
		const handed = await refusal(() =>
			updateFacility(provider, mineId, { ...mine, providerId: otherProviderId })
		);
		expect(handed.code).toBe('auth.forbidden');
		await updateFacility(provider, mineId, { ...mine, capacities: { u3: 22, ue3: 40 } });
		expect((await getFacility(provider, mineId)).capacities[0]).toEqual({ code: 'u3', places: 22 });
	});

	it('refuses a viewer writing and a foreign tenant reading', async () => {
		expect(
			(
				await refusal(async () =>
					createFacility(await tenantContext(as(world.users.viewer.actor), 'berlin'), kita())
				)
			).code
		).toBe('auth.forbidden');
		expect(
			(
				await refusal(async () =>
					listFacilities(await tenantContext(as(foreign.users.admin.actor), 'berlin'))
				)
			).code
		).toBe('auth.foreign_tenant');
	});
});

describe('taxonomy of kinds', () => {
	it('creates a kind, then changes it by its code; both audited', async () => {
		const created = await saveFacilityKind(await admin(), {
			code: 'familienbuero',
			name: 'Familienbüro',
			lifePhases: ['alter_0_3'],
			capacityCodes: 'plaetze'
		});
		const changed = await saveFacilityKind(await admin(), {
			code: 'familienbuero',
			name: 'Familienbüro (Bezirk)',
			lifePhases: ['alter_0_3', 'alter_3_6'],
			ageFrom: '0',
			ageTo: '6',
			capacityCodes: ''
		});
		expect(changed.id).toBe(created.id);
		const kinds = await listFacilityKinds(await admin());
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
		const error = await refusal(async () =>
			saveFacilityKind(await tenantContext(as(world.users.viewer.actor), 'berlin'), {
				code: 'verboten',
				name: 'Verboten'
			})
		);
		expect(error.code).toBe('auth.forbidden');
	});
});
