import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { provider } from '../db/schema';

export type ProviderRow = typeof provider.$inferSelect;

export async function listProviders(db: Database, tenantId: string): Promise<ProviderRow[]> {
	return db.select().from(provider).where(eq(provider.tenantId, tenantId)).orderBy(asc(provider.name));
}

export async function findProvider(
	db: Database,
	tenantId: string,
	id: string
): Promise<ProviderRow | undefined> {
	const [row] = await db
		.select()
		.from(provider)
		.where(and(eq(provider.tenantId, tenantId), eq(provider.id, id)));
	return row;
}

export async function findProviderByName(
	db: Database,
	tenantId: string,
	name: string
): Promise<ProviderRow | undefined> {
	const [row] = await db
		.select()
		.from(provider)
		.where(and(eq(provider.tenantId, tenantId), eq(provider.name, name)));
	return row;
}

export async function insertProvider(
	db: Database,
	values: { tenantId: string; name: string; sector: string }
): Promise<ProviderRow> {
	const [row] = await db.insert(provider).values(values).returning();
	return row!;
}

export async function updateProvider(
	db: Database,
	tenantId: string,
	id: string,
	values: { name: string; sector: string }
): Promise<ProviderRow | undefined> {
	const [row] = await db
		.update(provider)
		.set(values)
		.where(and(eq(provider.tenantId, tenantId), eq(provider.id, id)))
		.returning();
	return row;
}

/** The providers of the given names (for an import that names them); missing names are absent. */
export async function findProvidersByNames(
	db: Database,
	tenantId: string,
	names: readonly string[]
): Promise<ProviderRow[]> {
	if (names.length === 0) return [];
	return db
		.select()
		.from(provider)
		.where(and(eq(provider.tenantId, tenantId), inArray(provider.name, [...names])));
}
