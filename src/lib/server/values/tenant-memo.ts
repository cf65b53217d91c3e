import { PgTransaction } from 'drizzle-orm/pg-core';
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
 *
 * A caller inside a transaction never waits for a computation still running outside it: on the
 * embedded database the transaction holds the one connection, so that computation could not go on
 * until the transaction ends, and the transaction would wait for it for ever (a plan import that
 * checks baselines while the ratings of the previous change are recomputed). It computes its own.
 */
interface Entry {
	version: string;
	value: Promise<unknown>;
	settled: boolean;
}
const memos = new Map<string, Entry>();
const capacity = 2_000;

export function memoForTenant<T>(tc: TenantContext, key: string, compute: () => Promise<T>): Promise<T> {
	const full = `${tc.tenant.id}\u0000${key}`;
	const found = memos.get(full);
	const inTransaction = tc.db instanceof PgTransaction;
	if (found && found.version === tc.dataVersion) {
		if (found.settled || !inTransaction) {
			// Least recently used goes first: move the hit to the end.
			memos.delete(full);
			memos.set(full, found);
			return found.value as Promise<T>;
		}
		return compute();
	}
	const entry: Entry = { version: tc.dataVersion, value: compute(), settled: false };
	memos.delete(full);
	memos.set(full, entry);
	while (memos.size > capacity) memos.delete(memos.keys().next().value!);
	entry.value.then(
		() => (entry.settled = true),
		() => {
			if (memos.get(full) === entry) memos.delete(full);
		}
	);
	return entry.value as Promise<T>;
}

export function clearTenantMemo(): void {
	memos.clear();
}
