import { and, asc, eq } from 'drizzle-orm';
import type { FacilityKindDefinition } from '../../core/facility/facility';
import type { Database } from '../db/client';
import { facilityKind } from '../db/schema';

export type FacilityKindRow = typeof facilityKind.$inferSelect;

export async function listFacilityKinds(db: Database, tenantId: string): Promise<FacilityKindRow[]> {
	return db
		.select()
		.from(facilityKind)
		.where(eq(facilityKind.tenantId, tenantId))
		.orderBy(asc(facilityKind.name));
}

export async function findFacilityKindByCode(
	db: Database,
	tenantId: string,
	code: string
): Promise<FacilityKindRow | undefined> {
	const [row] = await db
		.select()
		.from(facilityKind)
		.where(and(eq(facilityKind.tenantId, tenantId), eq(facilityKind.code, code)));
	return row;
}

export async function insertFacilityKinds(
	db: Database,
	tenantId: string,
	kinds: readonly (FacilityKindDefinition & { departmentId?: string | null })[]
): Promise<FacilityKindRow[]> {
	if (kinds.length === 0) return [];
	return db
		.insert(facilityKind)
		.values(
			kinds.map((k) => ({
				tenantId,
				code: k.code,
				name: k.name,
				lifePhases: [...k.lifePhases],
				ageFrom: k.ageFrom,
				ageTo: k.ageTo,
				capacityCodes: [...k.capacityCodes],
				departmentId: k.departmentId ?? null,
				description: k.description
			}))
		)
		.returning();
}

export async function updateFacilityKind(
	db: Database,
	tenantId: string,
	id: string,
	values: Omit<FacilityKindDefinition, 'code'> & { departmentId: string | null }
): Promise<FacilityKindRow | undefined> {
	const [row] = await db
		.update(facilityKind)
		.set({ ...values, lifePhases: [...values.lifePhases], capacityCodes: [...values.capacityCodes] })
		.where(and(eq(facilityKind.tenantId, tenantId), eq(facilityKind.id, id)))
		.returning();
	return row;
}
