import { eq } from 'drizzle-orm';
import type { SupplySettings } from '../../core/supply/supply-settings';
import type { Database } from '../db/client';
import { supplySetting } from '../db/schema';

export async function findSupplySettings(
	db: Database,
	tenantId: string
): Promise<SupplySettings | undefined> {
	const [row] = await db.select().from(supplySetting).where(eq(supplySetting.tenantId, tenantId));
	return row?.settings as SupplySettings | undefined;
}

export async function upsertSupplySettings(
	db: Database,
	tenantId: string,
	settings: SupplySettings
): Promise<void> {
	await db
		.insert(supplySetting)
		.values({ tenantId, settings })
		.onConflictDoUpdate({ target: supplySetting.tenantId, set: { settings } });
}
