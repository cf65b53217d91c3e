import { z } from 'zod';
import { membershipIn } from '../../core/auth/policy';
import { AppError } from '../../core/errors';
import { isCapacityCode } from '../../core/facility/capacity-codes';
import { providerSectors } from '../../core/facility/facility';
import {
	findFacilityKindByCode,
	insertFacilityKinds,
	listFacilityKinds as listKindRows,
	updateFacilityKind as updateKindRow,
	type FacilityKindRow
} from '../repositories/facility-kind.repository';
import {
	findProviderByName,
	insertProvider,
	listProviders as listProviderRows,
	type ProviderRow
} from '../repositories/provider.repository';
import { findDepartment } from '../repositories/tenant.repository';
import { recordChange } from './audit.service';
import { authorize, type ServiceContext } from './context';
import type { TenantContext } from './tenant-context';
import { parseInput } from './validation';

/**
 * The tenant's taxonomy of kinds (Angebotsarten) and its providers (Träger). Everyone who works
 * with facilities reads them (a Träger needs the kinds to fill in its forms); changing the
 * taxonomy is shared data of no department: planners and administration.
 */

function authorizeRead(ctx: ServiceContext, tenantId: string): void {
	if (membershipIn(ctx.actor, tenantId)?.role === 'provider') return;
	authorize(ctx, 'data.read', { tenantId });
}

export async function listFacilityKinds(tc: TenantContext): Promise<FacilityKindRow[]> {
	authorizeRead(tc, tc.tenant.id);
	return listKindRows(tc.db, tc.tenant.id);
}

const codeList = (check: (v: string) => boolean, message: string) =>
	z
		.union([z.array(z.string()), z.string()])
		.nullish()
		.transform((v) =>
			(Array.isArray(v) ? v : (v ?? '').split(/[,\s]+/)).map((s) => s.trim()).filter((s) => s.length > 0)
		)
		.refine((codes) => codes.every(check), message);

const optionalAge = z
	.union([z.number(), z.string().trim()])
	.nullish()
	.transform((v) => (v === null || v === undefined || v === '' ? null : Number(String(v).replace(',', '.'))))
	.refine((v) => v === null || (Number.isFinite(v) && v >= 0 && v <= 130), 'ein Alter von 0 bis 130 Jahren');

const kindInput = z.object({
	code: z
		.string()
		.trim()
		.regex(/^[a-z][a-z0-9_]{1,39}$/, 'Kürzel: Kleinbuchstaben, Ziffern, Unterstrich'),
	name: z.string().trim().min(2).max(200),
	lifePhases: codeList((c) => /^[a-z0-9_]{1,40}$/.test(c), 'Lebensphasen als Kürzel'),
	ageFrom: optionalAge,
	ageTo: optionalAge,
	capacityCodes: codeList(isCapacityCode, 'Kapazitätskürzel: Kleinbuchstaben, Ziffern, Unterstrich'),
	departmentId: z
		.uuid()
		.nullish()
		.or(z.literal(''))
		.transform((v) => v || null),
	description: z
		.string()
		.trim()
		.max(1000)
		.nullish()
		.transform((v) => v || null)
});

export async function saveFacilityKind(tc: TenantContext, input: unknown): Promise<FacilityKindRow> {
	const values = parseInput(kindInput, input);
	authorize(tc, 'data.write', { tenantId: tc.tenant.id, departmentId: null });
	return tc.db.transaction(async (tx) => {
		if (values.departmentId && !(await findDepartment(tx, tc.tenant.id, values.departmentId)))
			throw new AppError('department.not_found', {}, { departmentId: 'unbekannt' });
		const before = await findFacilityKindByCode(tx, tc.tenant.id, values.code);
		const { code, ...rest } = values;
		const after = before
			? await updateKindRow(tx, tc.tenant.id, before.id, rest)
			: (await insertFacilityKinds(tx, tc.tenant.id, [{ code, ...rest }]))[0];
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'facility_kind',
			entityId: after!.id,
			action: before ? 'update' : 'create',
			before: before ?? null,
			after
		});
		return after!;
	});
}

export async function listProviders(tc: TenantContext): Promise<ProviderRow[]> {
	const membership = membershipIn(tc.actor, tc.tenant.id);
	if (membership?.role === 'provider') {
		const all = await listProviderRows(tc.db, tc.tenant.id);
		return all.filter((p) => p.id === membership.providerId);
	}
	authorize(tc, 'data.read', { tenantId: tc.tenant.id });
	return listProviderRows(tc.db, tc.tenant.id);
}

const providerInput = z.object({
	name: z.string().trim().min(2).max(200),
	sector: z.enum(providerSectors).default('unbekannt')
});

export async function createProvider(tc: TenantContext, input: unknown): Promise<ProviderRow> {
	const values = parseInput(providerInput, input);
	authorize(tc, 'data.write', { tenantId: tc.tenant.id, departmentId: null });
	return tc.db.transaction(async (tx) => {
		if (await findProviderByName(tx, tc.tenant.id, values.name))
			throw new AppError('provider.duplicate', { provider: values.name }, { name: 'schon vorhanden' });
		const row = await insertProvider(tx, { tenantId: tc.tenant.id, ...values });
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'provider',
			entityId: row.id,
			action: 'create',
			after: row
		});
		return row;
	});
}
