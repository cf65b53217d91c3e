import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { ImportFailed } from '../../core/imports/import-failed';
import { getConfig } from '../config';
import { sizeOverLimit } from './readers/sniff';
import type { InputFile } from './types';

/**
 * Uploaded files wait here between the steps of the import wizard (upload → mapping → check →
 * commit), so that each step works as a plain form post without JavaScript and without sending
 * the files again. Each upload lives in `<root>/<tenant>/<random id>/`: the files under their
 * index (never under the user's file name, which could point anywhere) and a manifest with the
 * owner, the names and what the wizard has settled so far. Only the uploading user of that tenant
 * can read it; after `ttlMs` it is gone.
 */

export interface StoredFile {
	name: string;
	bytes: number;
}

export interface UploadManifest<S = unknown> {
	id: string;
	tenantId: string;
	userId: string;
	createdAt: string;
	files: StoredFile[];
	/** What the wizard keeps with the upload (kind, layer, mapping, the check's outcome). */
	state: S;
}

export interface UploadOwner {
	tenantId: string;
	userId: string;
}

export interface UploadStoreOptions {
	/** All files of one upload together; default 50 MiB (the default request limit of the server). */
	maxBytes?: number;
	/** Default 24 hours. */
	ttlMs?: number;
}

const mebibyte = 1024 * 1024;
export const defaultUploadMaxBytes = 50 * mebibyte;
export const defaultUploadTtlMs = 24 * 60 * 60 * 1000;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A browser sends an empty part with an empty name for a file input left empty. */
export function chosenFiles(files: readonly InputFile[]): InputFile[] {
	return files.filter((f) => f.name.trim() !== '' || f.bytes.length > 0);
}

export class UploadStore {
	readonly #root: string;
	readonly #maxBytes: number;
	readonly #ttlMs: number;

	constructor(root: string, options: UploadStoreOptions = {}) {
		this.#root = root;
		this.#maxBytes = options.maxBytes ?? defaultUploadMaxBytes;
		this.#ttlMs = options.ttlMs ?? defaultUploadTtlMs;
	}

	#dir(tenantId: string, id: string): string {
		// Tenant ids are uuids too; anything else cannot name a folder of this store.
		if (!uuidPattern.test(tenantId) || !uuidPattern.test(id)) throw new AppError('import.upload_not_found');
		return path.join(this.#root, tenantId, id);
	}

	/** Stores the files; more than the size limit fails with `import.too_large` and stores nothing. */
	async save<S>(
		owner: UploadOwner,
		files: readonly InputFile[],
		state: S,
		now: Date
	): Promise<UploadManifest<S>> {
		const total = files.reduce((sum, f) => sum + f.bytes.length, 0);
		const over = sizeOverLimit(files.map((f) => f.name).join(', '), total, this.#maxBytes);
		if (over) throw new ImportFailed([over]);
		await this.sweep(now);
		const id = randomUUID();
		const dir = this.#dir(owner.tenantId, id);
		await mkdir(dir, { recursive: true, mode: 0o700 });
		await Promise.all(
			files.map((f, index) => writeFile(path.join(dir, `${index}.bin`), f.bytes, { mode: 0o600 }))
		);
		const manifest: UploadManifest<S> = {
			id,
			tenantId: owner.tenantId,
			userId: owner.userId,
			createdAt: now.toISOString(),
			files: files.map((f) => ({ name: path.basename(f.name.replaceAll('\\', '/')), bytes: f.bytes.length })),
			state
		};
		await this.#writeManifest(dir, manifest);
		return manifest;
	}

	async #writeManifest(dir: string, manifest: UploadManifest<unknown>): Promise<void> {
		await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest), { mode: 0o600 });
	}

	/** The manifest of the owner's upload; anyone else's, an expired or an unknown id is "not found". */
	async manifest<S>(owner: UploadOwner, id: string, now: Date): Promise<UploadManifest<S>> {
		const dir = this.#dir(owner.tenantId, id);
		let manifest: UploadManifest<S>;
		try {
			manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as UploadManifest<S>;
		} catch {
			throw new AppError('import.upload_not_found');
		}
		if (manifest.userId !== owner.userId || manifest.tenantId !== owner.tenantId) {
			throw new AppError('import.upload_not_found');
		}
		if (this.#expired(manifest.createdAt, now)) {
			await rm(dir, { recursive: true, force: true });
			throw new AppError('import.upload_not_found');
		}
		return manifest;
	}

	/** The files of the owner's upload, under their original names. */
	async files(owner: UploadOwner, id: string, now: Date): Promise<InputFile[]> {
		const manifest = await this.manifest(owner, id, now);
		const dir = this.#dir(owner.tenantId, id);
		return Promise.all(
			manifest.files.map(async (f, index) => ({
				name: f.name,
				bytes: new Uint8Array(await readFile(path.join(dir, `${index}.bin`)))
			}))
		);
	}

	/** Replaces what the wizard keeps with the upload. */
	async update<S>(owner: UploadOwner, id: string, state: S, now: Date): Promise<UploadManifest<S>> {
		const manifest = await this.manifest<S>(owner, id, now);
		const next = { ...manifest, state };
		await this.#writeManifest(this.#dir(owner.tenantId, id), next);
		return next;
	}

	async remove(owner: UploadOwner, id: string, now: Date): Promise<void> {
		await this.manifest(owner, id, now);
		await rm(this.#dir(owner.tenantId, id), { recursive: true, force: true });
	}

	#expired(createdAt: string, now: Date): boolean {
		const created = Date.parse(createdAt);
		return !Number.isFinite(created) || now.getTime() - created > this.#ttlMs;
	}

	/** Deletes every expired upload of every tenant; returns how many. */
	async sweep(now: Date): Promise<number> {
		let removed = 0;
		const tenants = await readdir(this.#root).catch(() => [] as string[]);
		for (const tenant of tenants) {
			const uploads = await readdir(path.join(this.#root, tenant)).catch(() => [] as string[]);
			for (const id of uploads) {
				const dir = path.join(this.#root, tenant, id);
				const createdAt = await readFile(path.join(dir, 'manifest.json'), 'utf8')
					.then((text) => (JSON.parse(text) as UploadManifest).createdAt)
					// A folder without a readable manifest is a save that broke off: judge it by its age.
					.catch(async () => (await stat(dir).catch(() => null))?.mtime.toISOString() ?? '');
				if (this.#expired(createdAt, now)) {
					await rm(dir, { recursive: true, force: true });
					removed++;
				}
			}
		}
		return removed;
	}
}

/** The store of this server process, under DATA_DIR. */
export function uploadStore(): UploadStore {
	const holder = globalThis as { __querschnittUploads?: UploadStore };
	holder.__querschnittUploads ??= new UploadStore(getConfig().uploadDir);
	return holder.__querschnittUploads;
}
