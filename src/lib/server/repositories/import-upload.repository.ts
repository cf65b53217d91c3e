import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { importUpload, importUploadFile } from '../db/schema';

export type ImportUploadRow = typeof importUpload.$inferSelect;

export interface UploadKey {
	tenantId: string;
	ownerId: string;
	id: string;
}

/** The upload and the bytes of its files, together or not at all. */
export async function insertUpload(
	db: Database,
	row: typeof importUpload.$inferInsert,
	contents: readonly Uint8Array[]
): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.insert(importUpload).values(row);
		// One file per statement, to keep each statement small. The bytes travel as base64 text and
		// are decoded by the database: PGlite's own bytea parameter encoding takes seconds per MiB.
		for (const [position, content] of contents.entries()) {
			const base64 = Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('base64');
			await tx.insert(importUploadFile).values({
				tenantId: row.tenantId,
				uploadId: row.id,
				position,
				content: sql`decode(${base64}, 'base64')`
			});
		}
	});
}

/** The upload of exactly this owner in this tenant, without its bytes. */
export async function findUpload(db: Database, key: UploadKey): Promise<ImportUploadRow | undefined> {
	const [row] = await db
		.select()
		.from(importUpload)
		.where(
			and(
				eq(importUpload.tenantId, key.tenantId),
				eq(importUpload.id, key.id),
				eq(importUpload.ownerId, key.ownerId)
			)
		);
	return row;
}

/** The bytes of an upload's files in upload order (the caller has checked the owner). */
export async function uploadContents(
	db: Database,
	tenantId: string,
	uploadId: string
): Promise<Uint8Array[]> {
	const rows = await db
		.select({ content: sql<string>`encode(${importUploadFile.content}, 'base64')` })
		.from(importUploadFile)
		.where(and(eq(importUploadFile.tenantId, tenantId), eq(importUploadFile.uploadId, uploadId)))
		.orderBy(asc(importUploadFile.position));
	return rows.map((r) => new Uint8Array(Buffer.from(r.content, 'base64')));
}

export async function updateUploadState(db: Database, key: UploadKey, state: unknown): Promise<void> {
	await db
		.update(importUpload)
		.set({ state })
		.where(
			and(
				eq(importUpload.tenantId, key.tenantId),
				eq(importUpload.id, key.id),
				eq(importUpload.ownerId, key.ownerId)
			)
		);
}

/** Deletes the upload and (by cascade) its files. */
export async function deleteUpload(db: Database, key: UploadKey): Promise<void> {
	await db
		.delete(importUpload)
		.where(
			and(
				eq(importUpload.tenantId, key.tenantId),
				eq(importUpload.id, key.id),
				eq(importUpload.ownerId, key.ownerId)
			)
		);
}

/**
 * Deletes every upload created before `cutoff`, in every tenant: expiry is housekeeping of the
 * installation, and files must not outlive it because nobody of their tenant happened to upload.
 */
export async function deleteUploadsCreatedBefore(db: Database, cutoff: Date): Promise<number> {
	const rows = await db
		.delete(importUpload)
		.where(lt(importUpload.createdAt, cutoff))
		.returning({ id: importUpload.id });
	return rows.length;
}
