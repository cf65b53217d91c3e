import { sql } from 'drizzle-orm';
import {
	boolean,
	foreignKey,
	index,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { roles } from '../../../core/auth/roles';
import { provider } from './facilities';
import { departmentForeignKey, tenant } from './tenants';

export const role = pgEnum('role', roles);

/**
 * A person who logs in. What they may do is given per tenant by memberships. Login names are unique
 * within the tenant that created the account (its home), not across tenants: otherwise creating a
 * user would tell one tenant's administration which names and e-mail addresses another tenant uses.
 */
export const appUser = pgTable(
	'app_user',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** The tenant whose administration created the account; null for accounts of no tenant. */
		homeTenantId: uuid('home_tenant_id').references(() => tenant.id, { onDelete: 'set null' }),
		username: text('username').notNull(),
		email: text('email'),
		displayName: text('display_name').notNull(),
		passwordHash: text('password_hash').notNull(),
		disabled: boolean('disabled').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true })
			.notNull()
			.default(sql`now()`),
		passwordChangedAt: timestamp('password_changed_at', { withTimezone: true })
			.notNull()
			.default(sql`now()`)
	},
	(t) => [
		uniqueIndex('app_user_home_username_lower').on(
			sql`coalesce(${t.homeTenantId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
			sql`lower(${t.username})`
		),
		uniqueIndex('app_user_home_email_lower').on(
			sql`coalesce(${t.homeTenantId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
			sql`lower(${t.email})`
		),
		index('app_user_username_lower').on(sql`lower(${t.username})`),
		index('app_user_email_lower').on(sql`lower(${t.email})`)
	]
);

/** User × tenant × role (× department for department planners, × provider for providers). At most one per user and tenant. */
export const membership = pgTable(
	'membership',
	{
		tenantId: uuid('tenant_id')
			.notNull()
			.references(() => tenant.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => appUser.id, { onDelete: 'cascade' }),
		role: role('role').notNull(),
		departmentId: uuid('department_id'),
		/** Set for providers (Träger): the one provider whose facilities they keep current. */
		providerId: uuid('provider_id'),
		createdAt: timestamp('created_at', { withTimezone: true })
			.notNull()
			.default(sql`now()`)
	},
	(t) => [
		primaryKey({ columns: [t.tenantId, t.userId] }),
		departmentForeignKey(t.tenantId, t.departmentId),
		foreignKey({ columns: [t.tenantId, t.providerId], foreignColumns: [provider.tenantId, provider.id] }),
		index('membership_user').on(t.userId)
	]
);
