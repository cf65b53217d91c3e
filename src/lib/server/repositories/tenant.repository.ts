import { and, asc, eq, inArray } from 'drizzle-orm';
import type { TenantKind } from '../../core/tenancy/tenant-kinds';
import type { Database } from '../db/client';
import { department, tenant } from '../db/schema';

export type TenantRow = typeof tenant.$inferSelect;
export type DepartmentRow = typeof department.$inferSelect;

export async function insertTenant(
	db: Database,
	values: { slug: string; name: string; kind: TenantKind; ags: string | null; parentId: string | null }
): Promise<TenantRow> {
	const [row] = await db.insert(tenant).values(values).returning();
	return row!;
}

export async function findTenantBySlug(db: Database, slug: string): Promise<TenantRow | undefined> {
	const [row] = await db.select().from(tenant).where(eq(tenant.slug, slug));
	return row;
}

export async function findTenantById(db: Database, id: string): Promise<TenantRow | undefined> {
	const [row] = await db.select().from(tenant).where(eq(tenant.id, id));
	return row;
}

export async function listTenantsByIds(db: Database, ids: readonly string[]): Promise<TenantRow[]> {
	if (ids.length === 0) return [];
	return db
		.select()
		.from(tenant)
		.where(inArray(tenant.id, [...ids]))
		.orderBy(asc(tenant.name));
}

export async function listAllTenants(db: Database): Promise<TenantRow[]> {
	return db.select().from(tenant).orderBy(asc(tenant.name));
}

export async function insertDepartment(
	db: Database,
	tenantId: string,
	values: { name: string; shortName: string | null }
): Promise<DepartmentRow> {
	const [row] = await db
		.insert(department)
		.values({ tenantId, ...values })
		.returning();
	return row!;
}

export async function listDepartments(db: Database, tenantId: string): Promise<DepartmentRow[]> {
	return db.select().from(department).where(eq(department.tenantId, tenantId)).orderBy(asc(department.name));
}

export async function findDepartment(
	db: Database,
	tenantId: string,
	id: string
): Promise<DepartmentRow | undefined> {
	const [row] = await db
		.select()
		.from(department)
		.where(and(eq(department.tenantId, tenantId), eq(department.id, id)));
	return row;
}
