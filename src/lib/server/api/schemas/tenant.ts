import { z } from 'zod';
import { roles } from '../../../core/auth/roles';
import { tenantKinds } from '../../../core/tenancy/tenant-kinds';
import { component, dateTime, int, nullableText, nullableUuid, text, uuid } from './registry';

/** The account and the administration of a tenant: session, tenant, departments, members, audit. */
const role = z.enum(roles);

export const sessionSchema = component(
	'Session',
	z.object({
		user: z.object({ id: text, username: text, displayName: text }),
		csrfToken: text,
		memberships: z.array(z.object({ tenant: text, tenantName: text, role, departmentId: nullableText }))
	})
);

export const departmentSchema = component(
	'Department',
	z.object({ tenantId: uuid, id: uuid, name: text, shortName: nullableText, createdAt: dateTime })
);

export const newDepartmentSchema = component(
	'NewDepartment',
	z.object({ name: text, shortName: nullableText.optional() })
);

export const tenantSchema = component(
	'Tenant',
	z.object({
		id: uuid,
		slug: text,
		name: text,
		kind: z.enum(tenantKinds),
		ags: nullableText,
		parentId: nullableUuid,
		createdAt: dateTime,
		departments: z.array(departmentSchema)
	})
);

export const memberSchema = component(
	'Member',
	z.object({
		userId: uuid,
		username: text,
		email: nullableText,
		displayName: text,
		disabled: z.boolean(),
		role,
		departmentId: nullableUuid,
		providerId: nullableUuid,
		providerName: nullableText,
		memberSince: dateTime
	})
);

export const newUserSchema = component(
	'NewUser',
	z.object({
		username: text,
		displayName: text,
		email: nullableText.optional(),
		password: text,
		role,
		departmentId: nullableText.optional(),
		providerId: nullableText.optional()
	})
);

export const roleAssignmentSchema = component(
	'RoleAssignment',
	z.object({ role, departmentId: nullableText.optional(), providerId: nullableText.optional() })
);

export const auditPageSchema = component(
	'AuditPage',
	z.object({ entries: z.array(z.looseObject({})), total: int, page: int, pageSize: int })
);
