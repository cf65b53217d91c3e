import { randomUUID } from 'node:crypto';
import type { ImportPhase, ImportReport, ProgressCallback } from '../../core/imports/report';
import { toErrorBody, type ErrorBody } from '../errors';

/**
 * Imports started from the wizard with JavaScript run in the background of this server process,
 * so that the page can show their progress. A job belongs to the user who started it, in one
 * tenant; nobody else sees it. Finished jobs are forgotten after `keepMs` — the import itself is
 * in the database, with its provenance, and the history lists it.
 */

export interface ImportJobView {
	id: string;
	state: 'running' | 'done' | 'failed';
	progress: { phase: ImportPhase; done: number; total: number };
	startedAt: string;
	finishedAt: string | null;
	/** Set when done. */
	report: ImportReport | null;
	/** Set when failed: the error, with every problem of a refused import. */
	error: ErrorBody | null;
}

interface Job extends ImportJobView {
	tenantId: string;
	userId: string;
}

export interface JobOwner {
	tenantId: string;
	userId: string;
}

const defaultKeepMs = 60 * 60 * 1000;

export class ImportJobs {
	readonly #jobs = new Map<string, Job>();

	constructor(
		private readonly keepMs = defaultKeepMs,
		private readonly clock: () => Date = () => new Date()
	) {}

	/**
	 * Starts `run` now and returns at once with the job's id; `run` reports its progress through
	 * the callback it is given. `onDone` runs after success (e.g. to delete the uploaded files).
	 */
	start(
		owner: JobOwner,
		run: (onProgress: ProgressCallback) => Promise<ImportReport>,
		onDone?: (report: ImportReport) => Promise<void>
	): ImportJobView {
		this.#forgetOld();
		const job: Job = {
			...owner,
			id: randomUUID(),
			state: 'running',
			progress: { phase: 'read', done: 0, total: 1 },
			startedAt: this.clock().toISOString(),
			finishedAt: null,
			report: null,
			error: null
		};
		this.#jobs.set(job.id, job);
		const onProgress: ProgressCallback = (phase, done, total) => {
			job.progress = { phase, done, total };
		};
		// The promise is kept by the job's own handlers; nothing awaits it, and it never rejects.
		void Promise.resolve()
			.then(() => run(onProgress))
			.then(async (report) => {
				job.report = report;
				job.state = 'done';
				job.finishedAt = this.clock().toISOString();
				await onDone?.(report).catch((e: unknown) =>
					console.error('[querschnitt] Aufräumen nach Import:', e)
				);
			})
			.catch((caught: unknown) => {
				job.error = toErrorBody(caught);
				job.state = 'failed';
				job.finishedAt = this.clock().toISOString();
			});
		return view(job);
	}

	/** The owner's job, or null for an unknown id, someone else's job or a forgotten one. */
	get(owner: JobOwner, id: string): ImportJobView | null {
		this.#forgetOld();
		const job = this.#jobs.get(id);
		if (!job || job.userId !== owner.userId || job.tenantId !== owner.tenantId) return null;
		return view(job);
	}

	#forgetOld(): void {
		const now = this.clock().getTime();
		for (const [id, job] of this.#jobs) {
			if (job.finishedAt && now - Date.parse(job.finishedAt) > this.keepMs) this.#jobs.delete(id);
		}
	}
}

function view(job: Job): ImportJobView {
	const { tenantId: _tenant, userId: _user, ...rest } = job;
	return { ...rest, progress: { ...rest.progress } };
}

/** The jobs of this server process (kept on globalThis: `vite dev` reloads modules). */
export function importJobs(): ImportJobs {
	const holder = globalThis as { __querschnittImportJobs?: ImportJobs };
	holder.__querschnittImportJobs ??= new ImportJobs();
	return holder.__querschnittImportJobs;
}
