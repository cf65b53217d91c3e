import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantKey, tenantScoped } from './tenants';
import { appUser } from './users';

/** Who changed what, when, from what to what. Written in the same transaction as the change. */
export const auditEntry = pgTable(
	'audit_entry',
	{
		...tenantScoped(),
		at: timestamp('at', { withTimezone: true })
			.notNull()
			.default(sql`now()`),
		/** Null for the system (CLI, seed); the user stays named in `actor` even if deleted later. */
		userId: uuid('user_id').references(() => appUser.id, { onDelete: 'set null' }),
		actor: text('actor').notNull(),
		entity: text('entity').notNull(),
		entityId: text('entity_id').notNull(),
		action: text('action').notNull(),
		before: jsonb('before'),
		after: jsonb('after')
	},
	(t) => [
		tenantKey(t),
		index('audit_entry_tenant_at').on(t.tenantId, t.at),
		// The changes of one object (a goal's page shows its history from the log).
		index('audit_entry_tenant_entity').on(t.tenantId, t.entity, t.entityId)
	]
);
