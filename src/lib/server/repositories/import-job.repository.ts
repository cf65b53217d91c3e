import { and, eq, lt, or } from 'drizzle-orm';
import type { Database } from '../db/client';
import { importJob } from '../db/schema';

export type ImportJobRow = typeof importJob.$inferSelect;

export async function insertJob(db: Database, row: typeof importJob.$inferInsert): Promise<void> {
	await db.insert(importJob).values(row);
}

/** The job of exactly this owner in this tenant. */
export async function findJob(
	db: Database,
	key: { tenantId: string; ownerId: string; id: string }
): Promise<ImportJobRow | undefined> {
	const [row] = await db
		.select()
		.from(importJob)
		.where(
			and(eq(importJob.tenantId, key.tenantId), eq(importJob.id, key.id), eq(importJob.ownerId, key.ownerId))
		);
	return row;
}

/** Progress and heartbeat of a running job; a job that has ended (or was given up) stays as it is. */
export async function updateJobProgress(
	db: Database,
	key: { tenantId: string; id: string },
	values: { phase: string; done: number; total: number; heartbeatAt: Date }
): Promise<void> {
	await db
		.update(importJob)
		.set(values)
		.where(
			and(eq(importJob.tenantId, key.tenantId), eq(importJob.id, key.id), eq(importJob.state, 'running'))
		);
}

/**
 * The end of a job, written by the server that ran it. Unconditional: a server that was only slow
 * and got marked abandoned still reports what really happened.
 */
export async function finishJob(
	db: Database,
	key: { tenantId: string; id: string },
	values: Pick<ImportJobRow, 'state' | 'phase' | 'done' | 'total' | 'finishedAt' | 'report' | 'error'>
): Promise<void> {
	await db
		.update(importJob)
		.set({ ...values, heartbeatAt: values.finishedAt ?? undefined })
		.where(and(eq(importJob.tenantId, key.tenantId), eq(importJob.id, key.id)));
}

/** Marks a running job whose last heartbeat is older than `staleBefore` as failed; null if it is not. */
export async function failStaleJob(
	db: Database,
	key: { tenantId: string; id: string },
	staleBefore: Date,
	values: { finishedAt: Date; error: unknown }
): Promise<ImportJobRow | null> {
	const [row] = await db
		.update(importJob)
		.set({ state: 'failed', finishedAt: values.finishedAt, error: values.error })
		.where(
			and(
				eq(importJob.tenantId, key.tenantId),
				eq(importJob.id, key.id),
				eq(importJob.state, 'running'),
				lt(importJob.heartbeatAt, staleBefore)
			)
		)
		.returning();
	return row ?? null;
}

/**
 * Deletes jobs that ended before `cutoff`, and running ones silent since then, in every tenant:
 * housekeeping of the installation (the imports themselves keep their provenance elsewhere).
 */
export async function deleteJobsBefore(db: Database, cutoff: Date): Promise<number> {
	const rows = await db
		.delete(importJob)
		.where(
			or(
				lt(importJob.finishedAt, cutoff),
				and(eq(importJob.state, 'running'), lt(importJob.heartbeatAt, cutoff))
			)
		)
		.returning({ id: importJob.id });
	return rows.length;
}
