import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './users';

/**
 * A personal API token for scripts and other systems (`Authorization: Bearer …`). It acts with its
 * user's memberships. The database keeps only the SHA-256 of the token; the token is shown once.
 * A token marked public gets only what the public may see (disclosure-controlled values).
 */
export const apiToken = pgTable(
	'api_token',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => appUser.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		tokenHash: text('token_hash').notNull().unique(),
		/** The first characters, so a person can tell their tokens apart. */
		prefix: text('prefix').notNull(),
		publicOnly: boolean('public_only').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true })
			.notNull()
			.default(sql`now()`),
		expiresAt: timestamp('expires_at', { withTimezone: true }),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true })
	},
	(t) => [index('api_token_user').on(t.userId)]
);
