import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/errors';
import type { ImportPhase, ImportReport, ProgressCallback } from '../../core/imports/report';
import type { Database } from '../db/client';
import {
	deleteJobsBefore,
	failStaleJob,
	findJob,
	finishJob,
	insertJob,
	updateJobProgress,
	type ImportJobRow
} from '../repositories/import-job.repository';
import { toErrorBody, type ErrorBody } from '../errors';

/**
 * Imports started from the wizard with JavaScript run in the background of the server that
 * accepted the commit, so that the page can show their progress. That server writes the progress
 * and a heartbeat to the database, and any server reads them: the page may poll another app
 * server behind the load balancer. A job belongs to the user who started it, in one tenant; nobody
 * else sees it. A running job whose heartbeat stops (its server died) is reported as failed after
 * `staleMs`; the import is one transaction, so nothing of it was committed. Finished jobs are
 * forgotten after `keepMs` — the import itself is in the database with its provenance.
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

export interface JobOwner {
	tenantId: string;
	userId: string;
}

export interface ImportJobsOptions {
	keepMs?: number;
	/** How often a running job's server says it is alive. */
	heartbeatMs?: number;
	/** Silent for this long, a running job counts as abandoned. */
	staleMs?: number;
	/** Progress is written at most this often (the import reports per batch, often many per second). */
	progressMs?: number;
	clock?: () => Date;
	/** The jobs running in this process; tests pass their own to play a second server. */
	local?: Map<string, ImportJobView>;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The jobs this process runs, by id. Their progress is read from here rather than from the
 * database: on PGlite the import's transaction holds the one connection, so the heartbeat cannot
 * be written while it runs, and a job of this very process is alive whatever its heartbeat says.
 */
function processJobs(): Map<string, ImportJobView> {
	const holder = globalThis as { __querschnittLocalImportJobs?: Map<string, ImportJobView> };
	holder.__querschnittLocalImportJobs ??= new Map();
	return holder.__querschnittLocalImportJobs;
}

export class ImportJobs {
	readonly #db: Database;
	readonly #keepMs: number;
	readonly #heartbeatMs: number;
	readonly #staleMs: number;
	readonly #progressMs: number;
	readonly #clock: () => Date;
	readonly #local: Map<string, ImportJobView>;

	constructor(db: Database, options: ImportJobsOptions = {}) {
		this.#db = db;
		this.#keepMs = options.keepMs ?? 60 * 60 * 1000;
		this.#heartbeatMs = options.heartbeatMs ?? 5_000;
		this.#staleMs = options.staleMs ?? 90_000;
		this.#progressMs = options.progressMs ?? 250;
		this.#clock = options.clock ?? (() => new Date());
		this.#local = options.local ?? processJobs();
	}

	/**
	 * Records the job, starts `run` and returns with the job's id; `run` reports its progress through
	 * the callback it is given. `onDone` runs after success (e.g. to delete the uploaded files).
	 */
	async start(
		owner: JobOwner,
		run: (onProgress: ProgressCallback) => Promise<ImportReport>,
		onDone?: (report: ImportReport) => Promise<void>
	): Promise<ImportJobView> {
		const now = this.#clock();
		await deleteJobsBefore(this.#db, new Date(now.getTime() - this.#keepMs));
		const job: ImportJobView = {
			id: randomUUID(),
			state: 'running',
			progress: { phase: 'read', done: 0, total: 1 },
			startedAt: now.toISOString(),
			finishedAt: null,
			report: null,
			error: null
		};
		const key = { tenantId: owner.tenantId, id: job.id };
		await insertJob(this.#db, {
			...key,
			ownerId: owner.userId,
			state: job.state,
			...job.progress,
			startedAt: now,
			heartbeatAt: now
		});
		this.#local.set(job.id, job);
		const writer = new ProgressWriter((progress) =>
			updateJobProgress(this.#db, key, { ...progress, heartbeatAt: this.#clock() })
		);
		let lastWrite = 0;
		const onProgress: ProgressCallback = (phase, done, total) => {
			job.progress = { phase, done, total };
			const at = Date.now();
			if (at - lastWrite < this.#progressMs && done < total) return;
			lastWrite = at;
			writer.write(job.progress);
		};
		// The heartbeat goes on while the import computes without reporting (or waits for the database).
		const heartbeat = setInterval(() => writer.write(job.progress), this.#heartbeatMs);
		heartbeat.unref();
		// The promise is kept by the job's own handlers; nothing awaits it, and it never rejects.
		void Promise.resolve()
			.then(() => run(onProgress))
			.then(
				async (report) => {
					job.report = report;
					job.state = 'done';
					await onDone?.(report).catch((e: unknown) =>
						console.error('[querschnitt] Aufräumen nach Import:', e)
					);
				},
				(caught: unknown) => {
					job.error = toErrorBody(caught);
					job.state = 'failed';
				}
			)
			.then(async () => {
				clearInterval(heartbeat);
				job.finishedAt = this.#clock().toISOString();
				await writer.settled();
				await finishJob(this.#db, key, {
					state: job.state,
					...job.progress,
					finishedAt: new Date(job.finishedAt),
					report: job.report,
					error: job.error
				});
			})
			.catch((e: unknown) => console.error('[querschnitt] Importvorgang nicht gespeichert:', e))
			.finally(() => this.#local.delete(job.id));
		return copy(job);
	}

	/** The owner's job, or null for an unknown id, someone else's job or a forgotten one. */
	async get(owner: JobOwner, id: string): Promise<ImportJobView | null> {
		if (!uuidPattern.test(id) || !uuidPattern.test(owner.tenantId)) return null;
		const row = await findJob(this.#db, { tenantId: owner.tenantId, ownerId: owner.userId, id });
		if (!row) return null;
		const now = this.#clock().getTime();
		if (row.finishedAt && now - row.finishedAt.getTime() > this.#keepMs) return null;
		const local = this.#local.get(id);
		if (local) return copy(local);
		if (row.state === 'running' && now - row.heartbeatAt.getTime() > this.#staleMs) {
			const failed = await failStaleJob(
				this.#db,
				{ tenantId: owner.tenantId, id },
				new Date(now - this.#staleMs),
				{ finishedAt: new Date(now), error: toErrorBody(new AppError('import.job_abandoned')) }
			);
			if (failed) return viewOf(failed);
			// Meanwhile it ended or beat again: read what it wrote.
			return this.get(owner, id);
		}
		return viewOf(row);
	}
}

/** Writes the newest progress one at a time; writes asked for meanwhile collapse into one. */
class ProgressWriter {
	#pending: ImportJobView['progress'] | null = null;
	#running: Promise<void> | null = null;

	constructor(private readonly save: (progress: ImportJobView['progress']) => Promise<void>) {}

	write(progress: ImportJobView['progress']): void {
		this.#pending = { ...progress };
		this.#running ??= this.#drain().finally(() => (this.#running = null));
	}

	async #drain(): Promise<void> {
		while (this.#pending) {
			const next = this.#pending;
			this.#pending = null;
			// A lost progress write is not worth failing the import for; the next one repeats it.
			await this.save(next).catch((e: unknown) => console.error('[querschnitt] Importfortschritt:', e));
		}
	}

	async settled(): Promise<void> {
		while (this.#running) await this.#running;
	}
}

function copy(job: ImportJobView): ImportJobView {
	return { ...job, progress: { ...job.progress } };
}

function viewOf(row: ImportJobRow): ImportJobView {
	return {
		id: row.id,
		state: row.state as ImportJobView['state'],
		progress: { phase: row.phase as ImportPhase, done: row.done, total: row.total },
		startedAt: row.startedAt.toISOString(),
		finishedAt: row.finishedAt?.toISOString() ?? null,
		report: (row.report as ImportReport | null) ?? null,
		error: (row.error as ErrorBody | null) ?? null
	};
}

/** The jobs on the database of this request; the running ones of this process are shared by all. */
export function importJobs(db: Database): ImportJobs {
	return new ImportJobs(db);
}
