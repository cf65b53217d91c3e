import { formNumber } from '../../core/data/numbers';
import { z } from 'zod';
import { membershipIn } from '../../core/auth/policy';
import { AppError } from '../../core/errors';
import { isCapacityCode } from '../../core/facility/capacity-codes';
import type { Capacity } from '../../core/facility/facility';
import { matchesSearch } from '../../core/facility/facility-list';
import type { Database } from '../db/client';
import { findDepartment } from '../repositories/tenant.repository';
import { findFacilityKindByCode } from '../repositories/facility-kind.repository';
import {
	deleteFacility as deleteFacilityRow,
	findFacilityByCode,
	insertFacility,
	listFacilities as listFacilityRows,
	locateFacility,
	pointInTenantArea,
	replaceCapacities,
	updateFacility as updateFacilityRow,
	type FacilityFilter,
	type FacilityListItem,
	type FacilityLocation,
	type FacilityValues
} from '../repositories/facility.repository';
import { findProvider } from '../repositories/provider.repository';
import { recordChange } from './audit.service';
import { authorize, type ServiceContext } from './context';
import type { TenantContext } from './tenant-context';
import { parseInput } from './validation';

/**
 * The facility register (Angebote und Einrichtungen). Internal roles read every facility; a
 * provider (Träger) reads and keeps only its own. Every change is authorized on the facility as it
 * was and as it will be (a Träger cannot hand a facility to another Träger, a department planner
 * cannot move one out of their department) and audited with before and after.
 */

/** The provider whose facilities the actor may see, or null when the actor reads them all. */
function ownProviderOnly(ctx: ServiceContext, tenantId: string): string | null {
	const membership = membershipIn(ctx.actor, tenantId);
	if (membership?.role !== 'provider') {
		authorize(ctx, 'data.read', { tenantId });
		return null;
	}
	if (!membership.providerId) throw new AppError('auth.forbidden');
	return membership.providerId;
}

/** The register, filtered by kind, provider, department and a text search (every word must occur). */
export async function listFacilities(
	tc: TenantContext,
	{ search = '', ...filter }: Omit<FacilityFilter, 'facilityId'> & { search?: string } = {}
): Promise<FacilityListItem[]> {
	const own = ownProviderOnly(tc, tc.tenant.id);
	const rows = await listFacilityRows(tc.db, tc.tenant.id, own ? { ...filter, providerId: own } : filter);
	return rows.filter((f) => matchesSearch(f, search));
}

export interface FacilityDetail extends FacilityListItem {
	/** The unit of every layer that contains it; unitId null where it lies outside the layer's units. */
	locations: FacilityLocation[];
}

export async function getFacility(tc: TenantContext, facilityId: string): Promise<FacilityDetail> {
	const own = ownProviderOnly(tc, tc.tenant.id);
	const found = await findById(tc.db, tc.tenant.id, facilityId);
	if (!found || (own && found.providerId !== own))
		throw new AppError('facility.not_found', { facility: facilityId });
	return { ...found, locations: await locateFacility(tc.db, tc.tenant.id, found.id) };
}

async function findById(db: Database, tenantId: string, id: string): Promise<FacilityListItem | undefined> {
	if (!z.uuid().safeParse(id).success) return undefined;
	const [row] = await listFacilityRows(db, tenantId, { facilityId: id });
	return row;
}

const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.nullish()
		.transform((v) => v || null);
const optionalId = z
	.uuid({ error: 'Bitte wählen Sie einen Eintrag aus der Liste.' })
	.nullish()
	.or(z.literal(''))
	.transform((v) => v || null);
const optionalNumber = (min: number, max: number) =>
	z
		.union([z.number(), z.string().trim()])
		.nullish()
		.transform((v, c) => {
			if (v === null || v === undefined || v === '') return null;
			const n = typeof v === 'number' ? v : formNumber(v);
			if (!Number.isFinite(n) || n < min || n > max) {
				c.addIssue({ code: 'custom', message: `eine Zahl von ${min} bis ${max}` });
				return z.NEVER;
			}
			return n;
		});
const requiredNumber = (min: number, max: number, message: string) =>
	optionalNumber(min, max).refine((v) => v !== null, message) as unknown as z.ZodType<number>;
const optionalDate = z
	.string()
	.trim()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum als JJJJ-MM-TT')
	.nullish()
	.or(z.literal(''))
	.transform((v) => v || null);

/** Places per capacity code: an empty field is "not known" (null), never 0. */
const capacitiesInput = z
	.record(
		z.string().refine(isCapacityCode, 'Kapazitätskürzel: Kleinbuchstaben, Ziffern, Unterstrich'),
		z.union([z.number(), z.string().trim(), z.null()])
	)
	.default({})
	.transform((record, c) => {
		const capacities: Capacity[] = [];
		for (const [code, raw] of Object.entries(record)) {
			if (raw === null || raw === '') {
				capacities.push({ code, places: null });
				continue;
			}
			const places = typeof raw === 'number' ? raw : Number(raw);
			if (!Number.isInteger(places) || places < 0) {
				c.addIssue({
					code: 'custom',
					path: [code],
					message: 'Plätze als ganze Zahl ab 0 (leer lassen, wenn unbekannt)'
				});
				continue;
			}
			capacities.push({ code, places });
		}
		return capacities.sort((a, b) => (a.code < b.code ? -1 : 1));
	});

const facilityInput = z
	.object({
		code: z.string().trim().min(1).max(64),
		name: z.string().trim().min(2).max(300),
		kind: z.string().trim().min(1, 'Bitte wählen Sie eine Angebotsart.'),
		providerId: optionalId,
		departmentId: optionalId,
		lifePhases: z
			.array(z.string().regex(/^[a-z0-9_]{1,40}$/))
			.nullish()
			.transform((v) => (v && v.length > 0 ? v : null)),
		ageFrom: optionalNumber(0, 120),
		ageTo: optionalNumber(0, 130),
		street: optionalText(200),
		postcode: optionalText(10),
		place: optionalText(100),
		lat: requiredNumber(-90, 90, 'Bitte geben Sie die geografische Breite an (WGS84, z. B. 52,52).'),
		lon: requiredNumber(-180, 180, 'Bitte geben Sie die geografische Länge an (WGS84, z. B. 13,40).'),
		validFrom: optionalDate,
		validTo: optionalDate,
		capacities: capacitiesInput
	})
	.refine((v) => v.ageFrom === null || v.ageTo === null || v.ageFrom < v.ageTo, {
		path: ['ageTo'],
		message: 'Das Höchstalter muss über dem Mindestalter liegen.'
	})
	.refine((v) => !v.validFrom || !v.validTo || v.validFrom <= v.validTo, {
		path: ['validTo'],
		message: 'Das Ende der Gültigkeit liegt vor ihrem Beginn.'
	});

type FacilityInput = z.output<typeof facilityInput>;

/** Resolves kind, provider and department of the input and checks the location. */
async function facilityValues(db: Database, tenantId: string, input: FacilityInput): Promise<FacilityValues> {
	const kind = await findFacilityKindByCode(db, tenantId, input.kind);
	if (!kind) throw new AppError('facility_kind.not_found', { kind: input.kind }, { kind: 'unbekannt' });
	if (input.providerId && !(await findProvider(db, tenantId, input.providerId)))
		throw new AppError('provider.not_found', { provider: input.providerId }, { providerId: 'unbekannt' });
	if (input.departmentId && !(await findDepartment(db, tenantId, input.departmentId)))
		throw new AppError('department.not_found', {}, { departmentId: 'unbekannt' });
	if ((await pointInTenantArea(db, tenantId, input.lon, input.lat)) === 'outside')
		throw new AppError(
			'facility.outside_area',
			{ lat: input.lat, lon: input.lon },
			{ lat: 'außerhalb des Gebiets', lon: 'außerhalb des Gebiets' }
		);
	const { kind: _kind, capacities: _capacities, ...rest } = input;
	return { ...rest, kindId: kind.id };
}

function auditView(values: FacilityValues, capacities: readonly Capacity[]) {
	return { ...values, capacities };
}

export async function createFacility(tc: TenantContext, input: unknown): Promise<string> {
	const values = parseInput(facilityInput, input);
	authorize(tc, 'facilities.write', {
		tenantId: tc.tenant.id,
		departmentId: values.departmentId,
		providerId: values.providerId
	});
	return tc.db.transaction(async (tx) => {
		if (await findFacilityByCode(tx, tc.tenant.id, values.code))
			throw new AppError('facility.duplicate', { facility: values.code }, { code: 'schon vergeben' });
		const stored = await facilityValues(tx, tc.tenant.id, values);
		const id = await insertFacility(tx, tc.tenant.id, stored);
		await replaceCapacities(tx, tc.tenant.id, id, values.capacities);
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'facility',
			entityId: id,
			action: 'create',
			after: auditView(stored, values.capacities)
		});
		return id;
	});
}

function storedValues(row: FacilityListItem): FacilityValues {
	return {
		code: row.code,
		name: row.name,
		kindId: row.kindId,
		providerId: row.providerId,
		departmentId: row.departmentId,
		lifePhases: row.lifePhases,
		ageFrom: row.ageFrom,
		ageTo: row.ageTo,
		street: row.street,
		postcode: row.postcode,
		place: row.place,
		lon: row.lon,
		lat: row.lat,
		validFrom: row.validFrom,
		validTo: row.validTo
	};
}

export async function updateFacility(tc: TenantContext, facilityId: string, input: unknown): Promise<void> {
	const values = parseInput(facilityInput, input);
	await tc.db.transaction(async (tx) => {
		const before = await findById(tx, tc.tenant.id, facilityId);
		if (!before) throw new AppError('facility.not_found', { facility: facilityId });
		// Allowed to change it as it is, and to make it what it becomes.
		authorize(tc, 'facilities.write', {
			tenantId: tc.tenant.id,
			departmentId: before.departmentId,
			providerId: before.providerId
		});
		authorize(tc, 'facilities.write', {
			tenantId: tc.tenant.id,
			departmentId: values.departmentId,
			providerId: values.providerId
		});
		const other = await findFacilityByCode(tx, tc.tenant.id, values.code);
		if (other && other.id !== before.id)
			throw new AppError('facility.duplicate', { facility: values.code }, { code: 'schon vergeben' });
		const stored = await facilityValues(tx, tc.tenant.id, values);
		await updateFacilityRow(tx, tc.tenant.id, before.id, stored, tc.now);
		await replaceCapacities(tx, tc.tenant.id, before.id, values.capacities);
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'facility',
			entityId: before.id,
			action: 'update',
			before: auditView(storedValues(before), before.capacities),
			after: auditView(stored, values.capacities)
		});
	});
}

export async function deleteFacility(tc: TenantContext, facilityId: string): Promise<void> {
	await tc.db.transaction(async (tx) => {
		const before = await findById(tx, tc.tenant.id, facilityId);
		if (!before) throw new AppError('facility.not_found', { facility: facilityId });
		authorize(tc, 'facilities.write', {
			tenantId: tc.tenant.id,
			departmentId: before.departmentId,
			providerId: before.providerId
		});
		await deleteFacilityRow(tx, tc.tenant.id, before.id);
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'facility',
			entityId: before.id,
			action: 'delete',
			before: auditView(storedValues(before), before.capacities)
		});
	});
}
