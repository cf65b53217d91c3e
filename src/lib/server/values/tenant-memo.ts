import type { TenantContext } from '../services/tenant-context';

/**
 * Answers that change only with a tenant's data (the catalogue, the dates an indicator has, a
 * layer's units, totals for the Sozialindex), held per process under the tenant's data version
 * (TenantContext.dataVersion): a view of the monitoring workspace then costs no query for them at
 * all. Authorization is the caller's: it asked the policy once, at the boundary of its use case.
 */
const memos = new Map<string, { version: string; value: unknown }>();
const capacity = 2_000;

export async function memoForTenant<T>(
	tc: TenantContext,
	key: string,
	compute: () => Promise<T>
): Promise<T> {
	const full = JSON.stringify([tc.tenant.id, key]);
	const found = memos.get(full);
	if (found && found.version === tc.dataVersion) {
		// Least recently used goes first: move the hit to the end.
		memos.delete(full);
		memos.set(full, found);
		return found.value as T;
	}
	const value = await compute();
	memos.delete(full);
	memos.set(full, { version: tc.dataVersion, value });
	while (memos.size > capacity) memos.delete(memos.keys().next().value!);
	return value;
}

export function clearTenantMemo(): void {
	memos.clear();
}
