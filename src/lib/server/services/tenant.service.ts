import { z } from 'zod';
import { defaultTopics } from '../../core/catalogue/default-topics';
import { insertMissingTopics } from '../repositories/topic.repository';
import { AppError } from '../../core/errors';
import { parentAllowed, slugPattern, tenantKinds } from '../../core/tenancy/tenant-kinds';
import {
	findTenantBySlug,
	insertDepartment,
	insertTenant,
	listAllTenants as listAllTenantRows,
	listDepartments as listDepartmentRows,
	listTenantsByIds,
	type DepartmentRow,
	type TenantRow
} from '../repositories/tenant.repository';
import { defaultFacilityKinds } from '../../core/facility/kinds';
import { insertFacilityKinds } from '../repositories/facility-kind.repository';
import { recordChange } from './audit.service';
import { authorize, type ServiceContext } from './context';
import type { TenantContext } from './tenant-context';
import { parseInput } from './validation';

/** Finds a tenant by its URL slug; the actor must belong to it. */
export async function resolveTenant(ctx: ServiceContext, slug: string): Promise<TenantRow> {
	const tenant = await findTenantBySlug(ctx.db, slug);
	if (!tenant) throw new AppError('tenant.not_found', { tenant: slug });
	authorize(ctx, 'tenant.read', { tenantId: tenant.id });
	return tenant;
}

export async function listMyTenants(ctx: ServiceContext): Promise<TenantRow[]> {
	if (ctx.actor.kind !== 'user') return [];
	return listTenantsByIds(
		ctx.db,
		ctx.actor.memberships.map((m) => m.tenantId)
	);
}

/** Every tenant of the installation: for its operator (CLI), not for the users of a tenant. */
export async function listAllTenants(ctx: ServiceContext): Promise<TenantRow[]> {
	if (ctx.actor.kind !== 'system') throw new AppError('auth.forbidden');
	return listAllTenantRows(ctx.db);
}

const tenantInput = z.object({
	slug: z
		.string()
		.trim()
		.regex(slugPattern, 'nur Kleinbuchstaben, Ziffern und Bindestriche (z. B. „kreis-lippe“)'),
	name: z.string().trim().min(2).max(200),
	kind: z.enum(tenantKinds),
	ags: z
		.string()
		.trim()
		.regex(/^\d{5}(\d{3})?$/, 'Gemeindeschlüssel mit 8 oder Kreisschlüssel mit 5 Ziffern')
		.nullish()
		.transform((v) => v ?? null),
	parentSlug: z.string().trim().min(1).nullish()
});

/** New tenants are set up by the operator of the installation (CLI), not by users of a tenant. */
export async function createTenant(ctx: ServiceContext, input: unknown): Promise<TenantRow> {
	if (ctx.actor.kind !== 'system') throw new AppError('auth.forbidden');
	const values = parseInput(tenantInput, input);
	return ctx.db.transaction(async (tx) => {
		if (await findTenantBySlug(tx, values.slug))
			throw new AppError('tenant.duplicate', { slug: values.slug });
		let parentId: string | null = null;
		if (values.parentSlug) {
			const parent = await findTenantBySlug(tx, values.parentSlug);
			if (!parent) throw new AppError('tenant.not_found', { tenant: values.parentSlug });
			if (!parentAllowed(values.kind, parent.kind))
				throw new AppError('tenant.invalid_parent', { parent: parent.name });
			parentId = parent.id;
		}
		const tenant = await insertTenant(tx, {
			slug: values.slug,
			name: values.name,
			kind: values.kind,
			ags: values.ags,
			parentId
		});
		// Every tenant starts with the default taxonomy of offers and edits it from there.
		await insertFacilityKinds(tx, tenant.id, defaultFacilityKinds);
		// … and the standard Handlungsfelder, named in the tenant's audit entry (issue 12).
		const topics = await insertMissingTopics(tx, tenant.id, defaultTopics);
		await recordChange(tx, ctx, {
			tenantId: tenant.id,
			entity: 'tenant',
			entityId: tenant.id,
			action: 'create',
			after: { ...tenant, topics: topics.map((t) => t.code) }
		});
		return tenant;
	});
}

const departmentInput = z.object({
	name: z.string().trim().min(2).max(200),
	shortName: z
		.string()
		.trim()
		.max(20)
		.nullish()
		.transform((v) => v || null)
});

export async function createDepartment(tc: TenantContext, input: unknown): Promise<DepartmentRow> {
	const values = parseInput(departmentInput, input);
	authorize(tc, 'tenant.manage', { tenantId: tc.tenant.id });
	return tc.db.transaction(async (tx) => {
		const existing = await listDepartmentRows(tx, tc.tenant.id);
		if (existing.some((d) => d.name.toLowerCase() === values.name.toLowerCase())) {
			throw new AppError(
				'validation.invalid',
				{ details: `Fachbereich „${values.name}“ existiert bereits` },
				{ name: 'existiert bereits' }
			);
		}
		const created = await insertDepartment(tx, tc.tenant.id, values);
		await recordChange(tx, tc, {
			tenantId: tc.tenant.id,
			entity: 'department',
			entityId: created.id,
			action: 'create',
			after: created
		});
		return created;
	});
}

export async function listDepartments(tc: TenantContext): Promise<DepartmentRow[]> {
	authorize(tc, 'tenant.read', { tenantId: tc.tenant.id });
	return listDepartmentRows(tc.db, tc.tenant.id);
}
