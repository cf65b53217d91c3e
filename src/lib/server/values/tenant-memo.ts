import type { TenantContext } from '../services/tenant-context';

/**
 * Answers that change only with a tenant's data (the catalogue, the dates an indicator has, a
 * layer's units, totals for the Sozialindex), held per process under the tenant's data version
 * (TenantContext.dataVersion): a view of the monitoring workspace then costs no query for them at
 * all. Authorization is the caller's: it asked the policy once, at the boundary of its use case.
 *
 * An answer is held from the moment it is asked for (its promise): callers that ask for the same
 * answer while it is being computed share that one computation (single flight) instead of each
 * computing it again; a computation that fails is forgotten, so the next caller tries anew.
 */
const memos = new Map<string, { version: string; value: Promise<unknown> }>();
const capacity = 2_000;

export function memoForTenant<T>(tc: TenantContext, key: string, compute: () => Promise<T>): Promise<T> {
	const full = `${tc.tenant.id}\u0000${key}`;
	const found = memos.get(full);
	if (found && found.version === tc.dataVersion) {
		// Least recently used goes first: move the hit to the end.
		memos.delete(full);
		memos.set(full, found);
		return found.value as Promise<T>;
	}
	const entry = { version: tc.dataVersion, value: compute() };
	memos.delete(full);
	memos.set(full, entry);
	while (memos.size > capacity) memos.delete(memos.keys().next().value!);
	entry.value.catch(() => {
		if (memos.get(full) === entry) memos.delete(full);
	});
	return entry.value;
}

export function clearTenantMemo(): void {
	memos.clear();
}
