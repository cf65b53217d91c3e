import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contextFor, system } from '../../../../test/support/fixtures';
import { createTestDatabase, openSecondHandle } from '../../../../test/support/test-db';
import { ImportFailed } from '../../core/imports/import-failed';
import { problem } from '../../core/imports/problems';
import type { ImportReport } from '../../core/imports/report';
import type { DatabaseHandle } from '../db/client';
import { createTenant } from '../services/tenant.service';
import { ImportJobs, type ImportJobsOptions, type ImportJobView } from './import-jobs';

/**
 * Import jobs in the database. `server()` plays one app server: its own handle on the same
 * database and its own set of running jobs, so that what it reads of another server's job can
 * only come from the database.
 */
let first: DatabaseHandle;
let second: DatabaseHandle;
let owner: { tenantId: string; userId: string };
let otherTenant: string;
const report = { importId: 'i1', kind: 'units', rows: 3 } as ImportReport;

function server(handle: DatabaseHandle, options: ImportJobsOptions = {}) {
	const local = new Map<string, ImportJobView>();
	return new ImportJobs(handle.db, { local, progressMs: 0, heartbeatMs: 60_000, ...options });
}

/** A job whose end the test decides. */
function controlled() {
	let finish!: (value: ImportReport) => void;
	let fail!: (error: unknown) => void;
	const done = new Promise<ImportReport>((resolve, reject) => {
		finish = resolve;
		fail = reject;
	});
	return { done, finish, fail };
}

beforeAll(async () => {
	first = await createTestDatabase();
	second = await openSecondHandle(first);
	const ctx = contextFor(first.db, system);
	owner = {
		tenantId: (await createTenant(ctx, { slug: 'jobs', name: 'Stadt Jobs', kind: 'kreisfreie_stadt' })).id,
		userId: randomUUID()
	};
	otherTenant = (await createTenant(ctx, { slug: 'andere', name: 'Stadt Andere', kind: 'kreisfreie_stadt' }))
		.id;
}, 120_000);
afterAll(async () => {
	await second?.close();
	await first?.close();
});

describe('import jobs', () => {
	it('reports progress while running, then the report, to a second server too', async () => {
		const a = server(first);
		const b = server(second);
		const step = controlled();
		let progress!: (phase: 'read' | 'validate' | 'write', done: number, total: number) => void;
		const cleaned: string[] = [];
		const started = await a.start(
			owner,
			(onProgress) => {
				progress = onProgress;
				return step.done;
			},
			async (r) => {
				cleaned.push(r.importId);
			}
		);
		expect(started.state).toBe('running');
		expect((await b.get(owner, started.id))?.state).toBe('running');
		await vi.waitFor(() => expect(progress).toBeDefined());
		progress('write', 40, 100);
		expect((await a.get(owner, started.id))?.progress).toEqual({ phase: 'write', done: 40, total: 100 });
		await vi.waitFor(async () =>
			expect((await b.get(owner, started.id))?.progress).toEqual({ phase: 'write', done: 40, total: 100 })
		);
		step.finish(report);
		await vi.waitFor(async () => expect((await b.get(owner, started.id))?.state).toBe('done'));
		const finished = (await b.get(owner, started.id))!;
		expect(finished.report?.importId).toBe('i1');
		expect(finished.finishedAt).not.toBeNull();
		expect(finished.progress).toEqual({ phase: 'write', done: 40, total: 100 });
		expect(cleaned).toEqual(['i1']);
		expect(await a.get(owner, started.id)).toEqual(finished);
	});

	it('keeps every problem of a refused import', async () => {
		const refused = new ImportFailed([
			problem('import.unknown_unit', { file: 'a.csv', row: 3, column: 'Schlüssel' }, 'Bitte …')
		]);
		const { id } = await server(first).start(owner, () => Promise.reject(refused));
		const b = server(second);
		await vi.waitFor(async () => expect((await b.get(owner, id))?.state).toBe('failed'));
		const job = (await b.get(owner, id))!;
		expect(job.error?.code).toBe('import.failed');
		expect(job.error?.problems?.[0]).toMatchObject({ row: 3, column: 'Schlüssel' });
	});

	it('shows a job to nobody but the user who started it, in its tenant', async () => {
		const a = server(first);
		const b = server(second);
		const { id } = await a.start(owner, () => new Promise(() => {}));
		expect((await a.get(owner, id))?.id).toBe(id);
		expect((await b.get(owner, id))?.id).toBe(id);
		for (const jobs of [a, b]) {
			expect(await jobs.get({ tenantId: owner.tenantId, userId: randomUUID() }, id)).toBeNull();
			expect(await jobs.get({ tenantId: otherTenant, userId: owner.userId }, id)).toBeNull();
			expect(await jobs.get(owner, 'unbekannt')).toBeNull();
			expect(await jobs.get(owner, randomUUID())).toBeNull();
		}
	});

	it('forgets finished jobs after a while, never running ones', async () => {
		let now = new Date('2026-11-21T10:00:00Z');
		const clock = () => now;
		const a = server(first, { keepMs: 60_000, clock });
		const done = await a.start(owner, () => Promise.resolve(report));
		const running = await a.start(owner, () => new Promise(() => {}));
		await vi.waitFor(async () => expect((await a.get(owner, done.id))?.state).toBe('done'));
		now = new Date(now.getTime() + 61_000);
		expect(await a.get(owner, done.id)).toBeNull();
		expect(await server(second, { keepMs: 60_000, clock }).get(owner, done.id)).toBeNull();
		expect((await a.get(owner, running.id))?.state).toBe('running');
	});

	it('reports the job of a server that stopped beating as failed, in German, and keeps it so', async () => {
		let now = new Date('2026-11-22T10:00:00Z');
		const clock = () => now;
		const options = { clock, heartbeatMs: 60_000, staleMs: 90_000 };
		// Server A starts the job and dies: its heartbeat and progress never come.
		const dead = await server(first, options).start(owner, () => new Promise(() => {}));
		const b = server(second, options);
		now = new Date(now.getTime() + 80_000);
		expect((await b.get(owner, dead.id))?.state).toBe('running');
		now = new Date(now.getTime() + 20_000);
		const job = (await b.get(owner, dead.id))!;
		expect(job.state).toBe('failed');
		expect(job.finishedAt).toBe(now.toISOString());
		expect(job.error?.code).toBe('import.job_abandoned');
		expect(job.error?.message).toContain('antwortet nicht mehr');
		expect(job.error?.message).toContain('ganz oder gar nicht');
		expect(await server(first, options).get(owner, dead.id)).toEqual(job);
	});

	it('keeps a long, silent job alive through its heartbeat', async () => {
		let now = new Date('2026-11-23T10:00:00Z');
		const clock = () => now;
		const a = server(first, { clock, heartbeatMs: 20, staleMs: 90_000 });
		const b = server(second, { clock, heartbeatMs: 20, staleMs: 90_000 });
		const step = controlled();
		const { id } = await a.start(owner, () => step.done);
		now = new Date(now.getTime() + 60_000);
		// The beat after the clock moved carries the new time.
		await new Promise((resolve) => setTimeout(resolve, 100));
		now = new Date(now.getTime() + 60_000);
		expect((await b.get(owner, id))?.state).toBe('running');
		step.finish(report);
		await vi.waitFor(async () => expect((await b.get(owner, id))?.state).toBe('done'));
	});
});
