import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { ImportFailed } from '../../core/imports/import-failed';
import type { Database } from '../db/client';
import {
	deleteUpload,
	deleteUploadsCreatedBefore,
	findUpload,
	insertUpload,
	updateUploadState,
	uploadContents,
	type ImportUploadRow,
	type UploadKey
} from '../repositories/import-upload.repository';
import { sizeOverLimit } from './readers/sniff';
import type { InputFile } from './types';

/**
 * Uploaded files wait here between the steps of the import wizard (upload → mapping → check →
 * commit), so that each step works as a plain form post without JavaScript and without sending
 * the files again. They wait in the database, not on one server's disk: the next step may reach
 * another app server behind the load balancer. The user's file names are kept only as names (the
 * bytes are stored by position), with the owner and what the wizard has settled so far. Only the
 * uploading user of that tenant can read an upload; after `ttlMs` it is gone.
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

// Ids are uuids, and so are tenant ids; anything else would make PostgreSQL refuse the query itself.
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A browser sends an empty part with an empty name for a file input left empty. */
export function chosenFiles(files: readonly InputFile[]): InputFile[] {
	return files.filter((f) => f.name.trim() !== '' || f.bytes.length > 0);
}

export class UploadStore {
	readonly #db: Database;
	readonly #maxBytes: number;
	readonly #ttlMs: number;

	constructor(db: Database, options: UploadStoreOptions = {}) {
		this.#db = db;
		this.#maxBytes = options.maxBytes ?? defaultUploadMaxBytes;
		this.#ttlMs = options.ttlMs ?? defaultUploadTtlMs;
	}

	#key(owner: UploadOwner, id: string): UploadKey {
		if (!uuidPattern.test(owner.tenantId) || !uuidPattern.test(id))
			throw new AppError('import.upload_not_found');
		return { tenantId: owner.tenantId, ownerId: owner.userId, id };
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
		const key = this.#key(owner, randomUUID());
		const stored = files.map((f) => ({
			name: path.basename(f.name.replaceAll('\\', '/')),
			bytes: f.bytes.length
		}));
		await insertUpload(
			this.#db,
			{ ...key, createdAt: now, files: stored, state },
			files.map((f) => f.bytes)
		);
		return manifestOf<S>({ ...key, createdAt: now, files: stored, state });
	}

	/** The manifest of the owner's upload; anyone else's, an expired or an unknown id is "not found". */
	async manifest<S>(owner: UploadOwner, id: string, now: Date): Promise<UploadManifest<S>> {
		const key = this.#key(owner, id);
		const row = await findUpload(this.#db, key);
		if (!row) throw new AppError('import.upload_not_found');
		if (this.#expired(row.createdAt, now)) {
			await deleteUpload(this.#db, key);
			throw new AppError('import.upload_not_found');
		}
		return manifestOf<S>(row);
	}

	/** The files of the owner's upload, under their original names. */
	async files(owner: UploadOwner, id: string, now: Date): Promise<InputFile[]> {
		const manifest = await this.manifest(owner, id, now);
		const contents = await uploadContents(this.#db, owner.tenantId, id);
		return manifest.files.map((f, index) => ({ name: f.name, bytes: present(contents[index]) }));
	}

	/** Replaces what the wizard keeps with the upload. */
	async update<S>(owner: UploadOwner, id: string, state: S, now: Date): Promise<UploadManifest<S>> {
		const manifest = await this.manifest<S>(owner, id, now);
		await updateUploadState(this.#db, this.#key(owner, id), state);
		return { ...manifest, state };
	}

	async remove(owner: UploadOwner, id: string, now: Date): Promise<void> {
		await this.manifest(owner, id, now);
		await deleteUpload(this.#db, this.#key(owner, id));
	}

	#expired(createdAt: Date, now: Date): boolean {
		return now.getTime() - createdAt.getTime() > this.#ttlMs;
	}

	/** Deletes every expired upload of every tenant; returns how many. */
	async sweep(now: Date): Promise<number> {
		return deleteUploadsCreatedBefore(this.#db, new Date(now.getTime() - this.#ttlMs));
	}
}

function manifestOf<S>(
	row: Pick<ImportUploadRow, 'id' | 'tenantId' | 'ownerId' | 'createdAt' | 'files' | 'state'>
) {
	return {
		id: row.id,
		tenantId: row.tenantId,
		userId: row.ownerId,
		createdAt: row.createdAt.toISOString(),
		files: row.files as StoredFile[],
		state: row.state as S
	} satisfies UploadManifest<S>;
}

function present(content: Uint8Array | undefined): Uint8Array {
	if (!content) throw new AppError('import.upload_not_found');
	return content;
}

/** The store on the database of this request (every server shares it). */
export function uploadStore(db: Database): UploadStore {
	return new UploadStore(db);
}
