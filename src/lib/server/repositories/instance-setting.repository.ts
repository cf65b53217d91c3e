import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { instanceSetting } from '../db/schema';

/** Reads a setting, creating it with `initial` if absent; concurrent first calls agree on one value. */
export async function getOrCreateSetting(db: Database, key: string, initial: string): Promise<string> {
	await db.insert(instanceSetting).values({ key, value: initial }).onConflictDoNothing();
	const [row] = await db.select().from(instanceSetting).where(eq(instanceSetting.key, key));
	return row!.value;
}
