import {
	customType,
	foreignKey,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import { tenant } from './tenants';

/**
 * What the import wizard keeps between requests lives here, not on one server's disk or in its
 * memory, so that several app servers behind a load balancer serve the same user (decisions.md).
 */

/** Raw bytes; the repository moves them as base64 (import-upload.repository.ts says why). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
	dataType: () => 'bytea'
});

/** One upload of the wizard: its owner, the names and sizes of its files and the wizard's state. */
export const importUpload = pgTable(
	'import_upload',
	{
		tenantId: uuid('tenant_id')
			.notNull()
			.references(() => tenant.id, { onDelete: 'cascade' }),
		id: uuid('id').notNull(),
		/** A user id, or `system:<label>` for the CLI and tests: text, no foreign key. */
		ownerId: text('owner_id').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		/** `[{ name, bytes }]` in upload order; the bytes themselves are in import_upload_file. */
		files: jsonb('files').notNull(),
		state: jsonb('state')
	},
	(t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('import_upload_created').on(t.createdAt)]
);

/** The bytes of one file of an upload, apart from the upload so that reading its state stays small. */
export const importUploadFile = pgTable(
	'import_upload_file',
	{
		tenantId: uuid('tenant_id').notNull(),
		uploadId: uuid('upload_id').notNull(),
		position: integer('position').notNull(),
		content: bytea('content').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.uploadId, t.position] }),
		foreignKey({
			columns: [t.tenantId, t.uploadId],
			foreignColumns: [importUpload.tenantId, importUpload.id]
		}).onDelete('cascade')
	]
);

/**
 * An import running (or run) in the background. The server that runs it writes its progress and a
 * heartbeat; any server reads them. A running job whose heartbeat stops counts as abandoned.
 */
export const importJob = pgTable(
	'import_job',
	{
		tenantId: uuid('tenant_id')
			.notNull()
			.references(() => tenant.id, { onDelete: 'cascade' }),
		id: uuid('id').notNull(),
		ownerId: text('owner_id').notNull(),
		/** running | done | failed */
		state: text('state').notNull(),
		phase: text('phase').notNull(),
		done: integer('done').notNull(),
		total: integer('total').notNull(),
		startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
		heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull(),
		finishedAt: timestamp('finished_at', { withTimezone: true }),
		report: jsonb('report'),
		error: jsonb('error')
	},
	(t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('import_job_heartbeat').on(t.heartbeatAt)]
);
