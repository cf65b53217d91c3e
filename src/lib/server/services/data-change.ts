import { PgTransaction } from 'drizzle-orm/pg-core';
import { recordGoalRatings } from '../values/goal-check';
import { tenantContext, type TenantContext } from './tenant-context';

/**
 * What follows a committed change of a tenant's data (an import, a rollback, a (re)defined
 * indicator or index, a saved goal): the goal ratings are recorded under the new data version, so
 * the rating history shows every version the data went through (issue 15, Check).
 *
 * It runs in the background, so the change returns at once, and one after another per tenant, so
 * that two quick changes never rate the same version twice at the same time; each run reads the
 * data version anew and rates only what is not rated under it yet. A failure is logged and does not
 * undo the change: the next change or the next look at the goals rates again.
 */
const queues = new Map<string, Promise<void>>();

export function dataChanged(tc: TenantContext): void {
	// A change inside a larger transaction (the plan import): its owner calls this after the commit.
	if (tc.db instanceof PgTransaction) return;
	const tenantSlug = tc.tenant.slug;
	const previous = queues.get(tenantSlug) ?? Promise.resolve();
	const next = previous
		.then(async () => {
			// A context of its own: the change's transaction has ended, and the rating is the system's.
			const system = { db: tc.db, actor: { kind: 'system' as const, label: 'Prüfung' }, now: new Date() };
			await recordGoalRatings(await tenantContext(system, tenantSlug));
		})
		.catch((error: unknown) => {
			console.error(
				`[querschnitt] Die Ziele von „${tenantSlug}“ wurden nach der Änderung nicht neu bewertet:`,
				error
			);
		});
	queues.set(tenantSlug, next);
	void next.finally(() => {
		if (queues.get(tenantSlug) === next) queues.delete(tenantSlug);
	});
}

/** Waits until every follow-up started so far has finished (the CLI before it exits, tests). */
export async function dataChangesSettled(): Promise<void> {
	while (queues.size > 0) await Promise.all([...queues.values()]);
}
