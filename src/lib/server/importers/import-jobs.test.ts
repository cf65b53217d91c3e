import { describe, expect, it } from 'vitest';
import { ImportFailed } from '../../core/imports/import-failed';
import { problem } from '../../core/imports/problems';
import type { ImportReport } from '../../core/imports/report';
import { ImportJobs } from './import-jobs';

const owner = { tenantId: 't1', userId: 'u1' };
const report = { importId: 'i1', kind: 'units', rows: 3 } as ImportReport;

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

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('import jobs', () => {
	it('reports progress while running, then the report', async () => {
		const jobs = new ImportJobs();
		const step = controlled();
		let progress!: (phase: 'read' | 'validate' | 'write', done: number, total: number) => void;
		const cleaned: string[] = [];
		const started = jobs.start(
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
		await tick();
		progress('write', 40, 100);
		expect(jobs.get(owner, started.id)?.progress).toEqual({ phase: 'write', done: 40, total: 100 });
		step.finish(report);
		await tick();
		await tick();
		const finished = jobs.get(owner, started.id)!;
		expect(finished.state).toBe('done');
		expect(finished.report?.importId).toBe('i1');
		expect(finished.finishedAt).not.toBeNull();
		expect(cleaned).toEqual(['i1']);
	});

	it('keeps every problem of a refused import', async () => {
		const jobs = new ImportJobs();
		const refused = new ImportFailed([
			problem('import.unknown_unit', { file: 'a.csv', row: 3, column: 'Schlüssel' }, 'Bitte …')
		]);
		const { id } = jobs.start(owner, () => Promise.reject(refused));
		await tick();
		await tick();
		const job = jobs.get(owner, id)!;
		expect(job.state).toBe('failed');
		expect(job.error?.code).toBe('import.failed');
		expect(job.error?.problems?.[0]).toMatchObject({ row: 3, column: 'Schlüssel' });
	});

	it('shows a job to nobody but the user who started it, in its tenant', () => {
		const jobs = new ImportJobs();
		const { id } = jobs.start(owner, () => new Promise(() => {}));
		expect(jobs.get(owner, id)?.id).toBe(id);
		expect(jobs.get({ tenantId: 't1', userId: 'u2' }, id)).toBeNull();
		expect(jobs.get({ tenantId: 't2', userId: 'u1' }, id)).toBeNull();
		expect(jobs.get(owner, 'unbekannt')).toBeNull();
	});

	it('forgets finished jobs after a while, never running ones', async () => {
		let now = new Date('2026-11-21T10:00:00Z');
		const jobs = new ImportJobs(60_000, () => now);
		const done = jobs.start(owner, () => Promise.resolve(report));
		const running = jobs.start(owner, () => new Promise(() => {}));
		await tick();
		await tick();
		now = new Date(now.getTime() + 61_000);
		expect(jobs.get(owner, done.id)).toBeNull();
		expect(jobs.get(owner, running.id)?.state).toBe('running');
	});
});
