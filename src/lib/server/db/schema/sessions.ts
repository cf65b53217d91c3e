import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './users';

/** A login. The id is the SHA-256 of the cookie token, so a leaked table does not leak sessions. */
export const session = pgTable(
	'session',
	{
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => appUser.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
		/** Absolute end, however active the session is. */
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		address: text('address'),
		userAgent: text('user_agent')
	},
	(t) => [index('session_user').on(t.userId)]
);

/** Every login attempt, for rate limiting and the security log. */
export const loginAttempt = pgTable(
	'login_attempt',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		username: text('username').notNull(),
		address: text('address').notNull(),
		at: timestamp('at', { withTimezone: true })
			.notNull()
			.default(sql`now()`),
		success: boolean('success').notNull()
	},
	(t) => [
		index('login_attempt_username_at').on(t.username, t.at),
		index('login_attempt_address_at').on(t.address, t.at)
	]
);
