import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { disclosureSetting } from '../db/schema';

export type DisclosureSettingRow = typeof disclosureSetting.$inferSelect;

export async function findDisclosureSetting(
	db: Database,
	tenantId: string
): Promise<DisclosureSettingRow | undefined> {
	const [row] = await db.select().from(disclosureSetting).where(eq(disclosureSetting.tenantId, tenantId));
	return row;
}

export async function upsertDisclosureSetting(db: Database, row: DisclosureSettingRow): Promise<void> {
	await db
		.insert(disclosureSetting)
		.values(row)
		.onConflictDoUpdate({ target: disclosureSetting.tenantId, set: row });
}
